package io.lightningops.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import io.lightningops.defaults.testing.KeycloakTokens;
import io.lightningops.gateway.testing.FakeServices;

@QuarkusTest
@WithTestResource(FakeServices.class)
class ProxyFailuresTest {

    private static final String PROBLEM = "application/problem+json";
    private static String token;

    @BeforeAll
    static void token() {
        token = KeycloakTokens.forUser("operator");
    }

    @Test
    void refusesARequestWithoutTokenWithA401Problem() {
        problem(given().when().get("/api/accounts").then(), 401, "unauthorized")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("X-Echo-Service", (String) null);
    }

    @Test
    void refusesAGarbageTokenWithA401Problem() {
        problem(given().header("Authorization", "Bearer garbage").when().get("/api/accounts").then(), 401, "unauthorized")
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void refusesATokenWithAForgedSignatureWithA401Problem() {
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        problem(given().header("Authorization", "Bearer " + forged).when().get("/api/accounts").then(), 401, "unauthorized");
    }

    @Test
    void refusesAnotherAuthorizationSchemeWithA401Problem() {
        problem(given().header("Authorization", "Basic b3BlcmF0b3I6bGlnaHRuaW5n").when().post("/api/accounts").then(),
                401, "unauthorized");
    }

    @Test
    void answersAnUnknownApiPathWithA404Problem() {
        problem(given().header("Authorization", "Bearer " + token).when().get("/api/nothing-here").then(), 404, "not-found");
        problem(given().when().get("/api/accountsX").then(), 404, "not-found");
        problem(given().header("Authorization", "Bearer " + token).when().get("/api/accountsX/1").then(), 404, "not-found");
        problem(given().when().get("/api").then(), 404, "not-found");
    }

    @Test
    void answersAServiceThatIsDownWithA503ProblemAndRetryAfter() {
        problem(given().header("Authorization", "Bearer " + token).when().post("/api/scans").then(), 503, "service-unavailable")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("risk"));
    }

    @Test
    void answersASlowServiceWithA504ProblemAfterItsTimeout() {
        problem(given().header("Authorization", "Bearer " + token).when().get("/api/campaigns?delayMs=4000").then(),
                504, "gateway-timeout")
                .time(lessThan(3500L), TimeUnit.MILLISECONDS);
    }

    @Test
    void answersAServiceThatDropsTheConnectionWithA502Problem() {
        problem(given().header("Authorization", "Bearer " + token).when().get("/api/topics?close=true").then(),
                502, "bad-gateway");
    }

    @Test
    void keepsServingAfterFailures() {
        given().header("Authorization", "Bearer " + token).when().get("/api/campaigns?delayMs=2000").then().statusCode(504);
        given().header("Authorization", "Bearer " + token).when().get("/api/campaigns?delayMs=10").then().statusCode(200);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(PROBLEM)
                .header("X-Request-Id", notNullValue())
                .body("status", equalTo(status))
                .body("type", equalTo("https://lightning-ops.dev/problems/" + type))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }
}
