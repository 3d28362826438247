package io.lightningops.content.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import io.lightningops.defaults.testing.KeycloakTokens;

/** Accounts and videos made over HTTP, as a console would, for the tests of the workflow, calendar and experiments. */
public final class Fixtures {

    public static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    public static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    public static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    public static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    public static final String PARTNER = KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"));
    public static final String CLEAN_SCRIPT = "三步教你在家做出咖啡馆的味道";

    private Fixtures() {
    }

    /** A new MAIN account; its id. */
    public static String account() {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "闪电咖啡", "douyinId", "acc_" + UUID.randomUUID().toString().substring(0, 12), "tier", "MAIN"))
                .post("/api/accounts").then().statusCode(201).extract().path("id");
    }

    /** A new DRAFT video of the account; its id. */
    public static String video(String accountId, String title, String script, String layer) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("accountId", accountId, "title", title, "script", script, "layer", layer))
                .post("/api/videos").then().statusCode(201).extract().path("id");
    }

    public static ExtractableResponse<Response> submit(String videoId) {
        return given().header("Authorization", OPERATOR).post("/api/videos/" + videoId + "/submit").then().extract();
    }

    /** A new video scanned clean: APPROVED; its id. */
    public static String approved(String accountId, String title, String layer) {
        String id = video(accountId, title, CLEAN_SCRIPT, layer);
        submit(id).response().then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("APPROVED"));
        return id;
    }
}
