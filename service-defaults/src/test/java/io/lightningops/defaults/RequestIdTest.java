package io.lightningops.defaults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RequestIdTest {

    @Test
    void aCallersRequestIdIsReturnedAndQuotedInProblems() {
        given().header("X-Request-Id", "trace-123.abc")
                .get("/api/echoes")
                .then().statusCode(401)
                .header("X-Request-Id", "trace-123.abc")
                .body("requestId", equalTo("trace-123.abc"));
    }

    @Test
    void aRequestWithoutIdGetsOne() {
        given().get("/q/health/live")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f\\-]{36}"));
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        given().header("X-Request-Id", "bad id\twith spaces")
                .get("/no/route")
                .then().statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f\\-]{36}"));
    }
}
