package io.lightningops.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Keycloak cannot be reached: a token cannot be verified, which is the gateway's 503, never a 500. */
@QuarkusTest
@TestProfile(KeycloakDownTest.KeycloakDown.class)
class KeycloakDownTest {

    public static class KeycloakDown implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://localhost:" + closedPort() + "/realms/lightning",
                    "quarkus.oidc.connection-timeout", "1s");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void answersATokenThatCannotBeVerifiedWithA503Problem() {
        given().header("Authorization", "Bearer " + unverifiableJwt())
                .when().get("/api/accounts")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://lightning-ops.dev/problems/service-unavailable"));
    }

    @Test
    void stillAnswersAMissingTokenWith401() {
        given().when().get("/api/accounts")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void staysLiveAndReady() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    /** Well-formed, but signed by nobody: only the realm's keys could tell, and they are out of reach. */
    private static String unverifiableJwt() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"sub\":\"someone\",\"iss\":\"http://localhost:8180/realms/lightning\","
                + "\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + base64.encodeToString(new byte[64]);
    }
}
