package io.lightningops.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/** The errors a client meets through the gateway are all problem+json, whoever raised them. */
class ProblemsThroughGatewayTest {

    @Test
    void anUnknownResourceIsANotFoundProblem() {
        Suite.as("analyst").get("/api/accounts/" + UUID.randomUUID())
                .then().statusCode(404).contentType(Suite.PROBLEM)
                .body("status", equalTo(404))
                .body("detail", notNullValue());
        Suite.as("compliance").get("/api/risks/" + UUID.randomUUID())
                .then().statusCode(404).contentType(Suite.PROBLEM);
    }

    @Test
    void anUnknownApiPrefixIsANotFoundProblemFromTheGateway() {
        Suite.as("admin").get("/api/nothing-here")
                .then().statusCode(404).contentType(Suite.PROBLEM);
        Suite.anonymous().get("/no/such/page")
                .then().statusCode(404).contentType(Suite.PROBLEM);
    }

    @Test
    void invalidInputIsAValidationProblemNamingTheFields() {
        Suite.as("operator").contentType(ContentType.JSON)
                .body("{\"name\": \"\", \"douyinId\": \"ok_id\", \"tier\": \"MAIN\"}")
                .post("/api/accounts")
                .then().statusCode(400).contentType(Suite.PROBLEM)
                .body("violations.field", hasItem("name"));
        Suite.as("operator").queryParam("size", 101).get("/api/videos")
                .then().statusCode(400).contentType(Suite.PROBLEM)
                .body("violations.field", hasItem("size"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        Suite.as("operator").contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/accounts")
                .then().statusCode(400).contentType(Suite.PROBLEM);
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblem() {
        Suite.as("operator").delete("/api/accounts")
                .then().statusCode(405).contentType(Suite.PROBLEM);
    }

    @Test
    void theRequestIdTravelsThroughTheGatewayAndBack() {
        Suite.as("analyst").header("X-Request-Id", "e2e-trace-42").get("/api/accounts/" + UUID.randomUUID())
                .then().statusCode(404)
                .header("X-Request-Id", "e2e-trace-42")
                .body("requestId", equalTo("e2e-trace-42"));
    }
}
