package io.lightningops.content.rest;

import static io.lightningops.content.rest.Callers.as;
import static io.lightningops.content.rest.Callers.asPartner;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountMatrixTest {

    private static String sub(String mainId, String tags) {
        return as("operator").body("{\"name\": \"子号\", \"douyinId\": \"" + AccountResourceTest.uniqueDouyinId()
                        + "\", \"tier\": \"SUB\", \"mainAccountId\": \"" + mainId + "\", \"tags\": " + tags
                        + ", \"persona\": {\"description\": \"探店达人\", \"targetAudience\": \"年轻白领\", \"tone\": \"轻松\"}}")
                .post("/api/accounts").then().statusCode(201).extract().path("id");
    }

    @Test
    void anAccountKeepsItsTagsInOrderAndItsPersona() {
        String mainId = Callers.mainAccount();
        String subId = sub(mainId, "[\" 探店 \", \"城市咖啡地图\", \"Latte\"]");
        as("analyst").get("/api/accounts/" + subId).then().statusCode(200)
                .body("tags", contains("探店", "城市咖啡地图", "Latte"))
                .body("persona.description", equalTo("探店达人"))
                .body("persona.targetAudience", equalTo("年轻白领"))
                .body("persona.tone", equalTo("轻松"));
    }

    @Test
    void theMatrixShowsTheMainAccountItsSubAccountsAndRoomLeft() {
        String mainId = Callers.mainAccount();
        String first = sub(mainId, "[\"探店\"]");
        String second = sub(mainId, "[]");
        as("compliance").get("/api/accounts/" + mainId + "/matrix").then().statusCode(200)
                .body("main.id", equalTo(mainId))
                .body("main.tier", equalTo("MAIN"))
                .body("subAccounts.id", contains(first, second))
                .body("subAccounts[0].tags", contains("探店"))
                .body("maxSubAccounts", equalTo(10))
                .body("remaining", equalTo(8));
        as("analyst").get("/api/accounts/" + second + "/matrix").then().statusCode(200)
                .body("main.id", equalTo(mainId));
    }

    @Test
    void moreThanThreeTagsIsAViolationOnTags() {
        as("operator").body("{\"name\": \"x\", \"douyinId\": \"" + AccountResourceTest.uniqueDouyinId()
                        + "\", \"tier\": \"MAIN\", \"tags\": [\"a\", \"b\", \"c\", \"d\"]}")
                .post("/api/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("tags"))
                .body("violations.message", hasItem("may hold at most 3 core content tags"));
    }

    @Test
    void aRepeatedTagIgnoringCaseIsAViolationNamingItsPosition() {
        as("operator").body("{\"name\": \"x\", \"douyinId\": \"" + AccountResourceTest.uniqueDouyinId()
                        + "\", \"tier\": \"MAIN\", \"tags\": [\"Latte\", \"latte \"]}")
                .post("/api/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("tags[1]"))
                .body("violations[0].message", equalTo("repeats the tag latte"));
    }

    @Test
    void blankOrOverlongTagsAndPersonaFieldsAreViolations() {
        as("operator").body("{\"name\": \"x\", \"douyinId\": \"" + AccountResourceTest.uniqueDouyinId()
                        + "\", \"tier\": \"MAIN\", \"tags\": [\" \", \"" + "长".repeat(21) + "\"], \"persona\": {\"tone\": \""
                        + "x".repeat(101) + "\"}}")
                .post("/api/accounts").then().statusCode(400)
                .body("violations.field", hasItem("tags[0]"))
                .body("violations.field", hasItem("tags[1]"))
                .body("violations.field", hasItem("persona.tone"));
    }

    @Test
    void aSubAccountCannotHaveSubAccounts() {
        String subId = sub(Callers.mainAccount(), "[]");
        as("operator").body("{\"name\": \"x\", \"douyinId\": \"" + AccountResourceTest.uniqueDouyinId()
                        + "\", \"tier\": \"SUB\", \"mainAccountId\": \"" + subId + "\"}")
                .post("/api/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("mainAccountId"));
    }

    @Test
    void theContractShapeStillCreatesAnAccountWithoutTagsOrPersona() {
        String id = Callers.mainAccount();
        as("analyst").get("/api/accounts/" + id).then().statusCode(200)
                .body("tags.size()", equalTo(0))
                .body("persona.description", nullValue());
    }

    @Test
    void theMatrixOfAnUnknownAccountIsNotFoundAndPartnersAreRefused() {
        as("analyst").get("/api/accounts/" + UUID.randomUUID() + "/matrix").then().statusCode(404)
                .contentType("application/problem+json");
        asPartner().get("/api/accounts/" + UUID.randomUUID() + "/matrix").then().statusCode(403);
    }
}
