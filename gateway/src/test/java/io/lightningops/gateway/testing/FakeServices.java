package io.lightningops.gateway.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * Stand-ins for the four services, for the gateway's own tests: small Vert.x servers on random ports.
 * content, analytics and campaign echo what they receive; risk is a port where nothing listens.
 *
 * <p>Echo servers answer every {@code /api} request with the request's method, URI and notable
 * headers in {@code X-Echo-*} response headers and the request body as the response body. Query
 * parameters steer them: {@code status=} the status, {@code delayMs=} a wait before the response
 * headers, {@code bytes=} a generated body of that size instead of the echo, {@code close=true} a
 * dropped connection. {@code /q/openapi} serves the document in {@code fake-openapi/<name>.json}.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    /** The upstream timeout of campaign in tests, so that a slow-service test takes a second. */
    public static final String CAMPAIGN_TIMEOUT = "1s";
    private static final int CHUNK = 64 * 1024;

    private Vertx vertx;
    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : List.of("content", "analytics", "campaign")) {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> handle(service, request));
            try {
                server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Fake " + service + " service did not start", e);
            }
            servers.add(server);
            config.put("gateway.upstreams." + service + ".url", "http://localhost:" + server.actualPort());
        }
        config.put("gateway.upstreams.risk.url", "http://localhost:" + closedPort());
        config.put("gateway.upstreams.campaign.timeout", CAMPAIGN_TIMEOUT);
        config.put("gateway.openapi.fetch-timeout", "2s");
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private void handle(String service, HttpServerRequest request) {
        if (request.path().equals("/q/openapi")) {
            serveDocument(service, request);
            return;
        }
        if ("true".equals(request.getParam("close"))) {
            request.connection().close();
            return;
        }
        String delay = request.getParam("delayMs");
        if (delay != null) {
            request.pause();
            vertx.setTimer(Long.parseLong(delay), ignored -> {
                request.resume();
                respond(service, request);
            });
        } else {
            respond(service, request);
        }
    }

    private void respond(String service, HttpServerRequest request) {
        HttpServerResponse response = request.response();
        if (response.closed()) {
            return;
        }
        String status = request.getParam("status");
        response.setStatusCode(status == null ? 200 : Integer.parseInt(status));
        response.putHeader("X-Echo-Service", service);
        response.putHeader("X-Echo-Method", request.method().name());
        response.putHeader("X-Echo-Uri", request.uri());
        echo(request, response, "Authorization");
        echo(request, response, "X-Request-Id");
        echo(request, response, "X-Forwarded-For");
        echo(request, response, "X-Forwarded-Proto");
        echo(request, response, "X-Forwarded-Host");
        echo(request, response, "Host");
        echo(request, response, "X-Custom");
        echo(request, response, "X-Hop");
        echo(request, response, "Content-Type");
        echo(request, response, "Content-Length");
        echo(request, response, "Transfer-Encoding");
        // what a service may answer, and the gateway must pass on or drop
        response.putHeader("ETag", "\"7\"");
        response.putHeader("Location", "/api/things/1");
        response.headers().add("Set-Cookie", "a=1").add("Set-Cookie", "b=2");
        response.putHeader("X-Request-Id", request.getHeader("X-Request-Id") == null ? "none" : request.getHeader("X-Request-Id"));
        response.putHeader("Keep-Alive", "timeout=5");
        response.putHeader("Proxy-Authenticate", "Basic");
        response.putHeader("Access-Control-Allow-Origin", "*");
        if (request.getHeader("Content-Type") != null) {
            response.putHeader("Content-Type", request.getHeader("Content-Type"));
        }
        String bytes = request.getParam("bytes");
        if (bytes != null) {
            response.setChunked(true);
            request.resume();
            writeGenerated(response, Long.parseLong(bytes));
        } else if (response.getStatusCode() == 204 || response.getStatusCode() == 304) {
            request.resume();
            response.end();
        } else {
            response.setChunked(true);
            request.pipeTo(response);
        }
    }

    private static void echo(HttpServerRequest request, HttpServerResponse response, String header) {
        String value = request.getHeader(header);
        if (value != null) {
            response.putHeader("X-Echo-" + header, value);
        }
    }

    /** Writes {@code remaining} bytes of {@link #generated(long)} as fast as the client takes them. */
    private void writeGenerated(HttpServerResponse response, long remaining) {
        long[] left = {remaining};
        Runnable[] pump = new Runnable[1];
        pump[0] = () -> {
            while (left[0] > 0 && !response.writeQueueFull()) {
                int size = (int) Math.min(CHUNK, left[0]);
                long offset = remaining - left[0];
                response.write(Buffer.buffer(generated(offset, size)));
                left[0] -= size;
            }
            if (left[0] > 0) {
                response.drainHandler(ignored -> pump[0].run());
            } else {
                response.end();
            }
        };
        pump[0].run();
    }

    /** The generated body: byte i is {@code i % 251}, so that any shift or gap shows. */
    public static byte[] generated(long offset, int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) ((offset + i) % 251);
        }
        return data;
    }

    private void serveDocument(String service, HttpServerRequest request) {
        try (InputStream in = FakeServices.class.getResourceAsStream("/fake-openapi/" + service + ".json")) {
            if (in == null) {
                request.response().setStatusCode(404).end();
                return;
            }
            request.response().putHeader("Content-Type", "application/json").end(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
