package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import io.lightningops.defaults.testing.KeycloakTokens;

/** Comment monitoring: negative terms from the lexicon's NEGATIVE category, buckets, baseline and spikes. */
@QuarkusTest
class CommentMonitoringTest {

    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final Instant H0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final String NEGATIVE = "买了两次都是假货，骗子";
    private static final String NEUTRAL = "冷萃真好喝";

    private final String video = "video-" + UUID.randomUUID();
    private final String account = "acct-" + UUID.randomUUID();

    private record C(String id, String text, Instant postedAt) {
    }

    private static C c(String text, Instant postedAt) {
        return new C(UUID.randomUUID().toString(), text, postedAt);
    }

    /** {@code negative} negative and {@code neutral} neutral comments in hour {@code hour} after H0. */
    private static List<C> hour(int hour, int negative, int neutral) {
        List<C> comments = new ArrayList<>();
        for (int i = 0; i < negative + neutral; i++) {
            comments.add(c(i < negative ? NEGATIVE : NEUTRAL, H0.plus(Duration.ofHours(hour)).plusSeconds(60L * i)));
        }
        return comments;
    }

    private String batch(List<C> comments) {
        StringBuilder json = new StringBuilder("{\"videoId\": \"" + video + "\", \"accountId\": \"" + account
                + "\", \"comments\": [");
        for (int i = 0; i < comments.size(); i++) {
            C c = comments.get(i);
            json.append(i == 0 ? "" : ", ").append("{\"commentId\": \"").append(c.id()).append("\", \"text\": \"")
                    .append(c.text()).append("\", \"postedAt\": \"").append(c.postedAt()).append("\"}");
        }
        return json.append("]}").toString();
    }

    private ValidatableResponse ingest(List<C> comments) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(batch(comments))
                .post("/api/risks/comments").then().statusCode(200);
    }

    private ValidatableResponse stats(int fromHour, int toHour) {
        return given().header("Authorization", ANALYST).queryParam("videoId", video)
                .queryParam("from", H0.plus(Duration.ofHours(fromHour)).toString())
                .queryParam("to", H0.plus(Duration.ofHours(toHour)).toString())
                .get("/api/risks/comments/stats").then().statusCode(200);
    }

    @Test
    void negativeTermsOfTheLexiconAreCountedPerBucketWithTheTopTerms() {
        Instant t = H0.plusSeconds(600);
        ingest(List.of(c("买了两次都是假货，骗子！", t), c("骗子骗子", t), c("冷萃真好喝", t), c("质量差，想退货", t),
                c("好评", t.plus(Duration.ofHours(1)))))
                .body("accepted", equalTo(5))
                .body("duplicates", equalTo(0))
                .body("negative", equalTo(3))
                .body("spikes", empty());
        stats(0, 2)
                .body("bucket", equalTo("PT1H"))
                .body("comments", equalTo(5))
                .body("negative", equalTo(3))
                .body("negativeRatio", equalTo(0.6f))
                .body("buckets.start", contains("2026-11-20T00:00:00Z", "2026-11-20T01:00:00Z"))
                .body("buckets.comments", contains(4, 1))
                .body("buckets.negative", contains(3, 0))
                .body("buckets.negativeRatio", contains(0.75f, 0.0f))
                .body("topNegativeTerms[0].term", equalTo("骗子"))
                .body("topNegativeTerms[0].count", equalTo(2))
                .body("topNegativeTerms.term", hasItems("假货", "质量差", "退货"))
                .body("spikes", empty());
    }

    @Test
    void aRetriedBatchChangesNothing() {
        List<C> comments = hour(0, 2, 3);
        ingest(comments).body("accepted", equalTo(5));
        List<C> again = new ArrayList<>(comments);
        again.add(comments.get(0));
        ingest(again).body("accepted", equalTo(0)).body("duplicates", equalTo(6)).body("negative", equalTo(0));
        stats(0, 1).body("comments", equalTo(5)).body("negative", equalTo(2));
    }

    @Test
    void aSpikeOverTheBaselineRaisesOneCandidateIncidentPerSpike() {
        for (int h = 0; h < 3; h++) {
            ingest(hour(h, 1, 19)).body("spikes", empty());
        }
        // hour 3: 4 negative of 10 is a high ratio, but fewer than the minimum of 5 negative comments
        ingest(hour(3, 4, 6)).body("spikes", empty());
        String incident = ingest(List.of(c(NEGATIVE, H0.plus(Duration.ofMinutes(200))), c(NEGATIVE, H0.plus(Duration.ofMinutes(201)))))
                .body("spikes.size()", equalTo(1))
                .body("spikes[0].bucketStart", equalTo("2026-11-20T03:00:00Z"))
                .body("spikes[0].comments", equalTo(12))
                .body("spikes[0].negative", equalTo(6))
                .body("spikes[0].negativeRatio", equalTo(0.5f))
                .body("spikes[0].baselineRatio", equalTo(0.05f))
                .body("spikes[0].incidentRaised", equalTo(true))
                .body("spikes[0].incidentId", notNullValue())
                .extract().path("spikes[0].incidentId");
        given().header("Authorization", COMPLIANCE).get("/api/incidents/" + incident)
                .then().statusCode(200)
                .body("type", equalTo("NEGATIVE_COMMENTS"))
                .body("status", equalTo("CANDIDATE"))
                .body("source", equalTo("COMMENTS"))
                .body("tier", equalTo("IMPORTANT"))
                .body("videoId", equalTo(video))
                .body("accountId", equalTo(account))
                .body("steps.step", contains("RESPOND_PUBLICLY", "MODERATE_COMMENTS", "FIX_ROOT_CAUSE"));

        // more negative comments in the same hour, and a spiking hour right after: the same spike
        ingest(List.of(c(NEGATIVE, H0.plus(Duration.ofMinutes(230)))))
                .body("spikes[0].incidentRaised", equalTo(false)).body("spikes[0].incidentId", equalTo(incident));
        ingest(hour(4, 6, 0))
                .body("spikes[0].bucketStart", equalTo("2026-11-20T04:00:00Z"))
                .body("spikes[0].incidentRaised", equalTo(false))
                .body("spikes[0].incidentId", equalTo(incident));
        given().header("Authorization", COMPLIANCE).queryParam("accountId", account).get("/api/incidents")
                .then().body("total", equalTo(1));

        // a new run of spiking buckets after a quiet gap is a new spike
        ingest(hour(10, 8, 0)).body("spikes[0].incidentRaised", equalTo(true));
        given().header("Authorization", COMPLIANCE).queryParam("accountId", account)
                .queryParam("type", "NEGATIVE_COMMENTS").get("/api/incidents")
                .then().body("total", equalTo(2));
        stats(0, 12)
                .body("spikes.bucketStart", contains("2026-11-20T03:00:00Z", "2026-11-20T04:00:00Z", "2026-11-20T10:00:00Z"))
                .body("buckets.spike", contains(false, false, false, true, true, true));
    }

    @Test
    void invalidBatchesAreValidationProblemsAndStoreNothing() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"videoId\": \"\", \"comments\": []}").post("/api/risks/comments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("videoId", "accountId", "comments"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"videoId\": \"" + video + "\", \"accountId\": \"a\", \"comments\": [{\"commentId\": \"x1\","
                        + " \"text\": \"骗子\"}]}")
                .post("/api/risks/comments")
                .then().statusCode(400).body("violations[0].field", containsString("postedAt"));
        stats(0, 24).body("comments", equalTo(0));
        given().header("Authorization", ANALYST).get("/api/risks/comments/stats")
                .then().statusCode(400).body("violations[0].field", equalTo("videoId"));
        given().header("Authorization", ANALYST).queryParam("videoId", video)
                .queryParam("from", "2026-11-21T00:00:00Z").queryParam("to", "2026-11-20T00:00:00Z")
                .get("/api/risks/comments/stats")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    @Test
    void partnersAndAnonymousCallersAreRefused() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha")))
                .contentType(ContentType.JSON).body(batch(hour(0, 1, 0))).post("/api/risks/comments")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(batch(hour(0, 1, 0))).post("/api/risks/comments")
                .then().statusCode(401);
        given().queryParam("videoId", video).get("/api/risks/comments/stats").then().statusCode(401);
    }
}
