package io.lightningops.campaign.rest;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import io.lightningops.defaults.testing.KeycloakTokens;

/** Budgets and spend requests made over HTTP, for the tests that need them. */
final class Budgets {

    static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));

    private Budgets() {
    }

    /** A 2026 budget of {@code total} with one MARKETING line planned at {@code planned}; answers the created budget. */
    static ExtractableResponse<Response> withMarketingLine(String total, String planned) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "name", "test budget", "total", total,
                        "lines", List.of(Map.of("name", "营销", "category", "MARKETING", "planned", planned))))
                .post("/api/budgets")
                .then().statusCode(201).extract();
    }

    static String marketingLine(String total, String planned) {
        return withMarketingLine(total, planned).path("lines[0].id");
    }

    static ExtractableResponse<Response> request(String token, String lineId, String amount) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("lineId", lineId, "amount", amount, "purpose", "test spend"))
                .post("/api/spend-requests")
                .then().extract();
    }

    static ExtractableResponse<Response> decide(String token, String requestId, int level, String decision) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("level", level, "decision", decision, "comment", "ok"))
                .post("/api/spend-requests/" + requestId + "/decisions")
                .then().extract();
    }

    /** The committed money of the line, read back from its budget. */
    static String committed(String budgetId) {
        return given().header("Authorization", ANALYST).get("/api/budgets/" + budgetId)
                .then().statusCode(200).extract().path("lines[0].committed");
    }
}
