package io.lightningops.content.rest;

import static io.lightningops.content.rest.Callers.as;
import static io.lightningops.content.rest.Callers.asPartner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ScriptResourceTest {

    static final String DEFAULT_TEMPLATE = "00000000-0000-0000-0000-00000000a001";

    static final String GOOD_SEGMENTS = "[{\"name\": \"HOOK\", \"text\": \"你还在喝速溶咖啡？\", \"start\": 0, \"end\": 3},"
            + "{\"name\": \"CORE_VALUE\", \"text\": \"三步：磨豆、萃取、打奶泡。\", \"start\": 3, \"end\": 15},"
            + "{\"name\": \"EMOTIONAL_PAYOFF\", \"text\": \"给自己一杯温暖。\", \"start\": 15, \"end\": 28.5}]";

    private static String script(String segments) {
        return "{\"title\": \"三步在家做拿铁\", \"segments\": " + segments + "}";
    }

    @Test
    void theDefaultTemplateIsHookCoreValueEmotionalPayoff() {
        as("analyst").get("/api/scripts/templates/" + DEFAULT_TEMPLATE).then().statusCode(200)
                .body("defaultTemplate", equalTo(true))
                .body("segments.name", contains("HOOK", "CORE_VALUE", "EMOTIONAL_PAYOFF"))
                .body("segments.from", contains(0, 3, 15))
                .body("segments.to", contains(3, 15, 30))
                .body("totalSeconds", equalTo(30));
        as("compliance").get("/api/scripts/templates").then().statusCode(200)
                .body("items[0].id", equalTo(DEFAULT_TEMPLATE));
    }

    @Test
    void aScriptThatFitsTheDefaultTemplateIsSavedWithItsTextView() {
        String id = as("operator").body(script(GOOD_SEGMENTS)).post("/api/scripts")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("templateId", equalTo(DEFAULT_TEMPLATE))
                .body("templateName", equalTo("HOOK_VALUE_PAYOFF_30S"))
                .body("text", equalTo("你还在喝速溶咖啡？\n三步：磨豆、萃取、打奶泡。\n给自己一杯温暖。"))
                .body("durationSeconds", equalTo(28.5f))
                .extract().path("id");
        as("analyst").get("/api/scripts/" + id).then().statusCode(200)
                .body("segments.name", contains("HOOK", "CORE_VALUE", "EMOTIONAL_PAYOFF"));
    }

    @Test
    void aScriptThatBreaksTheTemplateGetsEveryViolationAtOnce() {
        // CORE_VALUE runs past its window and overlaps nothing; HOOK comes after it; EMOTIONAL_PAYOFF is missing
        String segments = "[{\"name\": \"CORE_VALUE\", \"text\": \"价值\", \"start\": 3, \"end\": 18},"
                + "{\"name\": \"HOOK\", \"text\": \"钩子\", \"start\": 1, \"end\": 3},"
                + "{\"name\": \"OUTRO\", \"text\": \"结尾\", \"start\": 25, \"end\": 34}]";
        long before = as("analyst").get("/api/scripts").then().extract().jsonPath().getLong("total");
        as("operator").body(script(segments)).post("/api/scripts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The script does not fit template HOOK_VALUE_PAYOFF_30S: 6 problems"))
                .body("violations.field", contains("segments[0].end", "segments[1].name", "segments[1].start",
                        "segments[2].name", "segments", "segments"))
                .body("violations[0].message", equalTo("must be at most 15 s, where the CORE_VALUE window [3, 15) s ends"))
                .body("violations[1].message", startsWith("HOOK comes too late"))
                .body("violations[2].message", equalTo("overlaps the previous segment, which ends at 18 s"))
                .body("violations[3].message", startsWith("is not a segment of template HOOK_VALUE_PAYOFF_30S"))
                .body("violations[4].message", equalTo("misses EMOTIONAL_PAYOFF (15–30 s) of template HOOK_VALUE_PAYOFF_30S"))
                .body("violations[5].message", equalTo("the script runs 34 s; template HOOK_VALUE_PAYOFF_30S allows at most 30 s"));
        as("analyst").get("/api/scripts").then().body("total", equalTo((int) before));
    }

    @Test
    void aSegmentStartingBeforeItsWindowOrEndingBeforeItStartsIsNamed() {
        String segments = "[{\"name\": \"HOOK\", \"text\": \"钩子\", \"start\": 0, \"end\": 3},"
                + "{\"name\": \"CORE_VALUE\", \"text\": \"价值\", \"start\": 3, \"end\": 15},"
                + "{\"name\": \"EMOTIONAL_PAYOFF\", \"text\": \"情绪\", \"start\": 14, \"end\": 12}]";
        as("operator").body(script(segments)).post("/api/scripts").then().statusCode(400)
                .body("violations.field", contains("segments[2].start", "segments[2].end", "segments[2].start"))
                .body("violations[0].message", equalTo("must be at or after 15 s, where the EMOTIONAL_PAYOFF window [15, 30) s begins"))
                .body("violations[1].message", equalTo("must be after its start (14 s)"));
    }

    @Test
    void fieldErrorsOfSegmentsCarryTheirPath() {
        as("operator").body(script("[{\"name\": \"HOOK\", \"text\": \"\", \"start\": -1, \"end\": 3}]"))
                .post("/api/scripts").then().statusCode(400)
                .body("violations.field", contains("segments[0].start", "segments[0].text"));
    }

    @Test
    void aCheckAnswersTheViolationsWithoutSaving() {
        as("operator").body("{\"segments\": " + GOOD_SEGMENTS + "}").post("/api/scripts/checks")
                .then().statusCode(200).body("valid", equalTo(true)).body("violations", hasSize(0));
        as("operator").body("{\"segments\": [{\"name\": \"HOOK\", \"text\": \"钩子\", \"start\": 0, \"end\": 3}]}")
                .post("/api/scripts/checks")
                .then().statusCode(200).body("valid", equalTo(false)).body("violations", hasSize(2));
    }

    @Test
    void updatesAreCheckedAndNeedTheCurrentETag() {
        String id = as("operator").body(script(GOOD_SEGMENTS)).post("/api/scripts").then().statusCode(201).extract().path("id");
        String bad = script("[{\"name\": \"HOOK\", \"text\": \"钩子\", \"start\": 0, \"end\": 5}]");
        as("operator").header("If-Match", "\"0\"").body(bad).put("/api/scripts/" + id).then().statusCode(400);
        as("operator").body(script(GOOD_SEGMENTS.replace("给自己一杯温暖。", "新的结尾。"))).put("/api/scripts/" + id)
                .then().statusCode(428);
        as("operator").header("If-Match", "\"0\"").body(script(GOOD_SEGMENTS.replace("给自己一杯温暖。", "新的结尾。")))
                .put("/api/scripts/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("text", equalTo("你还在喝速溶咖啡？\n三步：磨豆、萃取、打奶泡。\n新的结尾。"));
        as("operator").header("If-Match", "\"0\"").body(script(GOOD_SEGMENTS)).put("/api/scripts/" + id).then().statusCode(412);
    }

    @Test
    void aNewTemplateIsValidatedAndScriptsFollowIt() {
        String name = "HOOK_DEMO_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String template = as("operator").body("{\"name\": \"" + name + "\", \"segments\": [{\"name\": \"HOOK\", \"from\": 0, \"to\": 3},"
                        + "{\"name\": \"DEMO\", \"from\": 3, \"to\": 30}, {\"name\": \"CALL_TO_ACTION\", \"from\": 30, \"to\": 45}]}")
                .post("/api/scripts/templates").then().statusCode(201)
                .body("totalSeconds", equalTo(45)).body("defaultTemplate", equalTo(false))
                .extract().path("id");
        as("operator").body("{\"name\": \"" + name.toLowerCase() + "\", \"segments\": [{\"name\": \"A\", \"from\": 0, \"to\": 3}]}")
                .post("/api/scripts/templates").then().statusCode(409);
        as("operator").body("{\"title\": \"演示\", \"templateId\": \"" + template + "\", \"segments\": ["
                        + "{\"name\": \"HOOK\", \"text\": \"看这里\", \"start\": 0, \"end\": 3},"
                        + "{\"name\": \"DEMO\", \"text\": \"演示\", \"start\": 3, \"end\": 30},"
                        + "{\"name\": \"CALL_TO_ACTION\", \"text\": \"点击购物车\", \"start\": 30, \"end\": 44}]}")
                .post("/api/scripts").then().statusCode(201).body("templateName", equalTo(name));
        as("analyst").queryParam("templateId", template).get("/api/scripts").then().body("total", equalTo(1));
    }

    @Test
    void aTemplateWithGapsOverlapsOrALateStartGetsEveryViolation() {
        as("operator").body("{\"name\": \"BROKEN\", \"segments\": [{\"name\": \"HOOK\", \"from\": 1, \"to\": 3},"
                        + "{\"name\": \"BODY\", \"from\": 4, \"to\": 10}, {\"name\": \"BODY\", \"from\": 10, \"to\": 10},"
                        + "{\"name\": \"bad name\", \"from\": 10, \"to\": 20}]}")
                .post("/api/scripts/templates").then().statusCode(400)
                .body("violations.field", contains("segments[3].name"));
        as("operator").body("{\"name\": \"BROKEN\", \"segments\": [{\"name\": \"HOOK\", \"from\": 1, \"to\": 3},"
                        + "{\"name\": \"BODY\", \"from\": 4, \"to\": 10}, {\"name\": \"BODY\", \"from\": 10, \"to\": 10}]}")
                .post("/api/scripts/templates").then().statusCode(400)
                .body("violations.field", contains("segments[0].from", "segments[1].from", "segments[2].name", "segments[2].to"));
    }

    @Test
    void anUnknownTemplateOrTopicIsAViolationAndAnUnknownScriptNotFound() {
        as("operator").body("{\"title\": \"x\", \"templateId\": \"" + UUID.randomUUID() + "\", \"segments\": " + GOOD_SEGMENTS + "}")
                .post("/api/scripts").then().statusCode(400).body("violations[0].field", equalTo("templateId"));
        as("operator").body("{\"title\": \"x\", \"topicId\": \"" + UUID.randomUUID() + "\", \"segments\": " + GOOD_SEGMENTS + "}")
                .post("/api/scripts").then().statusCode(400).body("violations[0].field", equalTo("topicId"));
        as("analyst").get("/api/scripts/" + UUID.randomUUID()).then().statusCode(404);
        as("analyst").get("/api/scripts/templates/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void rolesHold() {
        as("analyst").body(script(GOOD_SEGMENTS)).post("/api/scripts").then().statusCode(403);
        as("compliance").body("{\"name\": \"X\", \"segments\": [{\"name\": \"A\", \"from\": 0, \"to\": 3}]}")
                .post("/api/scripts/templates").then().statusCode(403);
        asPartner().get("/api/scripts/templates").then().statusCode(403);
        asPartner().get("/api/scripts").then().statusCode(403);
        given().get("/api/scripts").then().statusCode(401);
    }
}
