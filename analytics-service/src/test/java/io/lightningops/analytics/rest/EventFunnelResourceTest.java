package io.lightningops.analytics.rest;

import static io.lightningops.analytics.testing.Rows.event;
import static io.lightningops.analytics.testing.Rows.newId;
import static io.lightningops.analytics.testing.Rows.snapshot;
import static io.lightningops.analytics.testing.Rows.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class EventFunnelResourceTest {

    static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    static final String PARTNER = KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"));

    static JsonPath postEvents(List<Map<String, Object>> rows) {
        return given().header("Authorization", ANALYST).contentType("application/json").body(rows)
                .post("/api/metrics/events").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath funnel(String token, String account, String from, String to) {
        return given().header("Authorization", token).queryParam("accountId", account).queryParam("from", from)
                .queryParam("to", to).get("/api/kpis/funnel").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void badEventsAreRejectedOneByOneAndTheGoodOnesCount() {
        String account = newId();
        Map<String, Object> follow = event("FOLLOW", account, "u1", "2026-10-05T10:00:00+08:00", null);
        List<Map<String, Object>> rows = List.of(
                follow,
                event("ORDER", account, "u1", "2026-10-05T11:00:00+08:00", null),
                event("FOLLOW", account, "u2", "2026-10-05T11:00:00+08:00", "5.00"),
                event("SHARE", account, "u3", "2026-10-05T11:00:00+08:00", null),
                with(follow, "userRef", null),
                with(event("FOLLOW", account, "u4", "2026-10-05T11:00:00", null), "eventId", newId()),
                event("FOLLOW", account, "u5", "2999-01-01T00:00:00+08:00", null),
                event("ORDER", account, "u1", "2026-10-05T12:00:00+08:00", "-1.00"),
                event("ORDER", account, "u1", "2026-10-05T12:00:00+08:00", "1.005"),
                event("ORDER", account, "u1", "2026-10-05T12:30:00+08:00", "128.50"));
        JsonPath result = postEvents(rows);
        assertEquals(2, result.getInt("accepted"));
        List<Integer> indexes = result.getList("rejected.index");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), indexes);
        assertEquals("amount: must be given for an ORDER", result.getString("rejected[0].reason"));
        assertEquals("amount: only an ORDER has an amount", result.getString("rejected[1].reason"));
        assertEquals("occurredAt: must not be in the future", result.getString("rejected[5].reason"));

        JsonPath f = funnel(ANALYST, account, "2026-10-05", "2026-10-05");
        assertEquals(1, f.getLong("steps[2].count"));
        assertEquals(1, f.getLong("steps[3].count"));
        assertEquals("128.50", f.getString("revenue"));
    }

    @Test
    void anEventSentAgainReplacesItselfAndARetriedBatchIsReplayed() {
        String account = newId();
        Map<String, Object> order = event("ORDER", account, "u1", "2026-10-06T10:00:00+08:00", "10.00");
        postEvents(List.of(order, event("FOLLOW", account, "u1", "2026-10-06T09:00:00+08:00", null)));
        postEvents(List.of(with(order, "amount", "30.00")));
        JsonPath f = funnel(ANALYST, account, "2026-10-06", "2026-10-06");
        assertEquals(1, f.getLong("steps[3].count"));
        assertEquals("30.00", f.getString("revenue"));

        String key = newId();
        List<Map<String, Object>> batch = List.of(event("FOLLOW", account, "u2", "2026-10-06T12:00:00+08:00", null));
        given().header("Authorization", ANALYST).header("Idempotency-Key", key).contentType("application/json")
                .body(batch).post("/api/metrics/events").then().statusCode(200).body("accepted", equalTo(1));
        given().header("Authorization", ANALYST).header("Idempotency-Key", key).contentType("application/json")
                .body(batch).post("/api/metrics/events").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("accepted", equalTo(1));
        assertEquals(2, funnel(ANALYST, account, "2026-10-06", "2026-10-06").getLong("steps[2].count"));
    }

    @Test
    void theFunnelTakesPlaysAndLikesFromTheRollupAndFollowsAndOrdersFromEvents() {
        String account = newId();
        String video = newId();
        List<Map<String, Object>> snapshots = new ArrayList<>();
        // cumulative: 1,000 plays before the window, then 5,000 and 9,000; likes a tenth of plays
        snapshots.add(snapshot(account, video, "2026-10-09T12:00:00+08:00", 1_000));
        snapshots.add(snapshot(account, video, "2026-10-10T12:00:00+08:00", 5_000));
        snapshots.add(snapshot(account, video, "2026-10-11T12:00:00+08:00", 9_000));
        given().header("Authorization", ANALYST).contentType("application/json").body(snapshots)
                .post("/api/metrics/batch").then().statusCode(200).body("accepted", equalTo(3));
        List<Map<String, Object>> events = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            events.add(event("FOLLOW", account, "u" + u, "2026-10-10T20:00:00+08:00", null));
        }
        events.add(event("FOLLOW", account, "u0", "2026-10-11T08:00:00+08:00", null));
        events.add(event("FOLLOW", account, "late", "2026-10-12T08:00:00+08:00", null));
        // 23:30 UTC on 9 October is already 10 October in Shanghai
        events.add(event("ORDER", account, "u1", "2026-10-09T23:30:00Z", "99.90"));
        events.add(event("ORDER", account, "u2", "2026-10-11T09:00:00+08:00", "100.10"));
        events.add(event("ORDER", account, "u2", "2026-10-11T10:00:00+08:00", "0.01"));
        events.add(event("LIKE", account, "u3", "2026-10-11T10:00:00+08:00", null));
        assertEquals(46, postEvents(events).getInt("accepted"));

        JsonPath f = funnel(OPERATOR, account, "2026-10-10", "2026-10-11");
        assertEquals(List.of("PLAYS", "LIKES", "FOLLOWS", "ORDERS"), f.getList("steps.step"));
        assertEquals(8_000, f.getLong("steps[0].count"));
        assertEquals(800, f.getLong("steps[1].count"));
        assertEquals(41, f.getLong("steps[2].count"));
        assertEquals(3, f.getLong("steps[3].count"));
        assertNull(f.get("steps[0].fromPrevious"));
        assertEquals(0, new BigDecimal("1").compareTo(f.get("steps[0].fromTop")));
        assertEquals(0, new BigDecimal("0.1").compareTo(f.get("steps[1].fromPrevious")));
        assertEquals(0, new BigDecimal("0.05125").compareTo(f.get("steps[2].fromPrevious")));
        assertEquals(0, new BigDecimal("0.073171").compareTo(f.get("steps[3].fromPrevious")));
        assertEquals(0, new BigDecimal("0.000375").compareTo(f.get("steps[3].fromTop")));
        assertEquals(40, f.getLong("followers"));
        assertEquals(2, f.getLong("buyers"));
        assertEquals("200.01", f.getString("revenue"));
        // the plays and likes are those of the KPIs, not computed a second way
        assertEquals(KpiResourceTest.kpis(account, "2026-10-10", "2026-10-11").getLong("plays"), f.getLong("steps[0].count"));
    }

    @Test
    void aFunnelWithoutPlaysHasNoConversionsFromTheTop() {
        String account = newId();
        postEvents(List.of(event("FOLLOW", account, "u1", "2026-10-07T10:00:00+08:00", null)));
        JsonPath f = funnel(ANALYST, account, "2026-10-07", "2026-10-07");
        assertEquals(0, f.getLong("steps[0].count"));
        assertNull(f.get("steps[2].fromTop"));
        assertNull(f.get("steps[2].fromPrevious"));
        assertEquals("0.00", f.getString("revenue"));
    }

    @Test
    void aFunnelNeedsAnAccountAndAWindowInOrder() {
        given().header("Authorization", ANALYST).queryParam("from", "2026-10-01").queryParam("to", "2026-10-02")
                .get("/api/kpis/funnel").then().statusCode(400).contentType(containsString("problem+json"))
                .body("violations.field", hasItem("accountId"));
        given().header("Authorization", ANALYST).queryParam("accountId", "a").queryParam("from", "2026-10-03")
                .queryParam("to", "2026-10-02").get("/api/kpis/funnel").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        given().header("Authorization", ANALYST).queryParam("accountId", "a").queryParam("from", "2026-10-03")
                .get("/api/kpis/funnel").then().statusCode(400).body("violations.field", hasItem("to"));
    }

    @Test
    void onlyAdminsAndAnalystsIngestEventsAndComplianceAndPartnersDoNotReadFunnels() {
        List<Map<String, Object>> batch = List.of(event("FOLLOW", newId(), "u", "2026-10-07T10:00:00+08:00", null));
        for (String token : new String[] {OPERATOR, COMPLIANCE, PARTNER}) {
            given().header("Authorization", token).contentType("application/json").body(batch)
                    .post("/api/metrics/events").then().statusCode(403).contentType(containsString("problem+json"));
        }
        given().contentType("application/json").body(batch).post("/api/metrics/events").then().statusCode(401);
        given().header("Authorization", ADMIN).contentType("application/json").body(batch)
                .post("/api/metrics/events").then().statusCode(200).body("accepted", equalTo(1));
        for (String token : new String[] {COMPLIANCE, PARTNER}) {
            given().header("Authorization", token).queryParam("accountId", "a").queryParam("from", "2026-10-01")
                    .queryParam("to", "2026-10-02").get("/api/kpis/funnel").then().statusCode(403);
        }
        given().queryParam("accountId", "a").get("/api/kpis/funnel").then().statusCode(401);
        funnel(ADMIN, "a", "2026-10-01", "2026-10-02");
    }
}
