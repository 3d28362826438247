package io.lightningops.content.rest;

import static io.lightningops.content.rest.Callers.as;
import static io.lightningops.content.rest.Callers.asPartner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TopicResourceTest {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String topic(String title, String direction, String source, int score, String tags, String accountId) {
        return as("operator").body("{\"title\": \"" + title + "\", \"direction\": \"" + direction + "\", \"source\": \""
                        + source + "\", \"score\": " + score + ", \"tags\": " + tags + ", \"month\": \"2026-12\""
                        + (accountId == null ? "" : ", \"accountId\": \"" + accountId + "\"") + "}")
                .post("/api/topics").then().statusCode(201).extract().path("id");
    }

    @Test
    void anOperatorAddsATopicAsAnIdeaThatAnalystsRead() {
        String id = topic("冬天第一杯热拿铁 " + unique(), "季节热点", "TREND", 82, "[\"手冲咖啡\"]", null);
        as("analyst").get("/api/topics/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("IDEA"))
                .body("source", equalTo("TREND"))
                .body("score", equalTo(82))
                .body("tags", contains("手冲咖啡"))
                .body("month", equalTo("2026-12"));
    }

    @Test
    void searchFindsTitleOrDirectionIgnoringCaseAndSortsByScore() {
        String account = Callers.mainAccount();
        String marker = "Marker" + unique();
        String low = topic("拿铁拉花 " + marker, "基础", "IDEA", 40, "[]", account);
        String high = topic("咖啡豆挑选", "教你挑 " + marker.toUpperCase(), "COMPETITOR", 90, "[]", account);
        topic("无关 " + unique(), "别的方向", "IDEA", 99, "[]", account);

        as("analyst").queryParam("q", marker.toLowerCase()).queryParam("accountId", account).get("/api/topics")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(high, low));
        as("analyst").queryParam("q", "拉花").queryParam("accountId", account).get("/api/topics")
                .then().statusCode(200).body("items.id", contains(low));
    }

    @Test
    void filtersBySourceTagScoreRangeAndStatusCombine() {
        String account = Callers.mainAccount();
        String wanted = topic("A " + unique(), "d", "UGC", 70, "[\"测评\", \"新品\"]", account);
        topic("B " + unique(), "d", "UGC", 30, "[\"测评\"]", account);
        topic("C " + unique(), "d", "TREND", 75, "[\"测评\"]", account);
        topic("D " + unique(), "d", "UGC", 72, "[\"其他\"]", account);

        as("compliance").queryParam("accountId", account).queryParam("source", "UGC").queryParam("tag", "测评")
                .queryParam("minScore", 50).queryParam("maxScore", 80).queryParam("status", "IDEA")
                .get("/api/topics")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(wanted));
    }

    @Test
    void aScoreRangeThatIsUpsideDownOrOutOfBoundsIsAViolation() {
        as("analyst").queryParam("minScore", 80).queryParam("maxScore", 20).get("/api/topics")
                .then().statusCode(400).body("violations[0].field", equalTo("minScore"));
        as("analyst").queryParam("maxScore", 101).get("/api/topics")
                .then().statusCode(400).body("violations[0].field", equalTo("maxScore"));
    }

    @Test
    void aTopicMovesIdeaPlannedUsedRetiredAndIllegalMovesAreConflicts() {
        String id = topic("流程 " + unique(), "d", "IDEA", 50, "[]", null);
        as("operator").body("{\"status\": \"USED\"}").post("/api/topics/" + id + "/transitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("A IDEA topic cannot become USED; it can become [PLANNED, RETIRED]"));
        as("operator").header("If-Match", "\"0\"").body("{\"status\": \"PLANNED\"}").post("/api/topics/" + id + "/transitions")
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("PLANNED"));
        as("operator").header("If-Match", "\"0\"").body("{\"status\": \"USED\"}").post("/api/topics/" + id + "/transitions")
                .then().statusCode(412);
        as("operator").body("{\"status\": \"USED\"}").post("/api/topics/" + id + "/transitions").then().statusCode(200);
        as("operator").body("{\"status\": \"RETIRED\"}").post("/api/topics/" + id + "/transitions").then().statusCode(200);
        as("operator").body("{\"status\": \"IDEA\"}").post("/api/topics/" + id + "/transitions")
                .then().statusCode(409).body("detail", containsString("RETIRED is final"));
    }

    @Test
    void updatesNeedTheCurrentETagAndKeepTheStatus() {
        String id = topic("编辑 " + unique(), "d", "IDEA", 50, "[]", null);
        String body = "{\"title\": \"编辑后 " + unique() + "\", \"source\": \"TREND\", \"score\": 60}";
        as("operator").body(body).put("/api/topics/" + id).then().statusCode(428);
        as("operator").header("If-Match", "\"0\"").body(body).put("/api/topics/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("score", equalTo(60)).body("status", equalTo("IDEA"));
        as("operator").header("If-Match", "\"0\"").body(body).put("/api/topics/" + id).then().statusCode(412);
    }

    @Test
    void theSameTitleForTheSameMonthAndAccountIsAConflictIgnoringCase() {
        String account = Callers.mainAccount();
        String title = "Latte Art " + unique();
        topic(title, "d", "IDEA", 50, "[]", account);
        as("operator").body("{\"title\": \"" + title.toUpperCase() + "\", \"source\": \"IDEA\", \"score\": 10, "
                        + "\"month\": \"2026-12\", \"accountId\": \"" + account + "\"}")
                .post("/api/topics").then().statusCode(409).contentType("application/problem+json");
        // another month is another plan
        as("operator").body("{\"title\": \"" + title + "\", \"source\": \"IDEA\", \"score\": 10, "
                        + "\"month\": \"2027-01\", \"accountId\": \"" + account + "\"}")
                .post("/api/topics").then().statusCode(201);
    }

    @Test
    void invalidTopicsReportEveryField() {
        as("operator").body("{\"title\": \"\", \"source\": \"RUMOUR\", \"score\": 5}").post("/api/topics")
                .then().statusCode(400).body("violations[0].field", equalTo("source"))
                .body("violations[0].message", equalTo("must be one of TREND, COMPETITOR, UGC, IDEA"));
        as("operator").body("{\"title\": \"\", \"source\": \"IDEA\", \"score\": 101, \"month\": \"2026-13\"}")
                .post("/api/topics").then().statusCode(400)
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("score"))
                .body("violations.field", hasItem("month"));
    }

    @Test
    void anImportTakesTheGoodRowsAndExplainsEachBadOne() {
        String account = Callers.mainAccount();
        String existing = "已有 " + unique();
        topic(existing, "d", "IDEA", 50, "[]", account);
        String good1 = "Gift Box 开箱 " + unique();
        String good2 = "一周咖啡不重样 " + unique();
        String rows = "[{\"title\": \"" + good1 + "\", \"source\": \"IDEA\", \"score\": 75, \"accountId\": \"" + account + "\"},"
                + "{\"title\": \"\", \"source\": \"TREND\", \"score\": 60},"
                + "{\"title\": \"坏来源\", \"source\": \"RUMOUR\", \"score\": 60},"
                + "{\"title\": \"坏分数\", \"source\": \"IDEA\", \"score\": \"high\"},"
                + "{\"title\": \"" + good1.toLowerCase() + " \", \"source\": \"IDEA\", \"score\": 70, \"accountId\": \"" + account + "\"},"
                + "{\"title\": \"" + existing + "\", \"source\": \"IDEA\", \"score\": 70, \"accountId\": \"" + account + "\"},"
                + "{\"title\": \"无此账号\", \"source\": \"IDEA\", \"score\": 70, \"accountId\": \"" + UUID.randomUUID() + "\"},"
                + "\"not an object\","
                + "{\"title\": \"" + good2 + "\", \"source\": \"COMPETITOR\", \"score\": 68, \"accountId\": \"" + account + "\"}]";
        List<String> ids = as("operator").queryParam("month", "2026-12").body(rows).post("/api/topics/import")
                .then().statusCode(200)
                .body("accepted", equalTo(2))
                .body("rejected.index", contains(1, 2, 3, 4, 5, 6, 7))
                .body("rejected[0].reason", equalTo("title: must not be blank"))
                .body("rejected[1].reason", equalTo("source: must be one of [TREND, COMPETITOR, UGC, IDEA]"))
                .body("rejected[2].reason", startsWith("score:"))
                .body("rejected[3].reason", equalTo("title: repeats row 0 (same title, month and account)"))
                .body("rejected[4].reason", startsWith("The topic library already has"))
                .body("rejected[5].reason", equalTo("accountId: must be the id of an existing account"))
                .body("rejected[6].reason", equalTo("the row is not a JSON object"))
                .extract().path("topicIds");
        assertEquals(2, ids.size());
        as("analyst").queryParam("accountId", account).queryParam("month", "2026-12").queryParam("status", "IDEA")
                .get("/api/topics").then().body("total", equalTo(3));
    }

    @Test
    void importedRowsWithoutAMonthNeedOne() {
        as("operator").body("[{\"title\": \"无月份 " + unique() + "\", \"source\": \"IDEA\", \"score\": 1}]")
                .post("/api/topics/import").then().statusCode(200)
                .body("accepted", equalTo(0))
                .body("rejected[0].reason", equalTo("month: is required, in the row or as ?month="));
        as("operator").queryParam("month", "December").body("[]").post("/api/topics/import")
                .then().statusCode(400).body("violations[0].field", equalTo("month"));
    }

    @Test
    void aRetriedImportWithTheSameKeyImportsOnce() {
        String key = UUID.randomUUID().toString();
        String rows = "[{\"title\": \"幂等导入 " + unique() + "\", \"source\": \"IDEA\", \"score\": 5}]";
        String first = as("operator").header("Idempotency-Key", key).queryParam("month", "2026-11").body(rows)
                .post("/api/topics/import").then().statusCode(200).body("accepted", equalTo(1)).extract().path("topicIds[0]");
        as("operator").header("Idempotency-Key", key).queryParam("month", "2026-11").body(rows)
                .post("/api/topics/import").then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("accepted", equalTo(1))
                .body("topicIds", contains(first))
                .body("rejected", hasSize(0));
    }

    @Test
    void rolesHold() {
        String body = "{\"title\": \"角色 " + unique() + "\", \"source\": \"IDEA\", \"score\": 5}";
        as("analyst").body(body).post("/api/topics").then().statusCode(403).contentType("application/problem+json");
        as("compliance").body(body).post("/api/topics").then().statusCode(403);
        as("compliance").body("[]").post("/api/topics/import").then().statusCode(403);
        asPartner().get("/api/topics").then().statusCode(403);
        given().get("/api/topics").then().statusCode(401);
        as("admin").body(body).post("/api/topics").then().statusCode(201);
    }

    @Test
    void anUnknownTopicIsNotFound() {
        as("analyst").get("/api/topics/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        as("operator").body("{\"status\": \"PLANNED\"}").post("/api/topics/" + UUID.randomUUID() + "/transitions")
                .then().statusCode(404);
    }
}
