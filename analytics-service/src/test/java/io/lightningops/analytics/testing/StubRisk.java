package io.lightningops.analytics.testing;

import java.io.IOException;
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

import io.lightningops.defaults.testing.StubHttp;

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
        server = StubHttp.start(Map.of("/api/incidents/alerts", this::report));
        return Map.of("quarkus.rest-client.risk.url", StubHttp.url(server),
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
            StubHttp.send(exchange, 401, "{\"status\": 401}");
            return;
        }
        String alertId = group(ALERT_ID, body);
        String account = group(ACCOUNT_ID, body);
        int attempt = ATTEMPTS.computeIfAbsent(alertId, id -> new AtomicInteger()).incrementAndGet();
        if (account.startsWith("flaky-") && attempt <= 2) {
            StubHttp.send(exchange, 503, "{\"status\": 503}");
        } else if (account.startsWith("refused-")) {
            StubHttp.send(exchange, 422, "{\"status\": 422, \"detail\": \"no\"}");
        } else {
            StubHttp.send(exchange, attempt == 1 || account.startsWith("flaky-") ? 201 : 200,
                    "{\"id\": \"inc-" + alertId + "\", \"status\": \"CANDIDATE\", \"tier\": \"MAJOR\"}");
        }
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : "";
    }
}
