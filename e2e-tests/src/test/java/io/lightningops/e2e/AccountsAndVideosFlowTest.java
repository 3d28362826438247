package io.lightningops.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** An operator builds an account matrix and drafts a video, through the gateway, as a console would. */
class AccountsAndVideosFlowTest {

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anOperatorCreatesAMatrixAndADraftVideoAndEditsItWithItsETag() {
        ExtractableResponse<Response> main = Suite.as("operator").contentType(ContentType.JSON)
                .body("{\"name\": \"闪电咖啡官方号\", \"douyinId\": \"" + unique("main") + "\", \"tier\": \"MAIN\"}")
                .post("/api/accounts")
                .then().statusCode(201)
                .header("Location", startsWith(Suite.gatewayUrl() + "/api/accounts/"))
                .extract();
        String mainId = main.path("id");

        String subId = Suite.as("operator").contentType(ContentType.JSON)
                .body("{\"name\": \"探店号\", \"douyinId\": \"" + unique("sub") + "\", \"tier\": \"SUB\", \"mainAccountId\": \"" + mainId + "\"}")
                .post("/api/accounts")
                .then().statusCode(201).extract().path("id");
        Suite.as("analyst").queryParam("mainAccountId", mainId).get("/api/accounts")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(subId));

        ExtractableResponse<Response> video = Suite.as("operator").contentType(ContentType.JSON)
                .body("{\"accountId\": \"" + subId + "\", \"title\": \"三秒学会手冲咖啡\", \"script\": \"三步教你在家做咖啡\", \"layer\": \"VALUE\"}")
                .post("/api/videos")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract();
        String videoId = video.path("id");
        String etag = Suite.as("compliance").get("/api/videos/" + videoId)
                .then().statusCode(200).extract().header("ETag");

        Suite.as("operator").header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"accountId\": \"" + subId + "\", \"title\": \"新标题\", \"script\": \"三步教你在家做咖啡\", \"layer\": \"TRAFFIC\"}")
                .put("/api/videos/" + videoId)
                .then().statusCode(200).body("title", equalTo("新标题")).body("status", equalTo("DRAFT"));
        Suite.as("operator").header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"accountId\": \"" + subId + "\", \"title\": \"过期的修改\", \"script\": \"x\", \"layer\": \"TRAFFIC\"}")
                .put("/api/videos/" + videoId)
                .then().statusCode(412).contentType(Suite.PROBLEM);
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneAccount() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"重试\", \"douyinId\": \"" + unique("retry") + "\", \"tier\": \"MAIN\"}";
        String first = Suite.as("operator").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/accounts").then().statusCode(201).extract().path("id");
        String second = Suite.as("operator").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/accounts").then().statusCode(201).extract().path("id");
        assertEquals(first, second);
    }
}
