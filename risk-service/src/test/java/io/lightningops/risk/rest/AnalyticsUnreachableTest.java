package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.lightningops.defaults.testing.KeycloakTokens;

/** With analytics-service unreachable, the anomaly check answers a 503 problem, also once the circuit opens. */
@QuarkusTest
@TestProfile(AnalyticsUnreachableTest.NoAnalytics.class)
class AnalyticsUnreachableTest {

    public static class NoAnalytics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 9 (discard) is closed on these machines: every connection is refused
            return Map.of("quarkus.rest-client.analytics.url", "http://127.0.0.1:9",
                    "io.lightningops.risk.client.AnalyticsClient/metrics/Retry/delay", "10");
        }
    }

    @Test
    void anUnreachableAnalyticsIsAServiceUnavailableProblem() {
        for (int i = 0; i < 6; i++) {
            given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser("compliance")))
                    .queryParam("accountId", "acct-1")
                    .get("/api/risks/anomalies")
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("status", equalTo(503))
                    .body("detail", equalTo("analytics-service, which holds the metric series, is unavailable; retry later"));
        }
    }
}
