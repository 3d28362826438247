package io.lightningops.defaults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import io.lightningops.defaults.testing.KeycloakTokens;

/** Every error, including those Quarkus raises itself, is an RFC 9457 problem with no internals in it. */
@QuarkusTest
class ProblemJsonTest {

    private static final String PROBLEM = "application/problem+json";

    private static String operator() {
        return KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"text\": ")
                .post("/api/echoes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://lightning-ops.dev/problems/malformed-json"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("detail", notNullValue());
    }

    @Test
    void aWrongJsonTypeNamesTheField() {
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"text\": \"a\", \"repeat\": \"many\"}")
                .post("/api/echoes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("repeat"));
    }

    @Test
    void beanValidationListsEveryViolation() {
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"text\": \"\", \"repeat\": 99}")
                .post("/api/echoes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://lightning-ops.dev/problems/validation"))
                .body("violations.field", hasItems("text", "repeat"));
    }

    @Test
    void aMissingBodyIsAValidationProblem() {
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .post("/api/echoes")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        given().get("/no/such/route")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("instance", equalTo("/no/such/route"));
        given().header("Authorization", operator()).get("/api/echoes/not-a-uuid/deeper")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblem() {
        given().header("Authorization", operator()).delete("/api/echoes")
                .then().statusCode(405).contentType(PROBLEM)
                .body("status", equalTo(405));
    }

    @Test
    void aWrongMediaTypeIsAnUnsupportedMediaTypeProblem() {
        given().header("Authorization", operator()).contentType(ContentType.XML).body("<text>a</text>")
                .post("/api/echoes")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void anUnacceptableMediaTypeIsANotAcceptableProblem() {
        given().header("Authorization", operator()).accept(ContentType.XML)
                .get("/api/echoes")
                .then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void aBodyOverTheLimitIsAPayloadTooLargeProblem() {
        String big = "{\"text\": \"" + "x".repeat(100_000) + "\"}";
        given().header("Authorization", operator()).contentType(ContentType.JSON).body(big)
                .post("/api/echoes")
                .then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void noTokenIsAnUnauthorizedProblemWithABearerChallenge() {
        given().get("/api/echoes")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void aForgedTokenIsAnUnauthorizedProblem() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/api/echoes")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aMissingRoleIsAForbiddenProblem() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser("compliance")))
                .get("/api/echoes")
                .then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403));
    }

    @Test
    void anUnexpectedFailureRevealsNoInternals() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser("admin")))
                .get("/api/echoes/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .body("detail", not(containsString("Secret")))
                .body(not(containsString("Exception")))
                .body("requestId", notNullValue());
    }
}
