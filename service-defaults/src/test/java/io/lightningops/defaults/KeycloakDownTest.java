package io.lightningops.defaults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.lightningops.defaults.testing.KeycloakTokens;

/** A bearer token that cannot be verified because Keycloak is unreachable is a 503 problem, not a 500. */
@QuarkusTest
@TestProfile(KeycloakDownTest.UnreachableKeycloak.class)
class KeycloakDownTest {

    public static class UnreachableKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 9 (discard) is closed on these machines: every connection is refused
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/lightning");
        }
    }

    @Test
    void aTokenThatCannotBeVerifiedIsServiceUnavailable() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser("operator")))
                .get("/api/echoes")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("status", equalTo(503));
    }

    @Test
    void noTokenIsStillUnauthorized() {
        given().get("/api/echoes")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
