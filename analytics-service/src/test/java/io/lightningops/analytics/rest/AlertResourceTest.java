package io.lightningops.analytics.rest;

import static io.lightningops.analytics.testing.Rows.newId;
import static io.lightningops.analytics.testing.Rows.snapshot;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import io.lightningops.analytics.testing.Eventually;
import io.lightningops.analytics.testing.StubRisk;
import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
@QuarkusTestResource(StubRisk.class)
class AlertResourceTest {

    static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    static final Duration WAIT = Duration.ofSeconds(30);

    /** Seven steady days of {@code dailyPlays} (likes 10% of plays), then a day with {@code lastDayPlays}. */
    static List<Map<String, Object>> history(String account, long dailyPlays, long lastDayPlays, long lastDayLikes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        long plays = 0;
        long likes = 0;
        for (int day = 1; day <= 8; day++) {
            plays += day == 8 ? lastDayPlays : dailyPlays;
            likes += day == 8 ? lastDayLikes : dailyPlays / 10;
            Map<String, Object> row = snapshot(account, "video-1", "2026-10-0" + day + "T20:00:00+08:00", plays);
            row.put("likes", likes);
            row.put("comments", 0);
            row.put("shares", 0);
            rows.add(row);
        }
        return rows;
    }

    static void ingest(List<Map<String, Object>> rows) {
        given().header("Authorization", ANALYST).contentType("application/json").body(rows).post("/api/metrics/batch")
                .then().statusCode(200).body("rejected.size()", equalTo(0));
    }

    static JsonPath alerts(String account) {
        return given().header("Authorization", ANALYST).queryParam("accountId", account).get("/api/alerts")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** The account's alert of that type once its delivery is no longer PENDING. */
    static Map<String, Object> settledAlert(String account, String type) {
        return Eventually.await(type + " alert of " + account + " reported", WAIT, () -> {
            for (Map<String, Object> alert : alerts(account).<Map<String, Object>>getList("items")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> delivery = (Map<String, Object>) alert.get("delivery");
                if (type.equals(alert.get("type")) && !"PENDING".equals(delivery.get("status"))) {
                    return alert;
                }
            }
            return null;
        });
    }

    @Test
    void aSharpPlaysDropRaisesOnePlaysDropAlertThatReachesRiskServiceWithTheServicesOwnToken() {
        String account = newId();
        ingest(history(account, 10_000, 3_000, 300));

        Map<String, Object> alert = settledAlert(account, "PLAYS_DROP");
        assertEquals("ALERT", alert.get("severity"));
        assertEquals("2026-10-08", alert.get("date"));
        assertEquals("3000", alert.get("observed").toString());
        assertEquals("10000", alert.get("baseline").toString());
        assertTrue(((String) alert.get("message")).contains("下降 70.0%"), (String) alert.get("message"));
        @SuppressWarnings("unchecked")
        Map<String, Object> delivery = (Map<String, Object>) alert.get("delivery");
        assertEquals("DELIVERED", delivery.get("status"));
        assertEquals("1", delivery.get("attempts").toString());
        assertEquals("inc-" + alert.get("id"), delivery.get("incidentId"));

        List<StubRisk.Received> reports = StubRisk.reportsOf((String) alert.get("id"));
        assertEquals(1, reports.size());
        JsonPath body = new JsonPath(reports.get(0).body());
        assertEquals(account, body.getString("accountId"));
        assertEquals("PLAYS_DROP", body.getString("type"));
        assertTrue(reports.get(0).body().contains("\"observed\":3000,"), reports.get(0).body());
        assertTrue(reports.get(0).body().contains("\"baseline\":10000,"), reports.get(0).body());
        assertTrue(body.getString("detectedAt").endsWith("Z"));
        // analytics' own client-credentials token (Keycloak client analytics-service), not a user's
        String token = reports.get(0).authorization().substring("Bearer ".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"azp\":\"analytics-service\""), claims);

        // the steady days raised nothing, and the day judged again (a late snapshot) raises no second alert
        ingest(List.of(snapshot(account, "video-2", "2026-10-08T21:00:00+08:00", 10)));
        ingest(List.of(snapshot(newId(), "video-x", "2026-10-08T21:00:00+08:00", 10)));
        Eventually.await("the re-queued day evaluated", WAIT, () -> alerts(account).getInt("total") == 1 ? true : null);
        assertEquals(List.of("PLAYS_DROP"), alerts(account).getList("items.type"));
    }

    @Test
    void eachAccountsOwnThresholdDecidesWhetherADropIsAnAlert() {
        String tolerant = newId();
        String strict = newId();
        given().header("Authorization", ANALYST).contentType("application/json")
                .body(Map.of("playsDropThreshold", 0.5, "engagementDropThreshold", 0.5))
                .put("/api/alerts/settings/" + tolerant).then().statusCode(200);
        // both fall by 40%: below the default 20% threshold, within the tolerant account's 50%
        List<Map<String, Object>> rows = new ArrayList<>(history(tolerant, 10_000, 6_000, 600));
        rows.addAll(history(strict, 10_000, 6_000, 600));
        ingest(rows);

        Map<String, Object> alert = settledAlert(strict, "PLAYS_DROP");
        assertEquals("0.2", alert.get("threshold").toString());
        assertEquals(0, alerts(tolerant).getInt("total"));
    }

    @Test
    void aCollapseOfTheEngagementRateRaisesEngagementCollapse() {
        String account = newId();
        ingest(history(account, 10_000, 10_000, 100));

        Map<String, Object> alert = settledAlert(account, "ENGAGEMENT_COLLAPSE");
        assertEquals("0.01", alert.get("observed").toString());
        assertEquals("0.1", alert.get("baseline").toString());
        assertEquals(List.of("ENGAGEMENT_COLLAPSE"), alerts(account).getList("items.type"));
    }

    @Test
    void aSpikeOfLikesAndPlaysIsAHint() {
        String account = newId();
        ingest(history(account, 10_000, 40_000, 20_000));

        assertEquals("HINT", settledAlert(account, "PLAYS_SPIKE").get("severity"));
        assertEquals("HINT", settledAlert(account, "LIKES_SPIKE").get("severity"));
    }

    @Test
    void aReportThatFailsIsRetriedWithBackoffUntilRiskServiceTakesIt() {
        String account = "flaky-" + newId();
        ingest(history(account, 10_000, 1_000, 100));

        Map<String, Object> alert = settledAlert(account, "PLAYS_DROP");
        @SuppressWarnings("unchecked")
        Map<String, Object> delivery = (Map<String, Object>) alert.get("delivery");
        assertEquals("DELIVERED", delivery.get("status"));
        assertEquals("3", delivery.get("attempts").toString());
        assertEquals(3, StubRisk.reportsOf((String) alert.get("id")).size());
    }

    @Test
    void aReportThatRiskServiceRefusesAsInvalidIsFailedAtOnceWithTheReason() {
        String account = "refused-" + newId();
        ingest(history(account, 10_000, 1_000, 100));

        Map<String, Object> alert = settledAlert(account, "PLAYS_DROP");
        @SuppressWarnings("unchecked")
        Map<String, Object> delivery = (Map<String, Object>) alert.get("delivery");
        assertEquals("FAILED", delivery.get("status"));
        assertEquals("1", delivery.get("attempts").toString());
        assertEquals("risk-service answered 422", delivery.get("lastError"));
    }

    @Test
    void anAlertIsAcknowledgedOnceWithWhoWhenAndANote() {
        String account = newId();
        ingest(history(account, 10_000, 2_000, 200));
        String id = (String) settledAlert(account, "PLAYS_DROP").get("id");
        String etag = given().header("Authorization", ANALYST).get("/api/alerts/" + id)
                .then().statusCode(200).extract().header("ETag");

        given().header("Authorization", OPERATOR).contentType("application/json").body(Map.of("note", "看过了"))
                .post("/api/alerts/" + id + "/acknowledgement").then().statusCode(403);
        given().header("Authorization", ANALYST).header("If-Match", "\"999\"").contentType("application/json")
                .body(Map.of("note", "x")).post("/api/alerts/" + id + "/acknowledgement")
                .then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", ANALYST).header("If-Match", etag).contentType("application/json")
                .body(Map.of("note", "算法调整，已调整发布时段")).post("/api/alerts/" + id + "/acknowledgement")
                .then().statusCode(200)
                .body("acknowledgedBy", equalTo("analyst"))
                .body("acknowledgedAt", notNullValue())
                .body("acknowledgeNote", equalTo("算法调整，已调整发布时段"));
        given().header("Authorization", ANALYST).contentType("application/json").body(Map.of("note", "again"))
                .post("/api/alerts/" + id + "/acknowledgement")
                .then().statusCode(200).body("acknowledgeNote", equalTo("算法调整，已调整发布时段"));

        given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("acknowledged", true)
                .get("/api/alerts").then().statusCode(200).body("total", equalTo(1));
        given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("acknowledged", false)
                .get("/api/alerts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anUnknownAlertIsNotFound() {
        for (String id : new String[] {newId(), "not-a-uuid"}) {
            given().header("Authorization", ANALYST).get("/api/alerts/" + id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().header("Authorization", ANALYST).contentType("application/json").body("{}")
                    .post("/api/alerts/" + id + "/acknowledgement").then().statusCode(404);
        }
    }

    @Test
    void settingsStartFromTheDefaultsAndChangeOnlyWithTheCurrentVersion() {
        String account = newId();
        given().header("Authorization", OPERATOR).get("/api/alerts/settings/" + account)
                .then().statusCode(200)
                .body("custom", equalTo(false))
                .body("playsDropThreshold", equalTo(0.2f))
                .body("engagementDropThreshold", equalTo(0.5f));
        given().header("Authorization", OPERATOR).contentType("application/json")
                .body(Map.of("playsDropThreshold", 0.15, "engagementDropThreshold", 0.4))
                .put("/api/alerts/settings/" + account).then().statusCode(403);
        given().header("Authorization", ANALYST).contentType("application/json")
                .body(Map.of("playsDropThreshold", 1.5, "engagementDropThreshold", 0))
                .put("/api/alerts/settings/" + account)
                .then().statusCode(400).body("violations.size()", equalTo(2));
        given().header("Authorization", ANALYST).contentType("application/json")
                .body(Map.of("playsDropThreshold", 0.15, "engagementDropThreshold", 0.4))
                .put("/api/alerts/settings/" + account)
                .then().statusCode(200).header("ETag", "\"0\"").body("custom", equalTo(true))
                .body("playsDropThreshold", equalTo(0.15f));
        given().header("Authorization", ANALYST).contentType("application/json")
                .body(Map.of("playsDropThreshold", 0.1, "engagementDropThreshold", 0.4))
                .put("/api/alerts/settings/" + account).then().statusCode(428);
        given().header("Authorization", ANALYST).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("playsDropThreshold", 0.1, "engagementDropThreshold", 0.4))
                .put("/api/alerts/settings/" + account).then().statusCode(200).header("ETag", "\"1\"");
        given().header("Authorization", ANALYST).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("playsDropThreshold", 0.3, "engagementDropThreshold", 0.4))
                .put("/api/alerts/settings/" + account).then().statusCode(412);
        given().header("Authorization", ANALYST).get("/api/alerts/settings/" + account)
                .then().statusCode(200).header("ETag", "\"1\"").body("playsDropThreshold", equalTo(0.1f));
    }

    @Test
    void complianceAndPartnersDoNotReadAlerts() {
        for (String token : new String[] {KeycloakTokens.forUser("compliance"), KeycloakTokens.forAgency("alpha")}) {
            given().header("Authorization", KeycloakTokens.bearer(token)).get("/api/alerts")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().get("/api/alerts").then().statusCode(401);
        given().header("Authorization", OPERATOR).queryParam("type", "NOPE").get("/api/alerts")
                .then().statusCode(400).body("detail", containsString(""));
    }

    @Test
    void aDayThatIsNotOverIsNotJudgedYet() {
        String today = newId();
        String past = newId();
        LocalDate now = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Map<String, Object>> rows = new ArrayList<>();
        long plays = 0;
        for (int back = 7; back >= 0; back--) {
            plays += back == 0 ? 10 : 10_000;
            rows.add(snapshot(today, "v", now.minusDays(back) + "T00:00:01+08:00", plays));
        }
        rows.addAll(history(past, 10_000, 10, 1));
        ingest(rows);

        settledAlert(past, "PLAYS_DROP");
        assertEquals(0, alerts(today).getInt("total"));
    }
}
