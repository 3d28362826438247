package io.lightningops.risk.testing;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.lightningops.defaults.testing.StubHttp;

/**
 * A stand-in for analytics-service's {@code GET /api/metrics}, for tests of the client and the anomaly
 * endpoint inside one module (the end-to-end test through the gateway uses the real service). It pages
 * like the real one, answers 401 without a bearer token, and remembers the last token it was sent.
 * Accounts: {@code acct-cheat} (a like jump, a follower jump and 150 ordinary snapshots), {@code acct-failing}
 * (500), {@code acct-refused} (403); any other has no snapshots.
 */
public class StubAnalytics implements QuarkusTestResourceLifecycleManager {

    public static final AtomicReference<String> LAST_AUTHORIZATION = new AtomicReference<>();
    public static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-24T00:00:00Z");

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = StubHttp.start(Map.of("/api/metrics", this::metrics));
        return Map.of("quarkus.rest-client.analytics.url", StubHttp.url(server),
                // failures on purpose must not open the circuit for the tests that follow
                "io.lightningops.risk.client.AnalyticsClient/metrics/CircuitBreaker/requestVolumeThreshold", "1000",
                "io.lightningops.risk.client.AnalyticsClient/metrics/Retry/delay", "10");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void metrics(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        LAST_AUTHORIZATION.set(authorization);
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            send(exchange, 401, "{\"status\": 401}");
            return;
        }
        String account = query.getOrDefault("accountId", "");
        if (account.equals("acct-failing")) {
            send(exchange, 500, "{\"status\": 500}");
            return;
        }
        if (account.equals("acct-refused")) {
            send(exchange, 403, "{\"status\": 403}");
            return;
        }
        if (query.get("from") == null || query.get("to") == null) {
            send(exchange, 400, "{\"status\": 400}");
            return;
        }
        List<String> all = account.equals("acct-cheat") ? cheat() : List.of();
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "20"));
        List<String> items = all.subList(Math.min(all.size(), page * size), Math.min(all.size(), (page + 1) * size));
        send(exchange, 200, "{\"items\": [" + String.join(",", items) + "], \"page\": " + page + ", \"size\": " + size
                + ", \"total\": " + all.size() + "}");
    }

    private static List<String> cheat() {
        List<String> items = new ArrayList<>();
        items.add(snapshot("v-likes", 1, 1100, 1500, null));
        items.add(snapshot("v-likes", 0, 1000, 50, null));
        items.add(snapshot("v-follow", 1, 5000, 100, 610L));
        items.add(snapshot("v-follow", 0, 5000, 100, 10L));
        items.add(snapshot("v-normal", 1, 20000, 900, 40L));
        items.add(snapshot("v-normal", 0, 10000, 450, 20L));
        for (int hour = 0; hour < 150; hour++) {
            items.add(snapshot("v-filler", hour, 1000L * hour, 40L * hour, 2L * hour));
        }
        return items;
    }

    private static String snapshot(String video, int hour, long plays, long likes, Long followers) {
        return "{\"videoId\": \"" + video + "\", \"accountId\": \"acct-cheat\", \"capturedAt\": \"" + T0.plusHours(hour)
                + "\", \"plays\": " + plays + ", \"likes\": " + likes + ", \"comments\": 0, \"shares\": 0,"
                + " \"favorites\": null, \"completionRate\": 0.4200, \"avgWatchSeconds\": 17.50, \"newFollowers\": "
                + followers + "}";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        StubHttp.send(exchange, status, body);
    }
}
