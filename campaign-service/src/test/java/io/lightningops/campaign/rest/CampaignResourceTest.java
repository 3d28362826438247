package io.lightningops.campaign.rest;

import static io.lightningops.campaign.rest.Budgets.ADMIN;
import static io.lightningops.campaign.rest.Budgets.ANALYST;
import static io.lightningops.campaign.rest.Budgets.OPERATOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class CampaignResourceTest {

    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final String PARTNER_BETA = KeycloakTokens.bearer(KeycloakTokens.forAgency("beta"));

    static Map<String, Object> campaign(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("objective", "CONVERSION");
        body.put("startsAt", "2026-11-01T00:00:00+08:00");
        body.put("endsAt", "2026-11-12T00:00:00+08:00");
        body.put("channels", List.of("SHORT_VIDEO", "DOU_PLUS"));
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body)
                .post("/api/campaigns").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> weights(Object audienceOverlap) {
        Map<String, Object> w = new HashMap<>(Map.of("engagementRate", 0.2, "conversionAbility", 0.2,
                "contentFit", 0.15, "costEfficiency", 0.1, "reliability", 0.1));
        w.put("audienceOverlap", audienceOverlap);
        return w;
    }

    @Test
    void aCampaignWithPartnersABudgetLineAndItsOwnWeightsStartsAsDraft() {
        String partner = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "达人", "type", "CREATOR")).post("/api/partners").then().statusCode(201).extract().path("id");
        String line = Budgets.marketingLine("100000.00", "50000.00");
        Map<String, Object> body = campaign("双11 咖啡节");
        body.put("partnerIds", List.of(partner));
        body.put("budgetLineId", line);
        body.put("evaluationWeights", weights(0.25));
        String id = given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body)
                .post("/api/campaigns")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/campaigns/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("startsAt", equalTo("2026-10-31T16:00:00Z"))
                .body("partnerIds", equalTo(List.of(partner)))
                .body("budgetLineId", equalTo(line))
                .body("evaluationWeights.audienceOverlap", equalTo(0.25f))
                .body("evaluationWeights.reliability", equalTo(0.1f))
                .extract().path("id");
        given().header("Authorization", ANALYST).get("/api/campaigns/" + id)
                .then().statusCode(200).body("channels", hasItem("DOU_PLUS"));
        given().header("Authorization", ANALYST).queryParam("partnerId", partner).get("/api/campaigns")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void withoutWeightsACampaignUsesTheConfiguredOnes() {
        String id = create(campaign("默认权重"));
        given().header("Authorization", ANALYST).get("/api/campaigns/" + id)
                .then().body("evaluationWeights", nullValue());
    }

    @Test
    void weightsMustHaveAllSixKeysWithinRangeAndAddUpToMoreThanZero() {
        Map<String, Object> missing = campaign("x");
        Map<String, Object> w = weights(0.25);
        w.remove("reliability");
        missing.put("evaluationWeights", w);
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(missing).post("/api/campaigns")
                .then().statusCode(400).body("violations.field", hasItem("evaluationWeights.reliability"));
        Map<String, Object> negative = campaign("x");
        negative.put("evaluationWeights", weights(-1));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(negative).post("/api/campaigns")
                .then().statusCode(400).body("violations.field", hasItem("evaluationWeights.audienceOverlap"));
        Map<String, Object> zero = campaign("x");
        zero.put("evaluationWeights", Map.of("audienceOverlap", 0, "engagementRate", 0, "conversionAbility", 0,
                "contentFit", 0, "costEfficiency", 0, "reliability", 0));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(zero).post("/api/campaigns")
                .then().statusCode(400).body("violations.field", hasItem("evaluationWeights"));
    }

    @Test
    void unknownPartnersOrLinesAndABackwardWindowAreValidationProblems() {
        Map<String, Object> body = campaign("x");
        body.put("partnerIds", List.of(UUID.randomUUID().toString()));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body).post("/api/campaigns")
                .then().statusCode(400).body("violations.field", hasItem("partnerIds[0]"));
        body = campaign("x");
        body.put("budgetLineId", UUID.randomUUID().toString());
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body).post("/api/campaigns")
                .then().statusCode(400).body("violations.field", hasItem("budgetLineId"));
        body = campaign("x");
        body.put("endsAt", "2026-10-01T00:00:00+08:00");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body).post("/api/campaigns")
                .then().statusCode(400).body("violations.field", hasItem("endsAt"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{\"objective\": \"FAME\"}").post("/api/campaigns")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("objective"));
    }

    @Test
    void theLifecycleAllowsOnlyItsTransitions() {
        String id = create(campaign("生命周期"));
        String path = "/api/campaigns/" + id + "/transitions";
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("status", "COMPLETED")).post(path)
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE")).post(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("ACTIVE"));
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("status", "PAUSED")).post(path)
                .then().statusCode(412);
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("status", "PAUSED")).post(path)
                .then().statusCode(200).body("status", equalTo("PAUSED"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(Map.of("status", "COMPLETED")).post(path)
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE")).post(path)
                .then().statusCode(409);
        given().header("Authorization", ANALYST).queryParam("status", "COMPLETED").queryParam("size", 100).get("/api/campaigns")
                .then().body("items.id", hasItem(id));
    }

    @Test
    void updatesNeedTheCurrentETagAndKeepTheStatus() {
        String id = create(campaign("旧名"));
        Map<String, Object> body = campaign("新名");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body).put("/api/campaigns/" + id)
                .then().statusCode(428);
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .put("/api/campaigns/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("新名")).body("status", equalTo("DRAFT"));
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .put("/api/campaigns/" + id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void rolesAreEnforced() {
        String id = create(campaign("权限"));
        given().header("Authorization", ANALYST).contentType(ContentType.JSON).body(campaign("x")).post("/api/campaigns")
                .then().statusCode(403).contentType("application/problem+json");
        for (String token : List.of(COMPLIANCE, PARTNER_BETA)) {
            given().header("Authorization", token).get("/api/campaigns/" + id).then().statusCode(403);
            given().header("Authorization", token).get("/api/campaigns/fan-club-tiers").then().statusCode(403);
        }
        given().get("/api/campaigns").then().statusCode(401);
        given().header("Authorization", ANALYST).get("/api/campaigns/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theFanClubHasThreeTiersWhoseThresholdsRise() {
        given().header("Authorization", ANALYST).get("/api/campaigns/fan-club-tiers")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.level", equalTo(List.of(1, 2, 3)))
                .body("items[2].benefits", not(org.hamcrest.Matchers.empty()));
        String etag = given().header("Authorization", ANALYST).get("/api/campaigns/fan-club-tiers/2")
                .then().statusCode(200).extract().header("ETag");
        int level3 = given().header("Authorization", ANALYST).get("/api/campaigns/fan-club-tiers/3")
                .then().extract().path("threshold");
        given().header("Authorization", OPERATOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("name", "钻粉", "threshold", level3, "benefits", List.of("徽章")))
                .put("/api/campaigns/fan-club-tiers/2")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("name", "钻粉", "threshold", level3 - 1, "benefits", List.of("徽章", "每月券")))
                .put("/api/campaigns/fan-club-tiers/2")
                .then().statusCode(200).body("threshold", equalTo(level3 - 1)).body("benefits", equalTo(List.of("徽章", "每月券")));
        given().header("Authorization", OPERATOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("name", "钻粉", "threshold", 1000, "benefits", List.of("徽章")))
                .put("/api/campaigns/fan-club-tiers/2")
                .then().statusCode(412);
        given().header("Authorization", ANALYST).get("/api/campaigns/fan-club-tiers/4").then().statusCode(404);
        given().header("Authorization", ANALYST).header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "x", "threshold", 1, "benefits", List.of("y")))
                .put("/api/campaigns/fan-club-tiers/1")
                .then().statusCode(403);
        given().header("Authorization", OPERATOR).header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "", "threshold", -1, "benefits", List.of()))
                .put("/api/campaigns/fan-club-tiers/1")
                .then().statusCode(400)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("threshold"))
                .body("violations.field", hasItem("benefits"));
    }
}
