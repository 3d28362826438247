package io.lightningops.analytics.rest;

import static io.lightningops.analytics.testing.Rows.newId;
import static io.lightningops.analytics.testing.Rows.snapshot;
import static io.lightningops.analytics.testing.Rows.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class IngestionResourceTest {

    static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));

    private static io.restassured.response.ValidatableResponse post(String path, Object body) {
        return given().header("Authorization", ANALYST).contentType("application/json").body(body)
                .post(path).then();
    }

    /** The account's stored snapshots, as the analyst lists them. */
    private static io.restassured.response.ValidatableResponse storedOf(String account) {
        return given().header("Authorization", ANALYST).queryParam("accountId", account).get("/api/metrics")
                .then().statusCode(200);
    }

    @Test
    void aBadRowIsRejectedWithItsIndexAndReasonAndTheGoodRowsAreStored() {
        String account = newId();
        Map<String, Object> good = snapshot(account, newId(), "2026-11-20T10:00:00+08:00", 1000);
        List<Object> batch = List.of(
                good,
                with(snapshot(account, newId(), "2026-11-20T10:00:00Z", 5), "plays", -5),
                with(snapshot(account, newId(), "2026-11-20T10:00:00Z", 5), "videoId", null),
                with(snapshot(account, newId(), "2026-11-20T10:00:00Z", 5), "likes", "many"),
                with(snapshot(account, newId(), "2026-11-20T10:00:00Z", 5), "capturedAt", "2026-11-20T10:00:00"),
                with(snapshot(account, newId(), "2026-11-20T10:00:00Z", 5), "completionRate", 1.5),
                42,
                snapshot(account, newId(), OffsetDateTime.now().plusDays(1).toString(), 5),
                with(snapshot(account, newId(), "2026-11-20T10:00:00Z", 5), "shares", 1.5),
                with(with(snapshot(account, newId(), "2026-11-20T10:00:00Z", 7), "favorites", 3), "newFollowers", 1));

        post("/api/metrics/batch", batch).statusCode(200)
                .body("accepted", equalTo(2))
                .body("rejected.index", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8)))
                .body("rejected[0].reason", equalTo("plays: must be greater than or equal to 0"))
                .body("rejected[1].reason", equalTo("videoId: must not be blank"))
                .body("rejected[2].reason", equalTo("likes: must be a number"))
                .body("rejected[3].reason", equalTo("capturedAt: must be an ISO-8601 date-time with offset"))
                .body("rejected[4].reason", equalTo("completionRate: must be less than or equal to 1"))
                .body("rejected[5].reason", equalTo("must be a JSON object"))
                .body("rejected[6].reason", equalTo("capturedAt: must not be in the future"))
                .body("rejected[7].reason", containsString("shares"));

        storedOf(account)
                .body("total", equalTo(2))
                .body("items.plays", hasItem(1000))
                .body("items.favorites", hasItem(3));
    }

    @Test
    void aRowOfTheWrongShapeIsSkippedWholeAndTheRowsAfterItAreReadFromTheirStart() {
        String account = newId();
        List<Object> batch = List.of(
                with(snapshot(account, newId(), "2026-11-20T10:00:00Z", 5), "plays",
                        Map.of("nested", List.of(1, List.of(2), Map.of("plays", 3)))),
                snapshot(account, newId(), "2026-11-20T10:00:00Z", 10),
                with(snapshot(account, newId(), "2026-11-20T10:00:00Z", 5), "videoId", List.of("x", Map.of("y", 1))),
                List.of(1, List.of(2)),
                with(snapshot(account, newId(), "2026-11-20T10:00:00Z", 5), "capturedAt", Map.of("at", "now")),
                snapshot(account, newId(), "2026-11-20T10:00:00Z", 20));

        post("/api/metrics/batch", batch).statusCode(200)
                .body("accepted", equalTo(2))
                .body("rejected.index", equalTo(List.of(0, 2, 3, 4)))
                .body("rejected[0].reason", startsWith("plays: "))
                .body("rejected[1].reason", startsWith("videoId: "))
                .body("rejected[2].reason", equalTo("must be a JSON object"))
                .body("rejected[3].reason", startsWith("capturedAt: "));
        storedOf(account)
                .body("total", equalTo(2))
                .body("items.plays", hasItems(10, 20));
    }

    @Test
    void aBodyThatIsNotJsonHalfwayIsAMalformedJsonProblemAndStoresNothing() {
        String account = newId();
        String body = "[{\"videoId\": \"" + newId() + "\", \"accountId\": \"" + account + "\", "
                + "\"capturedAt\": \"2026-11-20T10:00:00Z\", \"plays\": 1, \"likes\": 0, \"comments\": 0, "
                + "\"shares\": 0}, {\"videoId\": \"v\", \"plays\": 1 2}]";
        given().header("Authorization", ANALYST).contentType("application/json").body(body)
                .post("/api/metrics/batch").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-json"))
                .body("detail", startsWith("The request body is not valid JSON (line 1, column "));
        storedOf(account).body("total", equalTo(0));
    }

    @Test
    void aRepeatedSnapshotOfAVideoAtTheSameMomentReplacesTheFirst() {
        String account = newId();
        String video = newId();
        post("/api/metrics/batch", List.of(snapshot(account, video, "2026-11-21T08:00:00Z", 100)))
                .statusCode(200).body("accepted", equalTo(1));
        // the same instant written with another offset is the same snapshot; within one batch the last row wins
        post("/api/metrics/batch", List.of(snapshot(account, video, "2026-11-21T16:00:00+08:00", 150),
                snapshot(account, video, "2026-11-21T08:00:00Z", 170)))
                .statusCode(200).body("accepted", equalTo(2)).body("rejected.size()", equalTo(0));

        given().header("Authorization", ANALYST).queryParam("videoId", video).get("/api/metrics")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].plays", equalTo(170));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        String account = newId();
        String key = newId();
        List<Object> batch = List.of(snapshot(account, newId(), "2026-11-21T09:00:00Z", 10),
                with(snapshot(account, newId(), "2026-11-21T09:00:00Z", 10), "plays", null));
        given().header("Authorization", ANALYST).header("Idempotency-Key", key).contentType("application/json")
                .body(batch).post("/api/metrics/batch")
                .then().statusCode(200).body("accepted", equalTo(1)).body("rejected[0].index", equalTo(1));
        given().header("Authorization", ANALYST).header("Idempotency-Key", key).contentType("application/json")
                .body(batch).post("/api/metrics/batch")
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("accepted", equalTo(1))
                .body("rejected[0].reason", equalTo("plays: must not be null"));
        given().header("Authorization", ANALYST).header("Idempotency-Key", key).contentType("application/json")
                .body(List.of(snapshot(account, newId(), "2026-11-21T09:00:00Z", 99))).post("/api/metrics/batch")
                .then().statusCode(422).contentType("application/problem+json");

        storedOf(account).body("total", equalTo(1));
    }

    @Test
    void aBatchOverTheConfiguredSizeIsAPayloadTooLargeProblemAndStoresNothing() {
        String account = newId();
        List<Object> batch = new ArrayList<>();
        for (int i = 0; i <= 5000; i++) {
            batch.add(snapshot(account, "v" + i, "2026-11-21T10:00:00Z", i));
        }
        post("/api/metrics/batch", batch).statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("A batch holds at most 5000 rows and this one has 5001; split it"));
        storedOf(account).body("total", equalTo(0));
    }

    @Test
    void aBodyThatIsNotAnArrayIsABadRequestProblem() {
        post("/api/metrics/batch", Map.of("videoId", "x")).statusCode(400).contentType("application/problem+json");
        given().header("Authorization", ANALYST).contentType("application/json").body("[{")
                .post("/api/metrics/batch").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyAdminsAndAnalystsIngest() {
        List<Object> batch = List.of(snapshot(newId(), newId(), "2026-11-21T10:00:00Z", 1));
        given().header("Authorization", ADMIN).contentType("application/json").body(batch).post("/api/metrics/batch")
                .then().statusCode(200);
        for (String token : new String[] {OPERATOR, COMPLIANCE, KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"))}) {
            for (String path : new String[] {"/api/metrics/batch", "/api/metrics/accounts", "/api/metrics/live-sessions"}) {
                given().header("Authorization", token).contentType("application/json").body(batch).post(path)
                        .then().statusCode(403).contentType("application/problem+json");
            }
        }
        given().contentType("application/json").body(batch).post("/api/metrics/batch")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", notNullValue());
    }

    @Test
    void accountDaysAreValidatedRowByRowUpsertedAndListedNewestFirst() {
        String account = newId();
        post("/api/metrics/accounts", List.of(
                Map.of("accountId", account, "date", "2026-11-01", "followers", 1000, "profileVisits", 40),
                Map.of("accountId", account, "date", "2026-11-02", "followers", -1),
                Map.of("accountId", account, "date", "02/11/2026", "followers", 1),
                Map.of("accountId", account, "date", "2026-11-02", "followers", 1200),
                Map.of("accountId", account, "date", OffsetDateTime.now().plusDays(3).toLocalDate().toString(), "followers", 1)))
                .statusCode(200)
                .body("accepted", equalTo(2))
                .body("rejected.index", equalTo(List.of(1, 2, 4)))
                .body("rejected[0].reason", equalTo("followers: must be greater than or equal to 0"))
                .body("rejected[1].reason", equalTo("date: must be an ISO-8601 date such as 2026-11-26"))
                .body("rejected[2].reason", equalTo("date: must not be in the future"));
        post("/api/metrics/accounts", List.of(Map.of("accountId", account, "date", "2026-11-01", "followers", 1100)))
                .statusCode(200).body("accepted", equalTo(1));

        given().header("Authorization", OPERATOR).queryParam("accountId", account).get("/api/metrics/accounts")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.date", equalTo(List.of("2026-11-02", "2026-11-01")))
                .body("items.followers", equalTo(List.of(1200, 1100)))
                .body("items[1].profileVisits", equalTo(null));
    }

    @Test
    void liveSessionsKeepGmvExactAndRejectAPeakAboveTheViewers() {
        String account = newId();
        String session = "live-" + newId();
        Map<String, Object> row = new java.util.LinkedHashMap<>(Map.of("sessionId", session, "accountId", account,
                "startedAt", "2026-11-20T20:00:00+08:00", "durationSeconds", 7200, "viewers", 48000,
                "peakViewers", 3100, "gmv", "128800.10", "orders", 960));
        post("/api/metrics/live-sessions", List.of(row, with(row, "peakViewers", 50000), with(row, "gmv", "12.345"),
                with(row, "durationSeconds", 90000)))
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected.index", equalTo(List.of(1, 2, 3)))
                .body("rejected[0].reason", equalTo("peakViewers: must not exceed viewers"))
                .body("rejected[1].reason", containsString("gmv"))
                .body("rejected[2].reason", containsString("durationSeconds"));
        // sent again, the session's figures are replaced; a JSON number is read exactly too
        post("/api/metrics/live-sessions", List.of(with(row, "gmv", 130000.05)))
                .statusCode(200).body("accepted", equalTo(1));

        given().header("Authorization", ANALYST).queryParam("accountId", account).get("/api/metrics/live-sessions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].gmv", equalTo("130000.05"))
                .body("items[0].startedAt", equalTo("2026-11-20T12:00:00Z"))
                .body("items[0].peakViewers", equalTo(3100))
                .body("items[0].newFollowers", equalTo(null));
    }
}
