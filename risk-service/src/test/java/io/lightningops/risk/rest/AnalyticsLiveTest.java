package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.lightningops.defaults.testing.KeycloakTokens;

/**
 * Opt-in check against a running analytics-service (skipped unless {@code -Danalytics.live.url=http://localhost:8082}):
 * the real metric API accepts the token risk-service passes on and its page shape is read. analytics-service
 * requires a token, so a 200 proves the caller's token travelled with the request.
 */
@QuarkusTest
@TestProfile(AnalyticsLiveTest.LiveAnalytics.class)
@EnabledIfSystemProperty(named = "analytics.live.url", matches = ".+")
class AnalyticsLiveTest {

    public static class LiveAnalytics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.analytics.url", System.getProperty("analytics.live.url", "http://127.0.0.1:9"));
        }
    }

    @Test
    void theRealMetricApiAnswersWithTheCallersToken() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser("analyst")))
                .queryParam("accountId", "acct-live-check")
                .get("/api/risks/anomalies")
                .then().statusCode(200)
                .body("accountId", equalTo("acct-live-check"))
                .body("snapshotsExamined", greaterThanOrEqualTo(0));
    }
}
