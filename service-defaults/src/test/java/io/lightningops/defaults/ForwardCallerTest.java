package io.lightningops.defaults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class ForwardCallerTest {

    @Test
    void aCallToAPeerCarriesTheCallersTokenAndRequestId() {
        given().auth().oauth2(KeycloakTokens.forUser("operator"))
                .header("X-Request-Id", "relay-42")
                .get("/api/relay")
                .then().statusCode(200)
                .body("user", equalTo("operator"))
                .body("requestId", equalTo("relay-42"));
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedBeforeAnyPeerIsCalled() {
        given().auth().oauth2(KeycloakTokens.forUser("analyst"))
                .get("/api/relay")
                .then().statusCode(403);
    }
}
