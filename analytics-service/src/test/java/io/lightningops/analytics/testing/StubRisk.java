package io.lightningops.analytics.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for risk-service's {@code POST /api/incidents/alerts}, for the service tests of alert delivery (the
 * end-to-end test uses the real risk-service). Answers 401 without a bearer token; an account id starting with
 * {@code flaky-} gets a 503 for the first two reports of each alert, one starting with {@code refused-} a 422;
 * any other a 201 with the incident {@code inc-<alertId>}. Remembers every report and its Authorization header.
 */
public class StubRisk implements QuarkusTestResourceLifecycleManager {

    public record Received(String body, String authorization) {
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    private static final Pattern ALERT_ID = Pattern.compile("\"alertId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\"accountId\"\\s*:\\s*\"([^\"]+)\"");

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/incidents/alerts", this::report);
        server.start();
        return Map.of("quarkus.rest-client.risk.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                // failures on purpose must not open the circuit for the tests that follow
                "io.lightningops.analytics.client.RiskClient/reportAlert/CircuitBreaker/requestVolumeThreshold", "1000");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The reports received for an alert, oldest first. */
    public static List<Received> reportsOf(String alertId) {
        return RECEIVED.stream().filter(r -> r.body().contains("\"" + alertId + "\"")).toList();
    }

    private void report(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        RECEIVED.add(new Received(body, authorization));
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            send(exchange, 401, "{\"status\": 401}");
            return;
        }
        String alertId = group(ALERT_ID, body);
        String account = group(ACCOUNT_ID, body);
        int attempt = ATTEMPTS.computeIfAbsent(alertId, id -> new AtomicInteger()).incrementAndGet();
        if (account.startsWith("flaky-") && attempt <= 2) {
            send(exchange, 503, "{\"status\": 503}");
        } else if (account.startsWith("refused-")) {
            send(exchange, 422, "{\"status\": 422, \"detail\": \"no\"}");
        } else {
            send(exchange, attempt == 1 || account.startsWith("flaky-") ? 201 : 200,
                    "{\"id\": \"inc-" + alertId + "\", \"status\": \"CANDIDATE\", \"tier\": \"MAJOR\"}");
        }
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : "";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
