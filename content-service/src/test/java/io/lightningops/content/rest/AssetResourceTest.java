package io.lightningops.content.rest;

import static io.lightningops.content.rest.Callers.as;
import static io.lightningops.content.rest.Callers.asPartner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AssetResourceTest {

    static String asset(String title, String category) {
        return as("operator").body("{\"title\": \"" + title + "\", \"category\": \"" + category
                        + "\", \"url\": \"https://assets.example.com/" + UUID.randomUUID() + ".mp4\", \"tags\": [\"特写\"]}")
                .post("/api/assets").then().statusCode(201).extract().path("id");
    }

    @Test
    void anOperatorAddsAnActiveNeverUsedAsset() {
        String id = asset("注水特写", "PRODUCT_DISPLAY");
        as("analyst").get("/api/assets/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("ACTIVE"))
                .body("category", equalTo("PRODUCT_DISPLAY"))
                .body("usageCount", equalTo(0))
                .body("lastUsedAt", nullValue())
                .body("tags", contains("特写"));
    }

    @Test
    void aUseCountsAndSetsTheLastUse() {
        String id = asset("开箱", "UNBOXING");
        as("operator").post("/api/assets/" + id + "/uses").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("usageCount", equalTo(1))
                .body("lastUsedAt", notNullValue());
    }

    @Test
    void concurrentUsesAreAllCounted() throws Exception {
        String id = asset("并发", "TUTORIAL");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> as("operator").post("/api/assets/" + id + "/uses").statusCode()));
            }
            for (Future<Integer> call : calls) {
                assertEquals(200, call.get());
            }
        } finally {
            pool.shutdown();
        }
        as("analyst").get("/api/assets/" + id).then().body("usageCount", equalTo(12));
    }

    @Test
    void aRetriedUseWithTheSameKeyCountsOnce() {
        String id = asset("幂等", "REVIEW");
        String key = UUID.randomUUID().toString();
        as("operator").header("Idempotency-Key", key).post("/api/assets/" + id + "/uses").then().statusCode(200);
        as("operator").header("Idempotency-Key", key).post("/api/assets/" + id + "/uses").then().statusCode(200)
                .header("Idempotent-Replayed", "true");
        as("analyst").get("/api/assets/" + id).then().body("usageCount", equalTo(1));
    }

    @Test
    void anUnknownCategoryOrANonHttpsUrlIsAViolation() {
        as("operator").body("{\"title\": \"x\", \"category\": \"MEME\", \"url\": \"https://a.example.com/x\"}")
                .post("/api/assets").then().statusCode(400)
                .body("violations[0].field", equalTo("category"))
                .body("violations[0].message", equalTo("must be one of PRODUCT_DISPLAY, TUTORIAL, LIFESTYLE, BEHIND_THE_SCENES, "
                        + "UNBOXING, REVIEW, COMPARISON, USER_TESTIMONIAL, TREND_CHALLENGE, FESTIVAL, BRAND_STORY, LIVE_CLIP"));
        as("operator").body("{\"title\": \"\", \"category\": \"FESTIVAL\", \"url\": \"ftp://a.example.com/x\"}")
                .post("/api/assets").then().statusCode(400)
                .body("violations.field", hasItem("url"))
                .body("violations.field", hasItem("title"));
    }

    @Test
    void filtersByCategoryAndTagAndUpdatesNeedTheETag() {
        String title = "节日 " + UUID.randomUUID();
        String id = asset(title, "FESTIVAL");
        as("compliance").queryParam("category", "FESTIVAL").queryParam("tag", "特写").queryParam("size", 100).get("/api/assets")
                .then().statusCode(200).body("items.id", hasItem(id));
        String body = "{\"title\": \"改名\", \"category\": \"BRAND_STORY\", \"url\": \"s3://bucket/key.mp4\", \"tags\": []}";
        as("operator").body(body).put("/api/assets/" + id).then().statusCode(428);
        as("operator").header("If-Match", "\"0\"").body(body).put("/api/assets/" + id).then().statusCode(200)
                .body("category", equalTo("BRAND_STORY")).header("ETag", "\"1\"");
        as("operator").header("If-Match", "\"0\"").body(body).put("/api/assets/" + id).then().statusCode(412);
        as("analyst").queryParam("sort", "newest").get("/api/assets").then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void unknownAssetsAndProposalsAreNotFound() {
        as("operator").post("/api/assets/" + UUID.randomUUID() + "/uses").then().statusCode(404);
        as("analyst").get("/api/assets/refresh-proposals/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void rolesHold() {
        String id = asset("角色", "LIFESTYLE");
        as("analyst").post("/api/assets/" + id + "/uses").then().statusCode(403);
        as("compliance").post("/api/assets/refresh-proposals").then().statusCode(403);
        as("analyst").get("/api/assets/refresh-proposals").then().statusCode(200);
        asPartner().get("/api/assets").then().statusCode(403);
        given().get("/api/assets").then().statusCode(401);
    }
}
