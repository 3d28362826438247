package io.lightningops.k8scheck.verify;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;

/** Stands in for the gateway's readiness endpoint, answering with a fixed status. */
public final class FakeGateway implements AutoCloseable {

    private final HttpServer server;

    public FakeGateway(int readyStatus) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(ClusterVerifier.READY_PATH, exchange -> {
            byte[] body = ("{\"status\":\"" + (readyStatus == 200 ? "UP" : "DOWN") + "\"}").getBytes();
            exchange.sendResponseHeaders(readyStatus, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
