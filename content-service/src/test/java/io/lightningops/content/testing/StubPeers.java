package io.lightningops.content.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.lightningops.defaults.testing.StubHttp;

/**
 * Stand-ins for risk-service's scans and reviews and analytics-service's metrics, for content-service's tests
 * (the end-to-end tests through the gateway use the real services). Every call is recorded with its
 * Authorization header.
 *
 * <ul>
 * <li>{@code POST /api/scans/batch}: 国家级 in a text is a BLOCK finding, 独家 a REVIEW finding (AD_LAW, with
 * their UTF-16 offsets); a text containing FAIL makes the answer a 500, SLOW makes it take 2.5 s.</li>
 * <li>{@code POST /api/reviews}: opens an OPEN review; the same Idempotency-Key returns the same review.</li>
 * <li>{@code GET /api/reviews/{id}}: OPEN until a test {@link #decide}s it.</li>
 * <li>{@code GET /api/metrics?videoId=}: the snapshot a test {@link #metrics set}, else none; a 500 for a video
 * a test {@link #failFor made fail}.</li>
 * </ul>
 */
public class StubPeers implements QuarkusTestResourceLifecycleManager {


    /** A recorded call: method and path, the Authorization and Idempotency-Key headers, the body. */
    public record Call(String method, String path, String authorization, String idempotencyKey, JsonNode body) {

        /** The {@code azp} (client) of the bearer token: lightning-console for users, content-service for our own. */
        public String tokenClient() {
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return null;
            }
            String[] parts = authorization.substring(7).split("\\.");
            try {
                JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
                return claims.path("azp").asText(null);
            } catch (IOException e) {
                return null;
            }
        }
    }

    public static final List<Call> CALLS = new CopyOnWriteArrayList<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> REVIEW_BY_KEY = new ConcurrentHashMap<>();
    private static final Map<String, ObjectNode> REVIEWS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> SHOWN_TO_USERS_ONLY = new ConcurrentHashMap<>();
    private static final Map<String, String> METRICS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> FAILING_METRICS = new ConcurrentHashMap<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = StubHttp.start(Map.of("/api/scans/batch", this::scan, "/api/reviews", this::reviews,
                "/api/metrics", this::metrics));
        String url = StubHttp.url(server);
        return Map.ofEntries(
                Map.entry("quarkus.rest-client.risk.url", url),
                Map.entry("quarkus.rest-client.risk-service-account.url", url),
                Map.entry("quarkus.rest-client.analytics.url", url),
                // failures on purpose must not open a circuit for the tests that follow
                Map.entry("CircuitBreaker/requestVolumeThreshold", "1000"),
                Map.entry("Retry/delay", "10"),
                Map.entry("Retry/jitter", "5"),
                Map.entry("io.lightningops.content.client.RiskClient/scan/Timeout/value", "1000"),
                Map.entry("io.lightningops.content.client.RiskClient/scan/Timeout/unit", "MILLIS"),
                Map.entry("lightning.videos.review-poll.every", "1s"),
                Map.entry("lightning.videos.review-poll.lease", "PT0S"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Closes a review as risk-service would after its final level (or a REJECT), decided by {@code by}. */
    public static void decide(String reviewId, String status, String by, String reason) {
        ObjectNode review = REVIEWS.get(reviewId);
        review.put("status", status);
        review.putNull("level");
        ObjectNode decision = review.withArray("decisions").addObject();
        decision.put("level", "LEGAL");
        decision.put("decision", status.equals("APPROVED") ? "APPROVE" : "REJECT");
        decision.put("reason", reason);
        decision.put("decidedBy", by);
        decision.put("decidedAt", "2026-11-26T10:00:00Z");
    }

    /** Like {@link #decide}, but only callers with a user's token see the decision; our own token still sees OPEN. */
    public static void decideForUsersOnly(String reviewId, String status, String by, String reason) {
        SHOWN_TO_USERS_ONLY.put(reviewId, true);
        decide(reviewId, status, by, reason);
    }

    /** The newest snapshot analytics serves for the video. */
    public static void metrics(String videoId, long plays, long likes, String completionRate) {
        METRICS.put(videoId, "{\"videoId\": \"" + videoId + "\", \"accountId\": \"a\", \"capturedAt\": \"2026-11-26T08:00:00Z\","
                + " \"plays\": " + plays + ", \"likes\": " + likes + ", \"comments\": 0, \"shares\": 0,"
                + " \"completionRate\": " + completionRate + "}");
    }

    /** From now on, analytics answers 500 for this video's metrics. */
    public static void failFor(String videoId) {
        FAILING_METRICS.put(videoId, true);
    }

    public static List<Call> calls(String pathPrefix) {
        return CALLS.stream().filter(c -> c.path().startsWith(pathPrefix)).toList();
    }

    private void scan(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        record(exchange, body);
        List<String> texts = new ArrayList<>();
        body.path("texts").forEach(t -> texts.add(t.asText()));
        if (texts.stream().anyMatch(t -> t.contains("FAIL"))) {
            send(exchange, 500, "{\"status\": 500}");
            return;
        }
        if (texts.stream().anyMatch(t -> t.contains("SLOW"))) {
            sleep(2500);
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (String text : texts) {
            ObjectNode result = results.addObject();
            ArrayNode findings = result.putArray("findings");
            finding(findings, text, "国家级", "BLOCK", "删去，或如实写明资质全称与编号");
            finding(findings, text, "独家", "REVIEW", "需有独家授权证明；否则删去");
            boolean block = text.contains("国家级");
            result.put("verdict", block ? "BLOCK" : text.contains("独家") ? "REVIEW" : "PASS");
        }
        send(exchange, 200, answer.toString());
    }

    private void reviews(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("POST")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            record(exchange, body);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String id = key == null ? UUID.randomUUID().toString() : REVIEW_BY_KEY.computeIfAbsent(key, k -> UUID.randomUUID().toString());
            ObjectNode review = REVIEWS.computeIfAbsent(id, i -> {
                ObjectNode r = JSON.createObjectNode();
                r.put("id", i);
                r.put("contentType", body.path("contentType").asText());
                r.put("contentRef", body.path("contentRef").asText());
                r.put("status", "OPEN");
                r.put("level", "SELF_CHECK");
                r.putArray("decisions");
                return r;
            });
            send(exchange, 201, review.toString());
            return;
        }
        Call call = record(exchange, null);
        String id = exchange.getRequestURI().getPath().substring("/api/reviews/".length());
        ObjectNode review = REVIEWS.get(id);
        if (review == null) {
            send(exchange, 404, "{\"status\": 404}");
            return;
        }
        if (SHOWN_TO_USERS_ONLY.containsKey(id) && !"lightning-console".equals(call.tokenClient())) {
            ObjectNode open = review.deepCopy();
            open.put("status", "OPEN");
            open.putArray("decisions");
            send(exchange, 200, open.toString());
            return;
        }
        send(exchange, 200, review.toString());
    }

    private void metrics(HttpExchange exchange) throws IOException {
        record(exchange, null);
        String query = exchange.getRequestURI().getQuery();
        String videoId = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> p.startsWith("videoId=")).map(p -> p.substring(8)).findFirst().orElse("");
        if (FAILING_METRICS.containsKey(videoId)) {
            send(exchange, 500, "{\"status\": 500}");
            return;
        }
        String snapshot = METRICS.get(videoId);
        send(exchange, 200, "{\"items\": [" + (snapshot == null ? "" : snapshot) + "], \"page\": 0, \"size\": 1, \"total\": "
                + (snapshot == null ? 0 : 1) + "}");
    }

    private static void finding(ArrayNode findings, String text, String term, String severity, String suggestion) {
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
            ObjectNode f = findings.addObject();
            f.put("term", term);
            f.put("category", "AD_LAW");
            f.put("severity", severity);
            f.put("start", at);
            f.put("end", at + term.length());
            f.put("suggestion", suggestion);
        }
    }

    private static Call record(HttpExchange exchange, JsonNode body) {
        Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"), body);
        CALLS.add(call);
        return call;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        StubHttp.send(exchange, status, body);
    }
}
