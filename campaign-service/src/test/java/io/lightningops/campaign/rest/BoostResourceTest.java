package io.lightningops.campaign.rest;

import static io.lightningops.campaign.rest.Budgets.ANALYST;
import static io.lightningops.campaign.rest.Budgets.OPERATOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BoostResourceTest {

    private static String boost(String campaignId, String spend, String strategy, String slot, String gmv) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("campaignId", campaignId, "videoRef", "v-" + UUID.randomUUID(), "spend", spend,
                        "bidStrategy", strategy, "timeSlot", slot, "gmv", gmv))
                .post("/api/boosts").then().statusCode(201).extract().path("id");
    }

    @Test
    void roiIsGmvOverSpendToFourDecimalsRoundedHalfUp() {
        String campaign = CampaignResourceTest.create(CampaignResourceTest.campaign("ROI"));
        String id = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("campaignId", campaign, "videoRef", "7301", "spend", "300.00", "bidStrategy", "SMART",
                        "timeSlot", "EVENING", "gmv", "1000.00"))
                .post("/api/boosts")
                .then().statusCode(201)
                .body("spend", equalTo("300.00"))
                .body("gmv", equalTo("1000.00"))
                .body("roi", equalTo("3.3333"))
                .extract().path("id");
        // GMV arrives later: replace with If-Match
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("campaignId", campaign, "videoRef", "7301", "spend", "300.00", "bidStrategy", "SMART",
                        "timeSlot", "EVENING", "gmv", "1000.05"))
                .put("/api/boosts/" + id)
                .then().statusCode(200).body("roi", equalTo("3.3335"));
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("campaignId", campaign, "videoRef", "7301", "spend", "300.00", "bidStrategy", "SMART",
                        "timeSlot", "EVENING"))
                .put("/api/boosts/" + id)
                .then().statusCode(412);
        String noGmv = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("campaignId", campaign, "videoRef", "7302", "spend", "50", "bidStrategy", "SMART", "timeSlot", "NOON"))
                .post("/api/boosts").then().statusCode(201).body("gmv", equalTo("0.00")).body("roi", equalTo("0.0000"))
                .extract().path("id");
        given().header("Authorization", ANALYST).get("/api/boosts/" + noGmv).then().statusCode(200).body("spend", equalTo("50.00"));
    }

    @Test
    void theComparisonSumsSpendAndGmvExactlyPerStrategyAndSlot() {
        String campaign = CampaignResourceTest.create(CampaignResourceTest.campaign("对比"));
        boost(campaign, "100.10", "SMART", "EVENING", "300.30");
        boost(campaign, "200.20", "SMART", "NOON", "200.20");
        boost(campaign, "0.10", "LOOKALIKE_CREATORS", "EVENING", "0.20");
        String other = CampaignResourceTest.create(CampaignResourceTest.campaign("另一个"));
        boost(other, "999.00", "SMART", "EVENING", "1.00");

        given().header("Authorization", ANALYST).queryParam("campaignId", campaign).get("/api/boosts/comparison")
                .then().statusCode(200)
                .body("campaignId", equalTo(campaign))
                .body("total.boosts", equalTo(3))
                .body("total.spend", equalTo("300.40"))
                .body("total.gmv", equalTo("500.70"))
                .body("total.roi", equalTo("1.6668"))
                .body("byBidStrategy.find { it.bidStrategy == 'SMART' }.spend", equalTo("300.30"))
                .body("byBidStrategy.find { it.bidStrategy == 'SMART' }.roi", equalTo("1.6667"))
                .body("byBidStrategy.find { it.bidStrategy == 'LOOKALIKE_CREATORS' }.roi", equalTo("2.0000"))
                .body("byTimeSlot.find { it.timeSlot == 'EVENING' }.boosts", equalTo(2))
                .body("byTimeSlot.find { it.timeSlot == 'EVENING' }.spend", equalTo("100.20"))
                .body("byTimeSlot.find { it.timeSlot == 'NOON' }.roi", equalTo("1.0000"))
                .body("byBidStrategyAndTimeSlot.size()", equalTo(3));
        given().header("Authorization", ANALYST).queryParam("campaignId", UUID.randomUUID().toString()).get("/api/boosts/comparison")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ANALYST).queryParam("campaignId", campaign).queryParam("bidStrategy", "SMART").get("/api/boosts")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void invalidBoostsAreValidationProblems() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"campaignId\": \"" + UUID.randomUUID() + "\", \"videoRef\": \"v\", \"spend\": 0.5e-3, "
                        + "\"bidStrategy\": \"CHEAP\", \"timeSlot\": \"EVENING\"}")
                .post("/api/boosts")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("campaignId", UUID.randomUUID().toString(), "videoRef", "v", "spend", "0", "bidStrategy", "SMART",
                        "timeSlot", "EVENING", "gmv", "-1"))
                .post("/api/boosts")
                .then().statusCode(400)
                .body("violations.field", hasItem("spend"))
                .body("violations.field", hasItem("gmv"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("campaignId", UUID.randomUUID().toString(), "videoRef", "v", "spend", "1", "bidStrategy", "SMART",
                        "timeSlot", "EVENING"))
                .post("/api/boosts")
                .then().statusCode(400).body("violations.field", equalTo(List.of("campaignId")));
    }

    @Test
    void analystsReadBoostsButDoNotRecordThem() {
        given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body(Map.of("campaignId", UUID.randomUUID().toString(), "videoRef", "v", "spend", "1", "bidStrategy", "SMART",
                        "timeSlot", "EVENING"))
                .post("/api/boosts").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ANALYST).get("/api/boosts").then().statusCode(200);
        given().get("/api/boosts/comparison").then().statusCode(401);
    }
}
