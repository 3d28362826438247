package io.lightningops.e2e;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/** The content catalogue (matrix, topics, scripts, assets, UGC picks) through the gateway, with real tokens. */
class CatalogThroughGatewayTest {

    private static final List<String> READS = List.of("/api/topics", "/api/scripts", "/api/scripts/templates",
            "/api/assets", "/api/assets/refresh-proposals", "/api/ugc/submissions", "/api/ugc/picks");

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void analystsAndComplianceReadTheCatalogueAndPartnersAreRefusedEverywhere() {
        String main = Suite.as("operator").contentType(ContentType.JSON)
                .body("{\"name\": \"主号\", \"douyinId\": \"" + unique("main") + "\", \"tier\": \"MAIN\", \"tags\": [\"手冲咖啡\"],"
                        + " \"persona\": {\"description\": \"懂咖啡的邻家咖啡师\", \"targetAudience\": \"白领\", \"tone\": \"亲切\"}}")
                .post("/api/accounts").then().statusCode(201).extract().path("id");
        for (String path : READS) {
            Suite.as("analyst").get(path).then().statusCode(200).body("page", equalTo(0));
            Suite.as("compliance").get(path).then().statusCode(200);
            Suite.asAgency("alpha").get(path).then().statusCode(403).contentType(Suite.PROBLEM);
        }
        Suite.as("analyst").get("/api/accounts/" + main + "/matrix").then().statusCode(200)
                .body("main.tags", contains("手冲咖啡"));
        Suite.asAgency("beta").get("/api/accounts/" + main + "/matrix").then().statusCode(403);
        Suite.anonymous().get("/api/topics").then().statusCode(401).contentType(Suite.PROBLEM);
    }

    @Test
    void anOperatorWritesTheCatalogueAndAnalystsMayNot() {
        String topic = "{\"title\": \"" + unique("冬日拿铁") + "\", \"source\": \"TREND\", \"score\": 80, \"month\": \"2026-12\"}";
        Suite.as("analyst").contentType(ContentType.JSON).body(topic).post("/api/topics").then().statusCode(403);
        Suite.as("compliance").contentType(ContentType.JSON).body(topic).post("/api/topics").then().statusCode(403);
        String topicId = Suite.as("operator").contentType(ContentType.JSON).body(topic).post("/api/topics")
                .then().statusCode(201).header("Location", startsWith(Suite.gatewayUrl() + "/api/topics/"))
                .body("status", equalTo("IDEA")).extract().path("id");
        Suite.as("operator").contentType(ContentType.JSON).body("{\"status\": \"PLANNED\"}")
                .post("/api/topics/" + topicId + "/transitions").then().statusCode(200).body("status", equalTo("PLANNED"));

        String asset = "{\"title\": \"注水特写\", \"category\": \"PRODUCT_DISPLAY\", \"url\": \"https://assets.example.com/"
                + UUID.randomUUID() + ".mp4\"}";
        Suite.as("analyst").contentType(ContentType.JSON).body(asset).post("/api/assets").then().statusCode(403);
        String assetId = Suite.as("operator").contentType(ContentType.JSON).body(asset).post("/api/assets")
                .then().statusCode(201).extract().path("id");
        Suite.as("operator").post("/api/assets/" + assetId + "/uses").then().statusCode(200).body("usageCount", equalTo(1));

        String submission = "{\"handle\": \"@咖啡小白\", \"link\": \"https://www.douyin.com/video/7301234567890123456\"}";
        Suite.as("compliance").contentType(ContentType.JSON).body(submission).post("/api/ugc/submissions").then().statusCode(403);
        String submissionId = Suite.as("operator").contentType(ContentType.JSON).body(submission).post("/api/ugc/submissions")
                .then().statusCode(201).extract().path("id");
        // a week of its own, so that reruns against the same database never fill one week's picks
        String week = String.format("%d-W%02d", 2100 + ThreadLocalRandom.current().nextInt(800),
                1 + ThreadLocalRandom.current().nextInt(52));
        Suite.as("operator").contentType(ContentType.JSON)
                .body("{\"week\": \"" + week + "\", \"submissionIds\": [\"" + submissionId + "\"]}")
                .post("/api/ugc/picks").then().statusCode(201);
        Suite.as("analyst").get("/api/ugc/picks/" + week).then().statusCode(200)
                .body("picks.submissionId", hasItem(submissionId));
        Suite.asAgency("alpha").contentType(ContentType.JSON).body(submission).post("/api/ugc/submissions").then().statusCode(403);
    }

    @Test
    void aTopicImportKeepsTheGoodRowsAndExplainsTheBadOne() {
        String good = unique("一周咖啡不重样");
        Suite.as("operator").contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .queryParam("month", "2026-12")
                .body("[{\"title\": \"" + good + "\", \"source\": \"IDEA\", \"score\": 70},"
                        + "{\"title\": \"\", \"source\": \"TREND\", \"score\": 60},"
                        + "{\"title\": \"" + unique("圣诞礼盒") + "\", \"source\": \"COMPETITOR\", \"score\": 75}]")
                .post("/api/topics/import")
                .then().statusCode(200)
                .body("accepted", equalTo(2))
                .body("rejected.index", contains(1))
                .body("rejected[0].reason", equalTo("title: must not be blank"));
        Suite.as("analyst").queryParam("q", good).get("/api/topics").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("IDEA")).body("items[0].month", equalTo("2026-12"));
    }

    @Test
    void aScriptThatBreaksTheDefaultTemplateGetsItsViolationsAndAFittingOneIsSaved() {
        String hook = "{\"name\": \"HOOK\", \"text\": \"你还在喝速溶咖啡？\", \"start\": 0, \"end\": 3}";
        String core = "{\"name\": \"CORE_VALUE\", \"text\": \"三步在家做拿铁。\", \"start\": 3, \"end\": 20}";
        Suite.as("operator").contentType(ContentType.JSON)
                .body("{\"title\": \"拿铁\", \"segments\": [" + hook + ", " + core + "]}")
                .post("/api/scripts")
                .then().statusCode(400).contentType(Suite.PROBLEM)
                .body("violations.field", contains("segments[1].end", "segments"))
                .body("violations[0].message", equalTo("must be at most 15 s, where the CORE_VALUE window [3, 15) s ends"))
                .body("violations[1].message", startsWith("misses EMOTIONAL_PAYOFF"));
        Suite.as("operator").contentType(ContentType.JSON)
                .body("{\"title\": \"拿铁\", \"segments\": [" + hook + ", " + core.replace("20", "15")
                        + ", {\"name\": \"EMOTIONAL_PAYOFF\", \"text\": \"给自己一杯温暖。\", \"start\": 15, \"end\": 30}]}")
                .post("/api/scripts")
                .then().statusCode(201)
                .body("templateName", equalTo("HOOK_VALUE_PAYOFF_30S"))
                .body("text", equalTo("你还在喝速溶咖啡？\n三步在家做拿铁。\n给自己一杯温暖。"));
    }
}
