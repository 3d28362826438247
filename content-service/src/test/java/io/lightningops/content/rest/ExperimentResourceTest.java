package io.lightningops.content.rest;

import static io.lightningops.content.testing.Fixtures.ANALYST;
import static io.lightningops.content.testing.Fixtures.CLEAN_SCRIPT;
import static io.lightningops.content.testing.Fixtures.OPERATOR;
import static io.lightningops.content.testing.Fixtures.PARTNER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import io.lightningops.content.testing.Fixtures;
import io.lightningops.content.testing.StubPeers;

/** A/B tests over HTTP, with analytics-service's metrics played by {@link StubPeers}. */
@QuarkusTest
@WithTestResource(StubPeers.class)
class ExperimentResourceTest {

    private static ValidatableResponse create(String account, String metric, List<String> videos) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "name", "开头三秒", "idea", "冷萃的第一口", "metric", metric, "videoIds", videos))
                .post("/api/experiments").then();
    }

    private static List<String> videos(String account, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Fixtures.video(account, "变体" + i, CLEAN_SCRIPT, "TRAFFIC"));
        }
        return ids;
    }

    @Test
    void theVariantWithTheSignificantlyHigherLikeRateWinsReadWithTheCallersToken() {
        String account = Fixtures.account();
        List<String> v = videos(account, 2);
        String id = create(account, "LIKE_RATE", v).statusCode(201)
                .header("Location", matchesPattern(".*/api/experiments/[0-9a-f-]{36}"))
                .body("status", equalTo("RUNNING"))
                .body("variants.label", equalTo(List.of("A", "B")))
                .body("variants.videoId", equalTo(v))
                .extract().path("id");
        StubPeers.metrics(v.get(0), 1000, 30, "0.40");
        StubPeers.metrics(v.get(1), 1000, 60, "0.41");
        given().header("Authorization", ANALYST).get("/api/experiments/" + id + "/results")
                .then().statusCode(200)
                .body("conclusion", equalTo("SIGNIFICANT_WINNER"))
                .body("winner", equalTo("B"))
                .body("winnerVideoId", equalTo(v.get(1)))
                .body("significant", equalTo(true))
                .body("test", containsString("Bonferroni"))
                .body("variants[0].successes", equalTo(30))
                .body("variants[1].rate", equalTo(0.06f))
                .body("tests[0].against", equalTo("A"))
                .body("tests[0].z", equalTo(3.2359f));
        List<StubPeers.Call> reads = StubPeers.calls("/api/metrics");
        assertEquals(ANALYST, reads.get(reads.size() - 1).authorization());
    }

    @Test
    void completionRatesAreJudgedOnCompletionsAndTooFewPlaysIsSaidClearly() {
        String account = Fixtures.account();
        List<String> v = videos(account, 3);
        String id = create(account, "COMPLETION_RATE", v).statusCode(201).extract().path("id");
        StubPeers.metrics(v.get(0), 12000, 900, "0.4200");
        StubPeers.metrics(v.get(1), 12000, 900, "0.4000");
        StubPeers.metrics(v.get(2), 50, 9, "0.5");
        given().header("Authorization", OPERATOR).get("/api/experiments/" + id + "/results")
                .then().statusCode(200)
                .body("conclusion", equalTo("INSUFFICIENT_DATA"))
                .body("winner", nullValue())
                .body("variants[0].successes", equalTo(5040))
                .body("variants[2].sufficient", equalTo(false))
                .body("variants[2].reason", equalTo("fewer than 100 plays"))
                .body("detail", containsString("C (fewer than 100 plays)"));
        StubPeers.metrics(v.get(2), 12000, 900, "0.3917");
        // A 0.42 vs B 0.40: z = 3.15, p = 0.0016 < 0.025; A vs C (0.3917): more so
        given().header("Authorization", OPERATOR).get("/api/experiments/" + id + "/results")
                .then().statusCode(200)
                .body("conclusion", equalTo("SIGNIFICANT_WINNER"))
                .body("winner", equalTo("A"))
                .body("comparisons", equalTo(2))
                .body("adjustedAlpha", equalTo(0.025f))
                .body("tests[0].against", equalTo("B"))
                .body("tests[0].z", equalTo(3.1498f));
    }

    @Test
    void aVariantWithoutMetricsIsInsufficientDataAndAFailingAnalyticsIsServiceUnavailable() {
        String account = Fixtures.account();
        List<String> v = videos(account, 2);
        String id = create(account, "LIKE_RATE", v).statusCode(201).extract().path("id");
        given().header("Authorization", ANALYST).get("/api/experiments/" + id + "/results")
                .then().statusCode(200)
                .body("conclusion", equalTo("INSUFFICIENT_DATA"))
                .body("variants[0].reason", equalTo("no metrics yet"));
        given().header("Authorization", ANALYST).get("/api/experiments/" + UUID.randomUUID() + "/results")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void analyticsFailingIsAServiceUnavailableProblem() {
        // the stub fails for this id; the variant must still be a video of the account, so the id is given to one
        String account = Fixtures.account();
        List<String> v = videos(account, 2);
        String id = create(account, "LIKE_RATE", v).statusCode(201).extract().path("id");
        StubPeers.failFor(v.get(1));
        given().header("Authorization", ANALYST).get("/api/experiments/" + id + "/results")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("analytics-service"));
    }

    @Test
    void variantsMustBe2To15DistinctVideosOfTheAccount() {
        String account = Fixtures.account();
        List<String> v = videos(account, 2);
        create(account, "LIKE_RATE", List.of(v.get(0))).statusCode(400).body("violations[0].field", equalTo("videoIds"));
        List<String> sixteen = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            sixteen.add(UUID.randomUUID().toString());
        }
        create(account, "LIKE_RATE", sixteen).statusCode(400).body("violations[0].field", equalTo("videoIds"));
        create(account, "LIKE_RATE", List.of(v.get(0), v.get(0))).statusCode(400)
                .body("violations[0].field", equalTo("videoIds")).body("detail", containsString("distinct"));
        String foreign = Fixtures.video(Fixtures.account(), "别人的", CLEAN_SCRIPT, "VALUE");
        create(account, "LIKE_RATE", List.of(v.get(0), foreign)).statusCode(400).body("violations[0].field", equalTo("videoIds"));
        create(account, "VIEWS", v).statusCode(400).body("violations[0].field", equalTo("metric"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/experiments").then().statusCode(400)
                .body("violations.field", hasItem("accountId")).body("violations.field", hasItem("metric"));
        given().header("Authorization", ANALYST).queryParam("accountId", account).get("/api/experiments")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anExperimentIsConcludedOnceWithOneOfItsVariants() {
        String account = Fixtures.account();
        List<String> v = videos(account, 2);
        String id = create(account, "LIKE_RATE", v).statusCode(201).extract().path("id");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("winnerVideoId", UUID.randomUUID().toString()))
                .post("/api/experiments/" + id + "/conclude").then().statusCode(400);
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("winnerVideoId", v.get(1), "note", "B 更好"))
                .post("/api/experiments/" + id + "/conclude").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("CONCLUDED"))
                .body("winnerVideoId", equalTo(v.get(1)));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).post("/api/experiments/" + id + "/conclude")
                .then().statusCode(409);
        given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("status", "CONCLUDED")
                .get("/api/experiments").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void analystsReadExperimentsButDoNotStartThemAndPartnersAreRefused() {
        String account = Fixtures.account();
        List<String> v = videos(account, 2);
        given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "name", "x", "metric", "LIKE_RATE", "videoIds", v))
                .post("/api/experiments").then().statusCode(403).contentType("application/problem+json");
        String id = create(account, "LIKE_RATE", v).statusCode(201).extract().path("id");
        given().header("Authorization", ANALYST).get("/api/experiments/" + id).then().statusCode(200).header("ETag", "\"0\"");
        given().header("Authorization", ANALYST).contentType(ContentType.JSON).post("/api/experiments/" + id + "/conclude")
                .then().statusCode(403);
        given().header("Authorization", PARTNER).get("/api/experiments/" + id).then().statusCode(403);
        given().get("/api/experiments/" + id).then().statusCode(401);
    }
}
