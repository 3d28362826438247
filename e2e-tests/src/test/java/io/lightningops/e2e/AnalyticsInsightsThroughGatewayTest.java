package io.lightningops.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * analytics-service's insights through the gateway with real tokens: a funnel built from ingested snapshots (plays,
 * likes) and events (follows, orders); operators read funnels, cohorts, benchmarks and audiences, compliance is
 * refused on each of them.
 */
class AnalyticsInsightsThroughGatewayTest {

    private static Map<String, Object> snapshot(String account, String video, String capturedAt, long plays, long likes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("videoId", video);
        row.put("accountId", account);
        row.put("capturedAt", capturedAt);
        row.put("plays", plays);
        row.put("likes", likes);
        row.put("comments", 0);
        row.put("shares", 0);
        return row;
    }

    private static Map<String, Object> event(String type, String account, String user, String at, String amount) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("eventId", UUID.randomUUID().toString());
        row.put("type", type);
        row.put("accountId", account);
        row.put("userRef", user);
        row.put("occurredAt", at);
        if (amount != null) {
            row.put("amount", amount);
        }
        return row;
    }

    @Test
    void aFunnelOverIngestedSnapshotsAndEventsConvertsStepByStep() {
        String account = UUID.randomUUID().toString();
        String video = UUID.randomUUID().toString();
        Suite.as("analyst").contentType(ContentType.JSON)
                .body(List.of(snapshot(account, video, "2026-10-09T12:00:00+08:00", 2_000, 100),
                        snapshot(account, video, "2026-10-10T12:00:00+08:00", 12_000, 1_100),
                        snapshot(account, video, "2026-10-11T12:00:00+08:00", 22_000, 2_100)))
                .post("/api/metrics/batch").then().statusCode(200).body("accepted", equalTo(3));
        List<Map<String, Object>> events = new ArrayList<>();
        for (int u = 0; u < 50; u++) {
            events.add(event("FOLLOW", account, "u" + u, "2026-10-10T20:00:00+08:00", null));
        }
        for (int u = 0; u < 5; u++) {
            events.add(event("ORDER", account, "u" + u, "2026-10-11T10:00:00+08:00", "59.90"));
        }
        events.add(event("ORDER", account, "u9", "2026-10-11T10:00:00+08:00", null));
        Suite.as("analyst").contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(events).post("/api/metrics/events").then().statusCode(200)
                .body("accepted", equalTo(55)).body("rejected[0].index", equalTo(55))
                .body("rejected[0].reason", equalTo("amount: must be given for an ORDER"));

        JsonPath funnel = Suite.as("operator").queryParam("accountId", account).queryParam("from", "2026-10-10")
                .queryParam("to", "2026-10-11").get("/api/kpis/funnel").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(List.of("PLAYS", "LIKES", "FOLLOWS", "ORDERS"), funnel.getList("steps.step"));
        assertEquals(20_000, funnel.getLong("steps[0].count"));
        assertEquals(2_000, funnel.getLong("steps[1].count"));
        assertEquals(50, funnel.getLong("steps[2].count"));
        assertEquals(5, funnel.getLong("steps[3].count"));
        assertNull(funnel.get("steps[0].fromPrevious"));
        assertEquals(0, new BigDecimal("0.1").compareTo(funnel.get("steps[1].fromPrevious")));
        assertEquals(0, new BigDecimal("0.025").compareTo(funnel.get("steps[2].fromPrevious")));
        assertEquals(0, new BigDecimal("0.1").compareTo(funnel.get("steps[3].fromPrevious")));
        assertEquals(0, new BigDecimal("0.00025").compareTo(funnel.get("steps[3].fromTop")));
        assertEquals("299.50", funnel.getString("revenue"));

        JsonPath cohorts = Suite.as("operator").queryParam("accountId", account).queryParam("from", "2026-10-10")
                .queryParam("to", "2026-10-10").get("/api/kpis/cohorts").then().statusCode(200).extract().jsonPath();
        assertEquals(50, cohorts.getLong("cohorts[0].users"));
        assertEquals("299.50", cohorts.getString("cohorts[0].revenue"));
        assertEquals("5.99", cohorts.getString("cohorts[0].ltv"));
    }

    @Test
    void operatorsReadTheInsightsAndComplianceIsRefused() {
        String account = UUID.randomUUID().toString();
        String benchmark = Suite.as("analyst").contentType(ContentType.JSON)
                .body(Map.of("name", "竞品 e2e", "douyinId", "e2e-" + UUID.randomUUID()))
                .post("/api/benchmarks").then().statusCode(201).extract().path("id");
        Suite.as("analyst").contentType(ContentType.JSON)
                .body(List.of(Map.of("date", "2026-10-01", "followers", 1000, "totalLikes", 9000, "videos", 10)))
                .post("/api/benchmarks/" + benchmark + "/snapshots").then().statusCode(200).body("accepted", equalTo(1));
        Suite.as("analyst").contentType(ContentType.JSON)
                .body(Map.of("date", "2026-10-01", "unit", "SHARE", "genders", Map.of("female", 0.6, "male", 0.4)))
                .put("/api/audiences/" + account).then().statusCode(200);

        String window = "?accountId=" + account + "&from=2026-10-01&to=2026-10-07";
        List<String> reads = List.of("/api/kpis/funnel" + window, "/api/kpis/cohorts" + window,
                "/api/benchmarks", "/api/benchmarks/" + benchmark, "/api/benchmarks/" + benchmark + "/snapshots",
                "/api/benchmarks/comparison" + window, "/api/audiences/" + account);
        for (String path : reads) {
            Suite.as("operator").get(path).then().statusCode(200);
            Suite.as("compliance").get(path).then().statusCode(403).contentType(containsString(Suite.PROBLEM));
        }
        Suite.as("operator").contentType(ContentType.JSON)
                .body(List.of(event("FOLLOW", account, "u", "2026-10-01T10:00:00+08:00", null)))
                .post("/api/metrics/events").then().statusCode(403).contentType(containsString(Suite.PROBLEM));
        Suite.as("compliance").contentType(ContentType.JSON)
                .body(Map.of("unit", "COUNT", "genders", Map.of("female", 1)))
                .put("/api/audiences/" + account).then().statusCode(403);
        Suite.as("operator").get("/api/audiences/" + account).then().body("genders.female", equalTo(0.6f));
    }
}
