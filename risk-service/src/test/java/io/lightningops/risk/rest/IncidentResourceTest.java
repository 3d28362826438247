package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import io.lightningops.defaults.testing.KeycloakTokens;
import io.lightningops.risk.testing.TestClock;

@QuarkusTest
class IncidentResourceTest {

    private static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    private static final Instant T = Instant.parse("2026-11-26T09:00:00Z");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String incident(String type, String tier, String accountId) {
        return "{\"type\": \"" + type + "\", \"tier\": \"" + tier + "\", \"title\": \"视频被判定违规\","
                + " \"accountId\": \"" + accountId + "\"}";
    }

    static String open(String type, String tier) {
        return open(type, tier, "acct-" + UUID.randomUUID());
    }

    static String open(String type, String tier, String accountId) {
        return given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body(incident(type, tier, accountId)).post("/api/incidents")
                .then().statusCode(201).extract().path("id");
    }

    static String alert(String alertId, String accountId, String type, long observed, long baseline) {
        return "{\"alertId\": \"" + alertId + "\", \"accountId\": \"" + accountId + "\", \"videoId\": \"v-1\","
                + " \"type\": \"" + type + "\", \"observed\": " + observed + ", \"baseline\": " + baseline
                + ", \"detectedAt\": \"2026-11-26T16:55:00+08:00\"}";
    }

    static ValidatableResponse move(String token, String id, String status, int expected) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\", \"note\": \"备注\"}")
                .post("/api/incidents/" + id + "/transitions").then().statusCode(expected);
    }

    static ValidatableResponse read(String id) {
        return given().header("Authorization", ANALYST).get("/api/incidents/" + id).then().statusCode(200);
    }

    @Test
    void anIncidentOpenedByHandStoresItsDeadlinesAndItsPlaybook() {
        clock.set(T);
        String id = given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body(incident("CONTENT_VIOLATION", "IMPORTANT", "acct-1")).post("/api/incidents")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/incidents/[0-9a-f-]{36}$"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("source", equalTo("MANUAL"))
                .body("openedBy", equalTo("compliance"))
                .extract().path("id");
        read(id)
                .body("openedAt", equalTo("2026-11-26T09:00:00Z"))
                .body("acknowledgeBy", equalTo("2026-11-26T09:30:00Z"))
                .body("handleBy", equalTo("2026-11-28T09:00:00Z"))
                .body("repairBy", equalTo("2026-12-03T09:00:00Z"))
                .body("overdue", equalTo(false))
                .body("overdueDeadlines", empty())
                .body("escalationLevel", equalTo(2))
                .body("steps.step", contains("TAKE_DOWN", "EDIT", "COMPENSATE"))
                .body("steps.done", contains(false, false, false))
                .body("transitions[0].to", equalTo("OPEN"));
        String penalty = open("ACCOUNT_PENALTY", "MAJOR");
        read(penalty).body("steps.step", contains("APPEAL", "RECTIFY"))
                .body("acknowledgeBy", equalTo("2026-11-26T09:15:00Z"))
                .body("escalationLevel", equalTo(3));
        read(open("OTHER", "GENERAL")).body("acknowledgeBy", equalTo("2026-11-26T10:00:00Z"))
                .body("escalationLevel", equalTo(1));
    }

    @Test
    void anUnacknowledgedIncidentIsOverdueTheSecondAfterItsDeadlineAndEscalates() {
        clock.set(T);
        String id = open("CONTENT_VIOLATION", "MAJOR");
        clock.set(T.plus(Duration.ofMinutes(15)));
        read(id).body("overdue", equalTo(false)).body("escalationLevel", equalTo(3));
        given().header("Authorization", ANALYST).queryParam("overdue", true).queryParam("size", 100).get("/api/incidents")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        clock.set(T.plus(Duration.ofMinutes(15)).plusSeconds(1));
        read(id).body("overdue", equalTo(true))
                .body("overdueDeadlines", contains("ACKNOWLEDGE"))
                .body("escalationLevel", equalTo(4));
        given().header("Authorization", OPERATOR).queryParam("overdue", true).queryParam("size", 100).get("/api/incidents")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.overdue", everyItem(equalTo(true)));
        given().header("Authorization", OPERATOR).queryParam("overdue", false).queryParam("size", 100).get("/api/incidents")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        move(COMPLIANCE, id, "ACKNOWLEDGED", 200)
                .body("acknowledgedAt", equalTo("2026-11-26T09:15:01Z"))
                .body("overdue", equalTo(false))
                .body("escalationLevel", equalTo(3));
        given().header("Authorization", OPERATOR).queryParam("overdue", false).queryParam("size", 100).get("/api/incidents")
                .then().body("items.id", hasItem(id));

        clock.set(T.plus(Duration.ofHours(48)).plusSeconds(1));
        read(id).body("overdueDeadlines", contains("HANDLE")).body("escalationLevel", equalTo(4));
    }

    @Test
    void escalationAddsOneLevelPerOverdueDeadlineUpToTheMaximum() {
        clock.set(T);
        String id = open("METRIC_ANOMALY", "GENERAL");
        clock.set(T.plus(Duration.ofHours(2)));
        read(id).body("overdueDeadlines", contains("ACKNOWLEDGE")).body("escalationLevel", equalTo(2));
        clock.set(T.plus(Duration.ofDays(3)));
        read(id).body("overdueDeadlines", contains("ACKNOWLEDGE", "HANDLE")).body("escalationLevel", equalTo(3));
        clock.set(T.plus(Duration.ofDays(8)));
        read(id).body("overdueDeadlines", contains("ACKNOWLEDGE", "HANDLE", "REPAIR")).body("escalationLevel", equalTo(4));
    }

    @Test
    void anIncidentRunsItsCourseToClosedAndAClosedOneIsNeverOverdue() {
        clock.set(T);
        String id = open("ACCOUNT_PENALTY", "IMPORTANT");
        move(COMPLIANCE, id, "HANDLED", 409).contentType("application/problem+json");
        clock.set(T.plus(Duration.ofMinutes(10)));
        move(COMPLIANCE, id, "ACKNOWLEDGED", 200);
        clock.set(T.plus(Duration.ofHours(20)));
        move(ADMIN, id, "HANDLED", 200);
        clock.set(T.plus(Duration.ofDays(2)));
        move(COMPLIANCE, id, "REPAIRED", 200);
        move(COMPLIANCE, id, "CLOSED", 200).header("ETag", "\"4\"");
        clock.set(T.plus(Duration.ofDays(30)));
        read(id)
                .body("status", equalTo("CLOSED"))
                .body("acknowledgedAt", equalTo("2026-11-26T09:10:00Z"))
                .body("handledAt", equalTo("2026-11-27T05:00:00Z"))
                .body("repairedAt", equalTo("2026-11-28T09:00:00Z"))
                .body("closedAt", equalTo("2026-11-28T09:00:00Z"))
                .body("overdue", equalTo(false))
                .body("transitions.to", contains("OPEN", "ACKNOWLEDGED", "HANDLED", "REPAIRED", "CLOSED"))
                .body("transitions.by", contains("compliance", "compliance", "admin", "compliance", "compliance"))
                .body("transitions[1].note", equalTo("备注"));
        move(COMPLIANCE, id, "OPEN", 409).body("type", equalTo("https://lightning-ops.dev/problems/conflict"));
    }

    @Test
    void playbookStepsAreTickedOffOnceWithWhoAndWhen() {
        clock.set(T);
        String id = open("CONTENT_VIOLATION", "GENERAL");
        clock.set(T.plus(Duration.ofMinutes(5)));
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body("{\"note\": \"视频已下架\"}")
                .post("/api/incidents/" + id + "/steps/TAKE_DOWN")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("steps[0].done", equalTo(true))
                .body("steps[0].doneBy", equalTo("compliance"))
                .body("steps[0].doneAt", equalTo("2026-11-26T09:05:00Z"))
                .body("steps[0].note", equalTo("视频已下架"))
                .body("steps[1].done", equalTo(false));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).post("/api/incidents/" + id + "/steps/EDIT")
                .then().statusCode(200).body("steps[1].doneBy", equalTo("admin")).body("steps[1].note", nullValue());
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{}")
                .post("/api/incidents/" + id + "/steps/TAKE_DOWN")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{}")
                .post("/api/incidents/" + id + "/steps/APPEAL")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/incidents/" + id + "/steps/COMPENSATE")
                .then().statusCode(403);
        move(COMPLIANCE, id, "DISMISSED", 200).body("closedAt", equalTo("2026-11-26T09:05:00Z"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{}")
                .post("/api/incidents/" + id + "/steps/COMPENSATE")
                .then().statusCode(409);
        read(id).body("steps[0].doneBy", equalTo("compliance")).body("steps[2].done", equalTo(false));
    }

    @Test
    void anAlertRaisesACandidateOnceHoweverOftenAnalyticsRetries() {
        clock.set(T);
        String account = "acct-" + UUID.randomUUID();
        String alertId = UUID.randomUUID().toString();
        String id = given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body(alert(alertId, account, "PLAYS_DROP", 52000, 100000)).post("/api/incidents/alerts")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/incidents/[0-9a-f-]{36}$"))
                .body("status", equalTo("CANDIDATE"))
                .body("source", equalTo("ALERT"))
                .body("type", equalTo("METRIC_ANOMALY"))
                .body("tier", equalTo("IMPORTANT"))
                .body("openedBy", equalTo("analyst"))
                .body("alert.alertId", equalTo(alertId))
                .body("alert.type", equalTo("PLAYS_DROP"))
                .body("alert.detectedAt", equalTo("2026-11-26T08:55:00Z"))
                .body("acknowledgeBy", equalTo("2026-11-26T09:30:00Z"))
                .body("steps.step", contains("DIAGNOSE", "ADJUST_CONTENT", "REPORT"))
                .extract().path("id");
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body(alert(alertId, account, "PLAYS_DROP", 52000, 100000)).post("/api/incidents/alerts")
                .then().statusCode(200)
                .header("Location", endsWith("/api/incidents/" + id))
                .body("id", equalTo(id));
        given().header("Authorization", ANALYST).queryParam("accountId", account).get("/api/incidents")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void anAlertIsTieredByItsDeviationAndTypedByConfiguration() {
        String account = "acct-" + UUID.randomUUID();
        String[][] cases = {
                {"PLAYS_DROP", "85000", "100000", "METRIC_ANOMALY", "GENERAL"},
                {"PLAYS_DROP", "40000", "100000", "METRIC_ANOMALY", "MAJOR"},
                {"LIKES_SPIKE", "1500", "1000", "ENGAGEMENT_ANOMALY", "MAJOR"},
                {"NEGATIVE_COMMENTS", "130", "100", "NEGATIVE_COMMENTS", "IMPORTANT"},
                {"SOMETHING_NEW", "100", "100", "METRIC_ANOMALY", "GENERAL"}};
        for (String[] c : cases) {
            given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                    .body(alert(UUID.randomUUID().toString(), account, c[0], Long.parseLong(c[1]), Long.parseLong(c[2])))
                    .post("/api/incidents/alerts")
                    .then().statusCode(201).body("type", equalTo(c[3])).body("tier", equalTo(c[4]));
        }
        given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("tier", "MAJOR")
                .queryParam("type", "ENGAGEMENT_ANOMALY").get("/api/incidents")
                .then().body("total", equalTo(1)).body("items[0].alert.type", equalTo("LIKES_SPIKE"));
        given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("status", "CANDIDATE")
                .get("/api/incidents").then().body("total", equalTo(5));
    }

    @Test
    void aCandidateIsConfirmedOrDismissed() {
        String account = "acct-" + UUID.randomUUID();
        String confirmed = given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body(alert(UUID.randomUUID().toString(), account, "PLAYS_DROP", 10, 100)).post("/api/incidents/alerts")
                .then().statusCode(201).extract().path("id");
        move(COMPLIANCE, confirmed, "OPEN", 200).body("status", equalTo("OPEN"));
        String dismissed = given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body(alert(UUID.randomUUID().toString(), account, "PLAYS_DROP", 10, 100)).post("/api/incidents/alerts")
                .then().statusCode(201).extract().path("id");
        move(COMPLIANCE, dismissed, "DISMISSED", 200).body("closedAt", notNullValue());
        move(COMPLIANCE, dismissed, "OPEN", 409);
        move(ANALYST, confirmed, "ACKNOWLEDGED", 403);
    }

    @Test
    void aStaleIfMatchOnATransitionIsAPreconditionFailure() {
        String id = open("OTHER", "GENERAL");
        given().header("Authorization", COMPLIANCE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"status\": \"ACKNOWLEDGED\"}").post("/api/incidents/" + id + "/transitions")
                .then().statusCode(200).header("ETag", "\"1\"");
        given().header("Authorization", COMPLIANCE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"status\": \"HANDLED\"}").post("/api/incidents/" + id + "/transitions")
                .then().statusCode(412).contentType("application/problem+json");
        read(id).body("status", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void rolesDecideWhoOpensReportsChangesAndReads() {
        String id = open("OTHER", "GENERAL");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(incident("OTHER", "GENERAL", "a"))
                .post("/api/incidents").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ANALYST).contentType(ContentType.JSON).body(incident("OTHER", "GENERAL", "a"))
                .post("/api/incidents").then().statusCode(403);
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(alert(UUID.randomUUID().toString(), "a", "PLAYS_DROP", 1, 2)).post("/api/incidents/alerts")
                .then().statusCode(403);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(alert(UUID.randomUUID().toString(), "a", "PLAYS_DROP", 1, 2)).post("/api/incidents/alerts")
                .then().statusCode(201);
        move(OPERATOR, id, "ACKNOWLEDGED", 403);
        given().header("Authorization", OPERATOR).get("/api/incidents/" + id).then().statusCode(200);
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"))).get("/api/incidents")
                .then().statusCode(403);
        given().get("/api/incidents").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(alert("x", "a", "PLAYS_DROP", 1, 2)).post("/api/incidents/alerts")
                .then().statusCode(401);
    }

    @Test
    void invalidIncidentsAndAlertsAreValidationProblemsAndCreateNothing() {
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body("{\"title\": \"\"}")
                .post("/api/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("type", "tier", "title"));
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body(incident("FIRE", "GENERAL", "a")).post("/api/incidents")
                .then().statusCode(400).body("violations[0].field", equalTo("type"));
        given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body("{\"alertId\": \"x\", \"accountId\": \"a\", \"type\": \"plays drop\", \"observed\": 1,"
                        + " \"baseline\": -5}")
                .post("/api/incidents/alerts")
                .then().statusCode(400)
                .body("violations.field", hasItems("type", "baseline", "detectedAt"));
        given().header("Authorization", ANALYST).queryParam("overdue", "maybe").get("/api/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("overdue"));
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body("{\"status\": \"ON_FIRE\"}")
                .post("/api/incidents/" + UUID.randomUUID() + "/transitions")
                .then().statusCode(400);
        given().header("Authorization", ANALYST).get("/api/incidents/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstIncident() {
        String account = "acct-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", COMPLIANCE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(incident("OTHER", "GENERAL", account)).post("/api/incidents")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", COMPLIANCE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(incident("OTHER", "GENERAL", account)).post("/api/incidents")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().header("Authorization", ANALYST).queryParam("accountId", account).get("/api/incidents")
                .then().body("total", equalTo(1));
    }
}
