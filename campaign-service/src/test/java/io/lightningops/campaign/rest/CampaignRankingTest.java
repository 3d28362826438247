package io.lightningops.campaign.rest;

import static io.lightningops.campaign.testing.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CampaignRankingTest {

    private static String partner(String name, String category) {
        return as("operator").body(Map.of("name", name, "type", "CREATOR", "category", category))
                .post("/api/partners").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> weightsOn(String metric) {
        Map<String, Object> w = new HashMap<>(Map.of("audienceOverlap", 1, "engagementRate", 1,
                "conversionAbility", 1, "contentFit", 1, "costEfficiency", 1, "reliability", 1));
        w.put(metric, 100);
        return w;
    }

    @Test
    void aCampaignRanksPartnersWithItsOwnWeights() {
        String category = "rank-" + UUID.randomUUID().toString().substring(0, 8);
        String reach = partner("高重合达人", category);
        String engaging = partner("高互动达人", category);
        Map<String, Object> reachInputs = EvaluationResourceTest.inputs();
        reachInputs.put("audienceOverlapPercent", 95);
        reachInputs.put("avgInteractions", 100);
        Map<String, Object> engagingInputs = EvaluationResourceTest.inputs();
        engagingInputs.put("audienceOverlapPercent", 5);
        engagingInputs.put("avgInteractions", 12000);
        EvaluationResourceTest.evaluate(reach, reachInputs, null, null);
        EvaluationResourceTest.evaluate(engaging, engagingInputs, null, null);

        Map<String, Object> forReach = CampaignResourceTest.campaign("拉新");
        forReach.put("evaluationWeights", weightsOn("audienceOverlap"));
        Map<String, Object> forEngagement = CampaignResourceTest.campaign("种草");
        forEngagement.put("evaluationWeights", weightsOn("engagementRate"));
        String reachCampaign = CampaignResourceTest.create(forReach);
        String engagementCampaign = CampaignResourceTest.create(forEngagement);

        as("analyst").queryParam("category", category).get("/api/campaigns/" + reachCampaign + "/rankings")
                .then().statusCode(200)
                .body("items.partnerId", equalTo(List.of(reach, engaging)))
                .body("weights.audienceOverlap", equalTo(100));
        as("operator").queryParam("category", category).get("/api/campaigns/" + engagementCampaign + "/rankings")
                .then().statusCode(200)
                .body("items.partnerId", equalTo(List.of(engaging, reach)));
    }

    @Test
    void rankingsOfAnUnknownCampaignAre404AndRefusedToCompliance() {
        as("operator").get("/api/campaigns/" + UUID.randomUUID() + "/rankings").then().statusCode(404);
        as("compliance").get("/api/campaigns/" + UUID.randomUUID() + "/rankings").then().statusCode(403);
    }
}
