package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import io.lightningops.defaults.testing.KeycloakTokens;
import io.lightningops.risk.testing.StubAnalytics;

/**
 * The anomaly endpoint over HTTP, with analytics-service played by {@link StubAnalytics}: paging through the
 * series, the caller's token passed on, the rules' flags, failures of the peer as problems.
 */
@QuarkusTest
@WithTestResource(StubAnalytics.class)
class AnomalyResourceTest {

    private static final String COMPLIANCE_TOKEN = KeycloakTokens.forUser("compliance");
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    private static final String FROM = "2026-11-24T00:00:00Z";
    private static final String TO = "2026-12-01T00:00:00Z";

    private static RequestSpecification as(String authorization, String account) {
        return given().header("Authorization", authorization)
                .queryParam("accountId", account).queryParam("from", FROM).queryParam("to", TO);
    }

    @Test
    void theSeriesIsReadPageByPageWithTheCallersTokenAndTheCheatingIsFlagged() {
        as(KeycloakTokens.bearer(COMPLIANCE_TOKEN), "acct-cheat").get("/api/risks/anomalies")
                .then().statusCode(200)
                .body("accountId", equalTo("acct-cheat"))
                .body("from", equalTo(FROM))
                .body("snapshotsExamined", equalTo(156))
                .body("truncated", equalTo(false))
                .body("flags.rule", containsInAnyOrder("LIKES_WITHOUT_PLAYS", "FOLLOWERS_WITHOUT_PLAYS"))
                .body("flags.find { it.rule == 'LIKES_WITHOUT_PLAYS' }.videoId", equalTo("v-likes"))
                .body("flags.find { it.rule == 'LIKES_WITHOUT_PLAYS' }.evidence.likesGained", equalTo(1450))
                .body("flags.find { it.rule == 'LIKES_WITHOUT_PLAYS' }.evidence.playsGained", equalTo(100))
                .body("flags.find { it.rule == 'FOLLOWERS_WITHOUT_PLAYS' }.videoId", equalTo("v-follow"))
                .body("flags.find { it.rule == 'FOLLOWERS_WITHOUT_PLAYS' }.evidence.followersGained", equalTo(600))
                .body("flags.find { it.rule == 'FOLLOWERS_WITHOUT_PLAYS' }.evidence.followersPerPlay", nullValue());
        assertEquals("Bearer " + COMPLIANCE_TOKEN, StubAnalytics.LAST_AUTHORIZATION.get());
    }

    @Test
    void aBurstOfIdenticalCommentsIsFlaggedFromTheIngestedComments() {
        String account = "acct-" + UUID.randomUUID();
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            comments.append(i == 0 ? "" : ",").append("{\"commentId\": \"").append(UUID.randomUUID())
                    .append("\", \"text\": \"").append(i % 2 == 0 ? "太好喝了！必须买！" : "太好喝了!必须买!")
                    .append("\", \"postedAt\": \"2026-11-25T12:0").append(i).append(":00Z\"}");
        }
        given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body("{\"videoId\": \"v-burst\", \"accountId\": \"" + account + "\", \"comments\": [" + comments + "]}")
                .post("/api/risks/comments").then().statusCode(200).body("accepted", equalTo(6));
        as(ANALYST, account).get("/api/risks/anomalies")
                .then().statusCode(200)
                .body("snapshotsExamined", equalTo(0))
                .body("flags.size()", equalTo(1))
                .body("flags[0].rule", equalTo("IDENTICAL_COMMENT_BURST"))
                .body("flags[0].videoId", equalTo("v-burst"))
                .body("flags[0].from", equalTo("2026-11-25T12:00:00Z"))
                .body("flags[0].to", equalTo("2026-11-25T12:05:00Z"))
                .body("flags[0].evidence.count", equalTo(6));
    }

    @Test
    void aFailingAnalyticsIsAServiceUnavailableProblem() {
        as(ANALYST, "acct-failing").get("/api/risks/anomalies")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/service-unavailable"));
    }

    @Test
    void aRefusalByAnalyticsIsABadGatewayProblem() {
        as(ANALYST, "acct-refused").get("/api/risks/anomalies")
                .then().statusCode(502).contentType("application/problem+json");
    }

    @Test
    void onlyAdminAnalystAndComplianceCheckAccountsAndTheWindowIsValidated() {
        as(KeycloakTokens.bearer(KeycloakTokens.forUser("operator")), "acct-cheat").get("/api/risks/anomalies")
                .then().statusCode(403).contentType("application/problem+json");
        as(KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha")), "acct-cheat").get("/api/risks/anomalies")
                .then().statusCode(403);
        given().queryParam("accountId", "acct-cheat").get("/api/risks/anomalies").then().statusCode(401);
        as(KeycloakTokens.bearer(KeycloakTokens.forUser("admin")), "acct-cheat").get("/api/risks/anomalies")
                .then().statusCode(200);
        given().header("Authorization", ANALYST).get("/api/risks/anomalies")
                .then().statusCode(400).body("violations[0].field", equalTo("accountId"));
        given().header("Authorization", ANALYST).queryParam("accountId", "a")
                .queryParam("from", TO).queryParam("to", FROM).get("/api/risks/anomalies")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().header("Authorization", ANALYST).queryParam("accountId", "a")
                .queryParam("from", "2026-01-01T00:00:00Z").queryParam("to", TO).get("/api/risks/anomalies")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }
}
