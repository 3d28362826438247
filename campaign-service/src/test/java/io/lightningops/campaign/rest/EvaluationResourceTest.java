package io.lightningops.campaign.rest;

import static io.lightningops.campaign.testing.Fixtures.PROBLEM;
import static io.lightningops.campaign.testing.Fixtures.as;
import static io.lightningops.campaign.testing.Fixtures.creator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EvaluationResourceTest {

    /** audience 62.5%, engagement 5%/8%, conversion 3%/5%, fit 4/5, CPM 30 (= target), reliability 9/10. */
    static Map<String, Object> inputs() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("audienceOverlapPercent", 62.5);
        inputs.put("avgPlays", 120000);
        inputs.put("avgInteractions", 6000);
        inputs.put("clicks", 4000);
        inputs.put("orders", 120);
        inputs.put("contentFitRating", 4);
        inputs.put("quotedPrice", "3600.00");
        inputs.put("onTimeDeliveries", 9);
        inputs.put("totalDeliveries", 10);
        return inputs;
    }

    static String evaluate(String partnerId, Map<String, Object> inputs, Map<String, Object> weights, String campaignId) {
        Map<String, Object> body = new HashMap<>();
        body.put("inputs", inputs);
        if (weights != null) {
            body.put("weights", weights);
        }
        if (campaignId != null) {
            body.put("campaignId", campaignId);
        }
        return as("operator").body(body).post("/api/partners/" + partnerId + "/evaluations")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anEvaluationForACampaignThatDoesNotExistIsA400() {
        as("operator").body(Map.of("inputs", inputs(), "campaignId", UUID.randomUUID().toString()))
                .post("/api/partners/" + creator("无活动达人") + "/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("campaignId"));
    }

    @Test
    void eachMetricIsNormalizedAndWeightedIntoAScoreWithItsBreakdown() {
        String partner = creator("评分达人");
        as("operator").body(Map.of("inputs", inputs())).post("/api/partners/" + partner + "/evaluations")
                .then().statusCode(201)
                .header("Location", containsString("/api/partners/" + partner + "/evaluations/"))
                .body("breakdown.metric", equalTo(List.of("AUDIENCE_OVERLAP", "ENGAGEMENT_RATE", "CONVERSION_ABILITY",
                        "CONTENT_FIT", "COST_EFFICIENCY", "RELIABILITY")))
                .body("breakdown.normalized", equalTo(List.of(0.625f, 0.625f, 0.6f, 0.75f, 1.0f, 0.9f)))
                .body("weights.audienceOverlap", equalTo(0.25f))
                // 100 x (.25x.625 + .2x.625 + .2x.6 + .15x.75 + .1x1 + .1x.9) / 1.0 = 70.375
                .body("score", equalTo(70.38f))
                .body("breakdown[0].points", equalTo(15.63f))
                .body("evaluatedBy", equalTo("operator"))
                .body("inputs.quotedPrice", equalTo(3600.00f));
    }

    @Test
    void requestWeightsOverrideTheDefaultsOneByOne() {
        String partner = creator("权重达人");
        String id = evaluate(partner, inputs(), Map.of("audienceOverlap", 0.30, "costEfficiency", 0.05), null);
        as("analyst").get("/api/partners/" + partner + "/evaluations/" + id).then().statusCode(200)
                .body("weights.audienceOverlap", equalTo(0.3f))
                .body("weights.engagementRate", equalTo(0.2f))
                .body("weights.costEfficiency", equalTo(0.05f))
                .body("score", equalTo(68.5f));
    }

    @Test
    void inputsBeyondTheTargetsAreCappedAtOne() {
        Map<String, Object> inputs = inputs();
        inputs.put("avgInteractions", 60000);
        inputs.put("quotedPrice", "0");
        inputs.put("clicks", 0);
        String partner = creator("封顶达人");
        evaluate(partner, inputs, null, null);
        as("analyst").get("/api/partners/" + partner + "/evaluations").then()
                .body("items[0].breakdown[1].normalized", equalTo(1.0f))
                .body("items[0].breakdown[2].normalized", equalTo(0.0f))
                .body("items[0].breakdown[4].normalized", equalTo(1.0f));
    }

    @Test
    void theHistoryKeepsEveryEvaluationNewestFirst() {
        String partner = creator("历史达人");
        String campaign = CampaignResourceTest.create(CampaignResourceTest.campaign("评估活动"));
        String first = evaluate(partner, inputs(), null, null);
        String second = evaluate(partner, inputs(), Map.of("reliability", 0), campaign);
        as("analyst").get("/api/partners/" + partner + "/evaluations").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(second, first)));
        as("analyst").queryParam("campaignId", campaign).get("/api/partners/" + partner + "/evaluations")
                .then().body("items.id", equalTo(List.of(second)));
    }

    @Test
    void invalidInputsAndWeightsAreRefusedAndNothingIsStored() {
        String partner = creator("校验达人");
        Map<String, Object> inputs = inputs();
        inputs.put("contentFitRating", 6);
        inputs.put("avgPlays", 0);
        inputs.remove("clicks");
        as("operator").body(Map.of("inputs", inputs, "weights", Map.of("reliability", -1)))
                .post("/api/partners/" + partner + "/evaluations").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("inputs.contentFitRating"))
                .body("violations.field", hasItem("inputs.avgPlays"))
                .body("violations.field", hasItem("inputs.clicks"))
                .body("violations.field", hasItem("weights.reliability"));
        Map<String, Object> zero = Map.of("audienceOverlap", 0, "engagementRate", 0, "conversionAbility", 0,
                "contentFit", 0, "costEfficiency", 0, "reliability", 0);
        as("operator").body(Map.of("inputs", inputs(), "weights", zero)).post("/api/partners/" + partner + "/evaluations")
                .then().statusCode(400).body("violations[0].field", equalTo("weights"));
        Map<String, Object> late = inputs();
        late.put("onTimeDeliveries", 11);
        as("operator").body(Map.of("inputs", late)).post("/api/partners/" + partner + "/evaluations")
                .then().statusCode(400).body("violations[0].field", equalTo("inputs.onTimeDeliveries"));
        as("analyst").get("/api/partners/" + partner + "/evaluations").then().body("total", equalTo(0));
        as("operator").body(Map.of("inputs", inputs())).post("/api/partners/" + UUID.randomUUID() + "/evaluations")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theRankingFollowsTheWeightsItIsGiven() {
        String category = "rank-" + UUID.randomUUID().toString().substring(0, 8);
        String reach = as("operator").body(Map.of("name", "高重合", "type", "CREATOR", "category", category))
                .post("/api/partners").then().statusCode(201).extract().path("id");
        String seller = as("operator").body(Map.of("name", "高转化", "type", "CREATOR", "category", category))
                .post("/api/partners").then().statusCode(201).extract().path("id");
        Map<String, Object> reachInputs = inputs();
        reachInputs.put("audienceOverlapPercent", 95);
        reachInputs.put("orders", 0);
        Map<String, Object> sellerInputs = inputs();
        sellerInputs.put("audienceOverlapPercent", 10);
        sellerInputs.put("orders", 400);
        evaluate(reach, reachInputs, null, null);
        evaluate(seller, sellerInputs, null, null);

        as("analyst").body(Map.of("category", category, "weights", Map.of("audienceOverlap", 10)))
                .post("/api/partners/rankings").then().statusCode(200)
                .body("total", equalTo(2))
                .body("weights.audienceOverlap", equalTo(10))
                .body("items.partnerId", equalTo(List.of(reach, seller)))
                .body("items.rank", equalTo(List.of(1, 2)));
        as("operator").body(Map.of("category", category, "weights", Map.of("conversionAbility", 10)))
                .post("/api/partners/rankings").then().statusCode(200)
                .body("items.partnerId", equalTo(List.of(seller, reach)))
                .body("items[0].name", equalTo("高转化"));
        as("analyst").queryParam("size", 1).queryParam("page", 1)
                .body(Map.of("category", category, "weights", Map.of("conversionAbility", 10)))
                .post("/api/partners/rankings").then().statusCode(200)
                .body("items.partnerId", equalTo(List.of(reach))).body("items[0].rank", equalTo(2)).body("total", equalTo(2));
    }

    @Test
    void aCampaignsRankingPrefersItsOwnEvaluationsAndIgnoresOtherCampaigns() {
        String category = "camp-" + UUID.randomUUID().toString().substring(0, 8);
        String a = as("operator").body(Map.of("name", "A", "type", "CREATOR", "category", category))
                .post("/api/partners").then().statusCode(201).extract().path("id");
        String b = as("operator").body(Map.of("name", "B", "type", "CREATOR", "category", category))
                .post("/api/partners").then().statusCode(201).extract().path("id");
        String campaign = CampaignResourceTest.create(CampaignResourceTest.campaign("评估活动"));
        Map<String, Object> low = inputs();
        low.put("audienceOverlapPercent", 1);
        evaluate(a, inputs(), null, null);
        String forCampaign = evaluate(a, low, null, campaign);
        evaluate(b, inputs(), null, CampaignResourceTest.create(CampaignResourceTest.campaign("另一活动")));
        as("analyst").body(Map.of("category", category, "campaignId", campaign)).post("/api/partners/rankings")
                .then().statusCode(200)
                .body("campaignId", equalTo(campaign))
                .body("items.partnerId", equalTo(List.of(a)))
                .body("items[0].evaluationId", equalTo(forCampaign));
    }

    @Test
    void evaluationsAreForTheBrandsStaffOnly() {
        String partner = creator("角色达人");
        as("analyst").body(Map.of("inputs", inputs())).post("/api/partners/" + partner + "/evaluations").then().statusCode(403);
        as("compliance").get("/api/partners/" + partner + "/evaluations").then().statusCode(403).contentType(PROBLEM);
        as("compliance").body(Map.of()).post("/api/partners/rankings").then().statusCode(403);
    }
}
