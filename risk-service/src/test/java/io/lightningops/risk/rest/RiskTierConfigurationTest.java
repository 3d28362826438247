package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import io.lightningops.defaults.testing.KeycloakTokens;

/** The tiers follow the thresholds in configuration, not constants in the code. */
@QuarkusTest
@TestProfile(RiskTierConfigurationTest.StricterTiers.class)
class RiskTierConfigurationTest {

    public static class StricterTiers implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lightning.risk.tiers.important-from", "10", "lightning.risk.tiers.major-from", "100");
        }
    }

    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));

    @Test
    void withMajorFromHundredAFourByFourByFourRiskIsOnlyImportant() {
        String id = given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"category\": \"CONTENT\", \"likelihood\": 4, \"impact\": 4,"
                        + " \"responseDifficulty\": 4, \"owner\": \"o\"}")
                .post("/api/risks")
                .then().statusCode(201)
                .body("score", equalTo(64))
                .body("tier", equalTo("IMPORTANT"))
                .extract().path("id");
        given().header("Authorization", COMPLIANCE).queryParam("tier", "IMPORTANT").queryParam("size", 100)
                .get("/api/risks")
                .then().statusCode(200)
                .body("items.tier", everyItem(equalTo("IMPORTANT")))
                .body("items.id", hasItem(id));
    }

    @Test
    void withImportantFromTenATwoByTwoByThreeRiskIsImportant() {
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"category\": \"CONTENT\", \"likelihood\": 2, \"impact\": 2,"
                        + " \"responseDifficulty\": 3, \"owner\": \"o\"}")
                .post("/api/risks")
                .then().statusCode(201)
                .body("score", equalTo(12))
                .body("tier", equalTo("IMPORTANT"));
    }
}
