package io.lightningops.campaign.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP endpoint for webhook tests: answers each POST with the next scripted status (then 200). */
public final class Receiver implements AutoCloseable {

    /** What arrived: the headers (lower-case names) and the body as sent. */
    public record Received(Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int otherwise = 200;

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
                received.add(new Received(headers, body));
                Integer next = script.poll();
                exchange.sendResponseHeaders(next == null ? otherwise : next, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/lightning";
    }

    /** The next answers, in order; after them, {@link #otherwise}. */
    public Receiver answer(Integer... statuses) {
        script.addAll(List.of(statuses));
        return this;
    }

    public Receiver otherwise(int status) {
        this.otherwise = status;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
