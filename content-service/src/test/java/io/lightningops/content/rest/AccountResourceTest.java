package io.lightningops.content.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class AccountResourceTest {

    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));

    static String uniqueDouyinId() {
        return "acc_" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ExtractableResponse<Response> createMain(String douyinId) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"闪电咖啡官方号\", \"douyinId\": \"" + douyinId + "\", \"tier\": \"MAIN\"}")
                .post("/api/accounts")
                .then().statusCode(201).extract();
    }

    @Test
    void operatorCreatesAMainAccountWithLocationAndETag() {
        String douyinId = uniqueDouyinId();
        ExtractableResponse<Response> created = createMain(douyinId);
        String id = created.path("id");
        assertEquals(douyinId, created.path("douyinId"));
        assertEquals("MAIN", created.path("tier"));
        assertEquals("\"0\"", created.header("ETag"));
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), matchesPattern(".*/api/accounts/" + id));

        given().header("Authorization", ANALYST).get("/api/accounts/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("闪电咖啡官方号"))
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)"));
    }

    @Test
    void aSubAccountBelongsToItsMainAndTheMatrixListsIt() {
        String mainId = createMain(uniqueDouyinId()).path("id");
        String subId = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"探店号\", \"douyinId\": \"" + uniqueDouyinId() + "\", \"tier\": \"SUB\", \"mainAccountId\": \"" + mainId + "\"}")
                .post("/api/accounts")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", ANALYST).queryParam("mainAccountId", mainId).get("/api/accounts")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(subId))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
    }

    @Test
    void aSubAccountWithoutItsMainIsAValidationProblemNamingTheField() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"探店号\", \"douyinId\": \"" + uniqueDouyinId() + "\", \"tier\": \"SUB\"}")
                .post("/api/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("mainAccountId"));
    }

    @Test
    void invalidFieldsAreAllReportedAndNothingIsCreated() {
        long before = given().header("Authorization", ANALYST).get("/api/accounts").then().extract().jsonPath().getLong("total");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"\", \"douyinId\": \"has spaces\", \"tier\": null}")
                .post("/api/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("douyinId"))
                .body("violations.field", hasItem("tier"));
        long after = given().header("Authorization", ANALYST).get("/api/accounts").then().extract().jsonPath().getLong("total");
        assertEquals(before, after);
    }

    @Test
    void anUnknownTierNamesTheAllowedValues() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"douyinId\": \"" + uniqueDouyinId() + "\", \"tier\": \"GOLD\"}")
                .post("/api/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("tier"))
                .body("violations[0].message", equalTo("must be one of MAIN, SUB"));
    }

    @Test
    void aTakenDouyinIdIsAConflict() {
        String douyinId = uniqueDouyinId();
        createMain(douyinId);
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"again\", \"douyinId\": \"" + douyinId + "\", \"tier\": \"MAIN\"}")
                .post("/api/accounts")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/conflict"));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        ExtractableResponse<Response> created = createMain(uniqueDouyinId());
        String id = created.path("id");
        String douyinId = created.path("douyinId");
        String body = "{\"name\": \"新名字\", \"douyinId\": \"" + douyinId + "\", \"tier\": \"MAIN\"}";

        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body)
                .put("/api/accounts/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .put("/api/accounts/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("新名字"));
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .put("/api/accounts/" + id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void anUnknownAccountIsANotFoundProblem() {
        given().header("Authorization", ANALYST).get("/api/accounts/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"))
                .body("detail", notNullValue());
    }

    @Test
    void analystsReadButDoNotWrite() {
        given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"douyinId\": \"" + uniqueDouyinId() + "\", \"tier\": \"MAIN\"}")
                .post("/api/accounts")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void partnersSeeNoInternalResource() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"))).get("/api/accounts")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        given().get("/api/accounts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstAccount() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"幂等\", \"douyinId\": \"" + uniqueDouyinId() + "\", \"tier\": \"MAIN\"}";
        String first = given().header("Authorization", OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/accounts")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/accounts")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", matchesPattern(".*/api/accounts/" + first))
                .body("id", equalTo(first));
        given().header("Authorization", OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body.replace("幂等", "另一个")).post("/api/accounts")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
