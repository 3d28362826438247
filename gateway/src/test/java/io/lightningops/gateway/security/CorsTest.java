package io.lightningops.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.lightningops.gateway.testing.FakeServices;

@QuarkusTest
@WithTestResource(FakeServices.class)
class CorsTest {

    @Test
    void answersAPreflightFromAnAllowedOriginWithoutAToken() {
        given()
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key,x-request-id")
                .when().options("/api/accounts/1")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("PUT"))
                .header("Access-Control-Allow-Headers", allOf(
                        containsStringIgnoringCase("Authorization"),
                        containsStringIgnoringCase("Content-Type"),
                        containsStringIgnoringCase("If-Match"),
                        containsStringIgnoringCase("Idempotency-Key"),
                        containsStringIgnoringCase("X-Request-Id")))
                .header("X-Echo-Service", (String) null);
    }

    @Test
    void answersAPreflightFromTheGatewaysOwnOrigin() {
        given()
                .header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/scans")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080");
    }

    @Test
    void refusesAForeignOriginWithA403Problem() {
        given()
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/accounts/1")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", (String) null)
                .body("type", equalTo("https://lightning-ops.dev/problems/forbidden"));
    }
}
