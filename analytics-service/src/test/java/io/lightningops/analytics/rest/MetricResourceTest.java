package io.lightningops.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import io.lightningops.analytics.domain.VideoSnapshot;
import io.lightningops.analytics.repository.VideoSnapshotRepository;
import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class MetricResourceTest {

    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    private static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));

    // ingestion comes with POST /api/metrics/batch; until then the tests write snapshots as it will
    @Inject
    VideoSnapshotRepository snapshots;

    static String newId() {
        return UUID.randomUUID().toString();
    }

    private VideoSnapshot snapshot(String accountId, String videoId, String capturedAt, long plays) {
        VideoSnapshot snapshot = new VideoSnapshot();
        snapshot.accountId = accountId;
        snapshot.videoId = videoId;
        snapshot.capturedAt = Instant.parse(capturedAt);
        snapshot.plays = plays;
        snapshot.likes = plays / 10;
        snapshot.comments = plays / 100;
        snapshot.shares = plays / 50;
        snapshot.ingestedAt = Instant.now();
        return snapshot;
    }

    private void insert(VideoSnapshot... rows) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (VideoSnapshot row : rows) {
                snapshots.persist(row);
            }
        });
    }

    @Test
    void anAccountsSnapshotsComeNewestFirstWithEveryCounter() {
        String account = newId();
        String video = newId();
        VideoSnapshot full = snapshot(account, video, "2026-11-20T12:00:00Z", 128_000);
        full.likes = 9_600;
        full.comments = 430;
        full.shares = 1_200;
        full.favorites = 2_100L;
        full.newFollowers = 310L;
        full.completionRate = new BigDecimal("0.4200");
        full.avgWatchSeconds = new BigDecimal("17.50");
        insert(snapshot(account, video, "2026-11-20T10:00:00Z", 50_000), full,
                snapshot(account, video, "2026-11-20T11:00:00Z", 90_000),
                snapshot(newId(), newId(), "2026-11-20T13:00:00Z", 7));

        given().header("Authorization", ANALYST).queryParam("accountId", account).get("/api/metrics")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.capturedAt", equalTo(List.of("2026-11-20T12:00:00Z", "2026-11-20T11:00:00Z", "2026-11-20T10:00:00Z")))
                .body("items[0].videoId", equalTo(video))
                .body("items[0].accountId", equalTo(account))
                .body("items[0].plays", equalTo(128_000))
                .body("items[0].likes", equalTo(9_600))
                .body("items[0].comments", equalTo(430))
                .body("items[0].shares", equalTo(1_200))
                .body("items[0].favorites", equalTo(2_100))
                .body("items[0].newFollowers", equalTo(310))
                .body("items[0].completionRate", equalTo(0.42f))
                .body("items[0].avgWatchSeconds", equalTo(17.5f))
                .body("items[1].favorites", nullValue())
                .body("items[1].completionRate", nullValue())
                .body("items[1].avgWatchSeconds", nullValue())
                .body("items[1].newFollowers", nullValue());
    }

    @Test
    void snapshotsCapturedAtTheSameMomentAreOrderedByVideoId() {
        String account = newId();
        String videoA = "a-" + newId();
        String videoB = "b-" + newId();
        insert(snapshot(account, videoB, "2026-11-21T09:00:00Z", 2),
                snapshot(account, videoA, "2026-11-21T09:00:00Z", 1),
                snapshot(account, videoA, "2026-11-21T08:00:00Z", 1));

        given().header("Authorization", ANALYST).queryParam("accountId", account).get("/api/metrics")
                .then().statusCode(200)
                .body("items.videoId", equalTo(List.of(videoA, videoB, videoA)));
    }

    @Test
    void theListFiltersByVideo() {
        String account = newId();
        String video = newId();
        insert(snapshot(account, video, "2026-11-22T08:00:00Z", 10),
                snapshot(account, video, "2026-11-22T09:00:00Z", 20),
                snapshot(account, newId(), "2026-11-22T09:00:00Z", 30));

        given().header("Authorization", ANALYST).queryParam("videoId", video).get("/api/metrics")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.plays", equalTo(List.of(20, 10)));
        given().header("Authorization", ANALYST).queryParam("videoId", video).queryParam("accountId", newId())
                .get("/api/metrics")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theWindowIncludesFromAndExcludesTo() {
        String account = newId();
        String video = newId();
        insert(snapshot(account, video, "2026-11-23T09:59:59Z", 1),
                snapshot(account, video, "2026-11-23T10:00:00Z", 2),
                snapshot(account, video, "2026-11-23T11:00:00Z", 3),
                snapshot(account, video, "2026-11-23T12:00:00Z", 4));

        given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("from", "2026-11-23T10:00:00Z").queryParam("to", "2026-11-23T12:00:00Z")
                .get("/api/metrics")
                .then().statusCode(200)
                .body("items.plays", equalTo(List.of(3, 2)));
    }

    @Test
    void windowBoundsWithAnOffsetMeanTheSameInstant() {
        String account = newId();
        String video = newId();
        insert(snapshot(account, video, "2026-11-24T09:00:00Z", 1),
                snapshot(account, video, "2026-11-24T10:00:00Z", 2));

        // 18:00 in Beijing is 10:00 UTC
        given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("from", "2026-11-24T18:00:00+08:00")
                .get("/api/metrics")
                .then().statusCode(200)
                .body("items.plays", equalTo(List.of(2)))
                .body("items[0].capturedAt", equalTo("2026-11-24T10:00:00Z"));
        given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("to", "2026-11-24T18:00:00+08:00")
                .get("/api/metrics")
                .then().statusCode(200)
                .body("items.plays", equalTo(List.of(1)));
    }

    @Test
    void fromAfterToIsAValidationProblemNamingFrom() {
        given().header("Authorization", ANALYST)
                .queryParam("from", "2026-11-24T12:00:00Z").queryParam("to", "2026-11-24T11:00:00Z")
                .get("/api/metrics")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/validation"))
                .body("violations.field", hasItem("from"));
    }

    @Test
    void aMalformedTimeIsABadRequestProblem() {
        for (String time : new String[] {"yesterday", "2026-11-24", "2026-11-24T12:00:00", "2026-13-01T00:00:00Z"}) {
            given().header("Authorization", ANALYST).queryParam("from", time)
                    .get("/api/metrics")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400));
        }
    }

    @Test
    void theListPagesThroughTheSnapshots() {
        String account = newId();
        String video = newId();
        insert(snapshot(account, video, "2026-11-25T01:00:00Z", 1),
                snapshot(account, video, "2026-11-25T02:00:00Z", 2),
                snapshot(account, video, "2026-11-25T03:00:00Z", 3));

        given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("page", 0).queryParam("size", 2)
                .get("/api/metrics")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.plays", equalTo(List.of(3, 2)));
        given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("page", 1).queryParam("size", 2)
                .get("/api/metrics")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", equalTo(3))
                .body("items.plays", equalTo(List.of(1)));
        given().header("Authorization", ANALYST).queryParam("size", 101)
                .get("/api/metrics")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
    }

    @Test
    void analystsOperatorsAdminsAndComplianceReadMetrics() {
        // compliance reads the series for risk-service's engagement-anomaly checks, which pass on its token
        for (String token : new String[] {ANALYST, OPERATOR, ADMIN, COMPLIANCE}) {
            given().header("Authorization", token).get("/api/metrics")
                    .then().statusCode(200)
                    .body("items", notNullValue());
        }
    }

    @Test
    void partnersSeeNoMetrics() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"))).get("/api/metrics")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        given().get("/api/metrics")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());
    }
}
