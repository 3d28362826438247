package io.lightningops.content.rest;

import static io.lightningops.content.testing.Fixtures.ANALYST;
import static io.lightningops.content.testing.Fixtures.CLEAN_SCRIPT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.lightningops.content.testing.Fixtures;

/** With risk-service down, submit answers 503 (also once the circuit opens) and never approves unscanned text. */
@QuarkusTest
@TestProfile(RiskUnreachableTest.NoRisk.class)
class RiskUnreachableTest {

    public static class NoRisk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 9 (discard) is closed on these machines: every connection is refused
            return Map.of("quarkus.rest-client.risk.url", "http://127.0.0.1:9",
                    "Retry/delay", "10",
                    "lightning.videos.review-poll.every", "off");
        }
    }

    @Test
    void anUnreachableRiskServiceIsAServiceUnavailableProblemAndTheVideoStaysADraft() {
        String video = Fixtures.video(Fixtures.account(), "标题", CLEAN_SCRIPT, "VALUE");
        for (int i = 0; i < 10; i++) {
            Fixtures.submit(video).response().then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("status", equalTo(503))
                    .body("detail", equalTo("risk-service, which must scan the title and script, is unavailable; the "
                            + "video was not changed, submit it again later"));
        }
        given().header("Authorization", ANALYST).get("/api/videos/" + video)
                .then().statusCode(200).body("status", equalTo("DRAFT")).header("ETag", "\"0\"");
    }
}
