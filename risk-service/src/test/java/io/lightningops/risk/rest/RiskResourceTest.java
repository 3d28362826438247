package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class RiskResourceTest {

    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    private static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));

    static String risk(String title, String category, int likelihood, int impact, int responseDifficulty) {
        return "{\"title\": \"" + title + "\", \"category\": \"" + category + "\", \"likelihood\": " + likelihood
                + ", \"impact\": " + impact + ", \"responseDifficulty\": " + responseDifficulty
                + ", \"owner\": \"合规组\"}";
    }

    static ExtractableResponse<Response> create(String body) {
        return given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(body)
                .post("/api/risks")
                .then().statusCode(201).extract();
    }

    static String createScored(int likelihood, int impact, int responseDifficulty) {
        return create(risk("风险 " + UUID.randomUUID(), "CONTENT", likelihood, impact, responseDifficulty)).path("id");
    }

    @Test
    void complianceRegistersARiskWithLocationAndETagAndItIsOpen() {
        ExtractableResponse<Response> created = create(
                "{\"title\": \"达人视频使用绝对化用语\", \"description\": \"可能被平台处罚\", \"category\": \"COMPLIANCE\","
                        + " \"likelihood\": 2, \"impact\": 5, \"responseDifficulty\": 3, \"owner\": \"合规组·王敏\"}");
        String id = created.path("id");
        assertEquals("\"0\"", created.header("ETag"));
        MatcherAssert.assertThat(created.header("Location"), matchesPattern(".*/api/risks/" + id));
        assertEquals("OPEN", created.path("status"));

        given().header("Authorization", ANALYST).get("/api/risks/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("达人视频使用绝对化用语"))
                .body("description", equalTo("可能被平台处罚"))
                .body("category", equalTo("COMPLIANCE"))
                .body("owner", equalTo("合规组·王敏"))
                .body("score", equalTo(30))
                .body("tier", equalTo("IMPORTANT"))
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)"));
    }

    @Test
    void aRiskScoredFourByFourByFourIsMajor() {
        ExtractableResponse<Response> created = create(risk("数据泄露", "TECHNICAL", 4, 4, 4));
        assertEquals(64, (int) created.path("score"));
        assertEquals("MAJOR", created.path("tier"));
    }

    @Test
    void eachTierStartsAtItsConfiguredThreshold() {
        assertEquals("GENERAL", create(risk("低", "MARKET", 1, 1, 1)).path("tier"));
        assertEquals("GENERAL", create(risk("低", "MARKET", 5, 5, 1)).path("tier"));
        assertEquals("IMPORTANT", create(risk("中", "MARKET", 3, 3, 3)).path("tier"));
        assertEquals("IMPORTANT", create(risk("中", "MARKET", 5, 4, 3)).path("tier"));
        assertEquals("MAJOR", create(risk("高", "MARKET", 5, 5, 5)).path("tier"));
    }

    @Test
    void anUpdateScoresAndTiersTheRiskAgainAndKeepsAnOmittedStatus() {
        String id = given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body(risk("账号被封", "ACCOUNT", 4, 4, 4).replace("}", ", \"status\": \"MITIGATING\"}"))
                .post("/api/risks")
                .then().statusCode(201).body("tier", equalTo("MAJOR")).extract().path("id");

        given().header("Authorization", COMPLIANCE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(risk("账号被封", "ACCOUNT", 2, 4, 3))
                .put("/api/risks/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("score", equalTo(24))
                .body("tier", equalTo("GENERAL"))
                .body("status", equalTo("MITIGATING"));
        given().header("Authorization", ANALYST).get("/api/risks/" + id)
                .then().statusCode(200).body("tier", equalTo("GENERAL")).body("score", equalTo(24));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = createScored(2, 2, 2);
        String closed = risk("已处置", "CONTENT", 2, 2, 2).replace("}", ", \"status\": \"CLOSED\"}");

        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(closed)
                .put("/api/risks/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", COMPLIANCE).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(closed)
                .put("/api/risks/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("CLOSED"));
        given().header("Authorization", COMPLIANCE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(risk("过期的修改", "CONTENT", 5, 5, 5))
                .put("/api/risks/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", ANALYST).get("/api/risks/" + id)
                .then().body("title", equalTo("已处置")).body("status", equalTo("CLOSED"));
    }

    @Test
    void theRegisterListsTheHighestScoreFirst() {
        String low = createScored(1, 2, 3);
        String high = createScored(5, 5, 4);
        String middle = createScored(3, 3, 4);

        ExtractableResponse<Response> page = given().header("Authorization", ANALYST).queryParam("size", 100)
                .get("/api/risks")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .body("total", notNullValue())
                .extract();
        List<String> ids = page.path("items.id");
        List<Integer> scores = page.path("items.score");
        assertTrue(ids.indexOf(high) < ids.indexOf(middle) && ids.indexOf(middle) < ids.indexOf(low),
                "expected high, middle, low in " + ids);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "scores out of order: " + scores);
        }
    }

    @Test
    void theListPagesThroughTheRegister() {
        createScored(1, 1, 2);
        createScored(1, 1, 3);
        long total = given().header("Authorization", ANALYST).get("/api/risks")
                .then().statusCode(200).extract().jsonPath().getLong("total");
        given().header("Authorization", ANALYST).queryParam("page", 1).queryParam("size", 1)
                .get("/api/risks")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", equalTo((int) total))
                .body("items.size()", equalTo(1));
    }

    @Test
    void theListFiltersByTier() {
        String major = createScored(5, 5, 5);
        String general = createScored(1, 1, 1);

        given().header("Authorization", ANALYST).queryParam("tier", "MAJOR").queryParam("size", 100)
                .get("/api/risks")
                .then().statusCode(200)
                .body("items.tier", everyItem(equalTo("MAJOR")))
                .body("items.id", hasItem(major))
                .body("items.id", not(hasItem(general)));
        given().header("Authorization", ANALYST).queryParam("tier", "GENERAL").queryParam("size", 100)
                .get("/api/risks")
                .then().statusCode(200)
                .body("items.tier", everyItem(equalTo("GENERAL")))
                .body("items.id", hasItem(general));
    }

    @Test
    void theListFiltersByCategoryAndStatus() {
        String open = create(risk("舆情", "COMPLIANCE", 2, 2, 2)).path("id");
        String closed = given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body(risk("舆情", "COMPLIANCE", 2, 2, 2).replace("}", ", \"status\": \"CLOSED\"}"))
                .post("/api/risks").then().statusCode(201).extract().path("id");
        String otherCategory = given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body(risk("竞品", "MARKET", 2, 2, 2).replace("}", ", \"status\": \"CLOSED\"}"))
                .post("/api/risks").then().statusCode(201).extract().path("id");

        given().header("Authorization", ANALYST)
                .queryParam("category", "COMPLIANCE").queryParam("status", "CLOSED").queryParam("size", 100)
                .get("/api/risks")
                .then().statusCode(200)
                .body("items.category", everyItem(equalTo("COMPLIANCE")))
                .body("items.status", everyItem(equalTo("CLOSED")))
                .body("items.id", hasItem(closed))
                .body("items.id", not(hasItem(open)))
                .body("items.id", not(hasItem(otherCategory)));
    }

    @Test
    void anUnknownTierFilterIsABadRequestProblem() {
        given().header("Authorization", ANALYST).queryParam("tier", "CATASTROPHIC")
                .get("/api/risks")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void factorsOutsideOneToFiveAndMissingFieldsAreValidationProblemsAndNothingIsCreated() {
        long before = given().header("Authorization", ANALYST).get("/api/risks").then().extract().jsonPath().getLong("total");
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body("{\"title\": \"\", \"category\": \"CONTENT\", \"likelihood\": 0, \"impact\": 6}")
                .post("/api/risks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/validation"))
                .body("violations.field", hasItems("title", "likelihood", "impact", "responseDifficulty", "owner"))
                .body("violations.find { it.field == 'likelihood' }.message", equalTo("must be between 1 and 5"));
        long after = given().header("Authorization", ANALYST).get("/api/risks").then().extract().jsonPath().getLong("total");
        assertEquals(before, after);
    }

    @Test
    void anUnknownCategoryNamesTheAllowedValues() {
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body(risk("天气", "WEATHER", 1, 1, 1))
                .post("/api/risks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("category"))
                .body("violations[0].message", equalTo("must be one of CONTENT, ACCOUNT, COMPLIANCE, TECHNICAL, MARKET"));
    }

    @Test
    void anUnknownRiskIsANotFoundProblem() {
        given().header("Authorization", COMPLIANCE).get("/api/risks/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"))
                .body("detail", notNullValue());
    }

    @Test
    void adminsRegisterRisksToo() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(risk("系统故障", "TECHNICAL", 1, 2, 2))
                .post("/api/risks")
                .then().statusCode(201).body("tier", equalTo("GENERAL"));
    }

    @Test
    void analystsReadButDoNotWrite() {
        String id = createScored(2, 2, 2);
        given().header("Authorization", ANALYST).contentType(ContentType.JSON).body(risk("x", "CONTENT", 1, 1, 1))
                .post("/api/risks")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ANALYST).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(risk("x", "CONTENT", 1, 1, 1))
                .put("/api/risks/" + id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void operatorsNeitherReadNorWriteRisks() {
        String id = createScored(2, 2, 2);
        given().header("Authorization", OPERATOR).get("/api/risks")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).get("/api/risks/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(risk("x", "CONTENT", 1, 1, 1))
                .post("/api/risks")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void partnersSeeNoRisk() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"))).get("/api/risks")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        given().get("/api/risks")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstRisk() {
        String key = UUID.randomUUID().toString();
        String body = risk("幂等", "CONTENT", 3, 3, 3);
        long before = given().header("Authorization", ANALYST).get("/api/risks").then().extract().jsonPath().getLong("total");
        String first = given().header("Authorization", COMPLIANCE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/risks")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", COMPLIANCE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/risks")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", matchesPattern(".*/api/risks/" + first))
                .body("id", equalTo(first))
                .body("tier", equalTo("IMPORTANT"));
        long after = given().header("Authorization", ANALYST).get("/api/risks").then().extract().jsonPath().getLong("total");
        assertEquals(before + 1, after);
        given().header("Authorization", COMPLIANCE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body.replace("幂等", "另一个")).post("/api/risks")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
