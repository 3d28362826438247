package io.lightningops.content.rest;

import static io.lightningops.content.rest.Callers.as;
import static io.lightningops.content.rest.Callers.asPartner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UgcResourceTest {

    static String submission(String handle) {
        return as("operator").body("{\"handle\": \"" + handle + "\", \"link\": \"https://www.douyin.com/video/"
                        + Math.abs(UUID.randomUUID().getMostSignificantBits()) + "\", \"notes\": \"画面干净\"}")
                .post("/api/ugc/submissions").then().statusCode(201).extract().path("id");
    }

    @Test
    void anOperatorRecordsASubmissionThatIsNotPickedYet() {
        String id = submission("@咖啡小白");
        as("analyst").get("/api/ugc/submissions/" + id).then().statusCode(200)
                .body("handle", equalTo("@咖啡小白"))
                .body("pickedWeek", nullValue());
    }

    @Test
    void aHandleWithoutAtOrALinkThatIsNotHttpsIsAViolation() {
        as("operator").body("{\"handle\": \"咖啡小白\", \"link\": \"https://www.douyin.com/video/1\"}")
                .post("/api/ugc/submissions").then().statusCode(400).body("violations[0].field", equalTo("handle"));
        as("operator").body("{\"handle\": \"@a\", \"link\": \"http://www.douyin.com/video/1\"}")
                .post("/api/ugc/submissions").then().statusCode(400).body("violations[0].field", equalTo("link"));
        as("operator").body("{\"handle\": \"@a\", \"link\": \"https:///no-host\"}")
                .post("/api/ugc/submissions").then().statusCode(400).body("violations[0].field", equalTo("link"));
    }

    @Test
    void aWeeksPicksAreListedInOrderAndEachSubmissionIsPickedOnce() {
        String first = submission("@one");
        String second = submission("@two");
        as("operator").body("{\"week\": \"2026-W47\", \"submissionIds\": [\"" + first + "\", \"" + second + "\"], \"note\": \"冬日\"}")
                .post("/api/ugc/picks").then().statusCode(201)
                .header("Location", endsWith("/api/ugc/picks/2026-W47"))
                .body("weekStart", equalTo("2026-11-16"))
                .body("weekEnd", equalTo("2026-11-22"))
                .body("picks.submissionId", contains(first, second))
                .body("picks[0].pickedBy", equalTo("operator"));
        as("analyst").get("/api/ugc/picks/2026-W47").then().statusCode(200)
                .body("picks.handle", contains("@one", "@two"));
        as("analyst").get("/api/ugc/submissions/" + first).then().body("pickedWeek", equalTo("2026-W47"));
        as("operator").body("{\"week\": \"2026-W49\", \"submissionIds\": [\"" + second + "\"]}")
                .post("/api/ugc/picks").then().statusCode(409).contentType("application/problem+json");
        as("analyst").get("/api/ugc/picks/2026-W49").then().statusCode(200).body("picks.size()", equalTo(0));
    }

    @Test
    void theHistoryListsPicksBetweenTwoWeeks() {
        String early = submission("@early");
        String late = submission("@late");
        as("operator").body("{\"week\": \"2025-W02\", \"submissionIds\": [\"" + early + "\"]}").post("/api/ugc/picks").then().statusCode(201);
        as("operator").body("{\"week\": \"2025-W10\", \"submissionIds\": [\"" + late + "\"]}").post("/api/ugc/picks").then().statusCode(201);
        as("compliance").queryParam("from", "2025-W01").queryParam("to", "2025-W05").get("/api/ugc/picks").then().statusCode(200)
                .body("items.submissionId", contains(early));
        as("compliance").queryParam("from", "2025-W01").queryParam("to", "2025-W10").get("/api/ugc/picks").then()
                .body("items.submissionId", contains(early, late));
        as("compliance").queryParam("from", "2025-W10").queryParam("to", "2025-W01").get("/api/ugc/picks").then().statusCode(400);
        as("operator").queryParam("picked", false).queryParam("handle", "@early").get("/api/ugc/submissions").then()
                .body("items.id", not(hasItem(early)));
        as("operator").queryParam("picked", true).queryParam("handle", "@early").get("/api/ugc/submissions").then()
                .body("items.id", hasItem(early));
    }

    @Test
    void aBadWeekAnUnknownOrRepeatedSubmissionIsAViolationAndNothingIsPicked() {
        String id = submission("@bad");
        as("operator").body("{\"week\": \"2026-W54\", \"submissionIds\": [\"" + id + "\"]}").post("/api/ugc/picks")
                .then().statusCode(400).body("violations[0].field", equalTo("week"))
                .body("violations[0].message", equalTo("2026 has ISO weeks 1 to 53"));
        as("operator").body("{\"week\": \"2026-48\", \"submissionIds\": [\"" + id + "\"]}").post("/api/ugc/picks")
                .then().statusCode(400).body("violations[0].field", equalTo("week"));
        as("operator").body("{\"week\": \"2026-W40\", \"submissionIds\": [\"" + id + "\", \"" + UUID.randomUUID() + "\"]}")
                .post("/api/ugc/picks").then().statusCode(400).body("violations[0].field", equalTo("submissionIds[1]"));
        as("operator").body("{\"week\": \"2026-W40\", \"submissionIds\": [\"" + id + "\", \"" + id + "\"]}")
                .post("/api/ugc/picks").then().statusCode(400).body("violations[0].field", equalTo("submissionIds[1]"));
        as("analyst").get("/api/ugc/submissions/" + id).then().body("pickedWeek", nullValue());
    }

    @Test
    void rolesHold() {
        as("analyst").body("{\"handle\": \"@a\", \"link\": \"https://www.douyin.com/video/1\"}")
                .post("/api/ugc/submissions").then().statusCode(403);
        as("compliance").body("{\"week\": \"2026-W40\", \"submissionIds\": [\"" + UUID.randomUUID() + "\"]}")
                .post("/api/ugc/picks").then().statusCode(403);
        asPartner().get("/api/ugc/picks").then().statusCode(403);
        given().get("/api/ugc/submissions").then().statusCode(401);
        as("analyst").get("/api/ugc/submissions/" + UUID.randomUUID()).then().statusCode(404);
    }
}
