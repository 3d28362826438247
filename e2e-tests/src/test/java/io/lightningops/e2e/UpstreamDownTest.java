package io.lightningops.e2e;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** When a service is down, the gateway says so with a 503 problem, and recovers when it is back. */
class UpstreamDownTest {

    @Test
    void aStoppedServiceIsAServiceUnavailableProblemUntilItIsBack() {
        Suite.as("compliance").get("/api/risks").then().statusCode(200);
        Suite.launcher("stop", "risk-service");
        try {
            Suite.as("compliance").get("/api/risks")
                    .then().statusCode(503)
                    .contentType(Suite.PROBLEM)
                    .body("status", equalTo(503));
            // the other services are unaffected
            Suite.as("analyst").get("/api/accounts").then().statusCode(200);
        } finally {
            Suite.launcher("start", "risk-service");
        }
        Suite.as("compliance").get("/api/risks").then().statusCode(200);
    }
}
