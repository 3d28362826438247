package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import io.lightningops.defaults.testing.KeycloakTokens;
import io.lightningops.risk.scan.TextNormalizer;

@QuarkusTest
class LexiconResourceTest {

    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));

    static String term(String term, String category, String severity) {
        return "{\"term\": \"" + term + "\", \"category\": \"" + category + "\", \"severity\": \"" + severity + "\"}";
    }

    static String unique() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
    }

    static ExtractableResponse<Response> create(String body) {
        return given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(body)
                .post("/api/lexicon/terms")
                .then().statusCode(201).extract();
    }

    @Test
    void complianceAddsATermWithLocationETagAndItsFoldedForm() {
        ExtractableResponse<Response> created = create(
                "{\"term\": \"ＴＯＰ品質" + unique() + "\", \"category\": \"CUSTOM_1\", \"severity\": \"REVIEW\","
                        + " \"suggestion\": \"改为“高品质”\"}");
        String id = created.path("id");
        assertEquals("\"0\"", created.header("ETag"));
        MatcherAssert.assertThat(created.header("Location"), matchesPattern(".*/api/lexicon/terms/" + id));
        given().header("Authorization", ANALYST).get("/api/lexicon/terms/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("term", startsWith("ＴＯＰ品質"))
                .body("normalized", startsWith("top品质"))
                .body("category", equalTo("CUSTOM_1"))
                .body("severity", equalTo("REVIEW"))
                .body("suggestion", equalTo("改为“高品质”"));
    }

    @Test
    void aTermThatFoldsLikeAnExistingOneIsAConflict() {
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(term("最 佳", "AD_LAW", "BLOCK"))
                .post("/api/lexicon/terms")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(term("國家級", "SENSITIVE", "REVIEW"))
                .post("/api/lexicon/terms")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badCategoriesSeveritiesAndTermsAreValidationProblems() {
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(term("好物" + unique(), "promo", "BLOCK"))
                .post("/api/lexicon/terms")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("category"));
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(term("好物" + unique(), "PROMO", "STOP"))
                .post("/api/lexicon/terms")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("severity"));
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(term("***", "PROMO", "BLOCK"))
                .post("/api/lexicon/terms")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("term"));
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body(term("好\\u0007物", "PROMO", "BLOCK"))
                .post("/api/lexicon/terms")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.find { it.field == 'term' }.message", equalTo("must not contain control characters"));
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(term("长".repeat(65), "PROMO", "BLOCK"))
                .post("/api/lexicon/terms")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("term"));
    }

    @Test
    void updatesNeedTheCurrentETagAndTakeEffectOnTheNextScan() {
        String name = "闪电爆款" + unique();
        String id = create(term(name, "PROMO", "REVIEW")).path("id");
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(term(name, "PROMO", "BLOCK"))
                .put("/api/lexicon/terms/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", COMPLIANCE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(term(name, "PROMO", "BLOCK"))
                .put("/api/lexicon/terms/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("severity", equalTo("BLOCK"));
        given().header("Authorization", COMPLIANCE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(term(name, "PROMO", "REVIEW"))
                .put("/api/lexicon/terms/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{\"text\": \"" + name + "\"}")
                .post("/api/scans")
                .then().statusCode(200).body("verdict", equalTo("BLOCK"));
    }

    @Test
    void theListFiltersByCategorySeverityAndFoldedText() {
        given().header("Authorization", OPERATOR).queryParam("category", "AD_LAW").queryParam("severity", "BLOCK")
                .queryParam("q", "國家").queryParam("size", 100)
                .get("/api/lexicon/terms")
                .then().statusCode(200)
                .body("items.category", everyItem(equalTo("AD_LAW")))
                .body("items.severity", everyItem(equalTo("BLOCK")))
                .body("items.term", hasItem("国家级"))
                .body("items.term", everyItem(org.hamcrest.Matchers.containsString("国家")));
        given().header("Authorization", ANALYST).queryParam("size", 101).get("/api/lexicon/terms")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theDefaultLexiconHasTheAdvertisingLawTermsNegativeKeywordsAndExemptionsStoredInTheirFoldedForm() {
        TextNormalizer normalizer = TextNormalizer.create();
        int adLaw = 0;
        int negative = 0;
        for (String category : List.of("AD_LAW", "NEGATIVE")) {
            List<Map<String, Object>> items = given().header("Authorization", ANALYST).queryParam("category", category)
                    .accept(ContentType.JSON).get("/api/lexicon/terms/export")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            for (Map<String, Object> item : items) {
                String term = (String) item.get("term");
                List<String> normalized = given().header("Authorization", ANALYST).queryParam("q", term)
                        .queryParam("category", category).queryParam("size", 100)
                        .get("/api/lexicon/terms").then().statusCode(200).extract().path("items.normalized");
                MatcherAssert.assertThat("folded form of " + term, normalized, hasItem(normalizer.normalize(term)));
            }
            if (category.equals("AD_LAW")) {
                adLaw = items.size();
            } else {
                negative = items.size();
            }
        }
        MatcherAssert.assertThat(adLaw, greaterThanOrEqualTo(100));
        MatcherAssert.assertThat(negative, greaterThanOrEqualTo(30));
        given().header("Authorization", ANALYST).queryParam("size", 100).get("/api/lexicon/exemptions")
                .then().statusCode(200)
                .body("items.phrase", hasItem("最近"))
                .body("items.phrase", hasItem("第二件"))
                .body("items.phrase", hasItem("最新款"));
    }

    @Test
    void aTextImportReportsEachRejectedLineWithItsReasonAndImportsTheRest() {
        String a = "闪电好物" + unique();
        String b = "闪电神器" + unique();
        String body = a + "\n\n" + "坏\u0001词\n" + "长".repeat(65) + "\r\n" + "最佳\n" + b + "\n" + b.replace("闪", "閃") + "\n";
        given().header("Authorization", COMPLIANCE).contentType("text/plain; charset=UTF-8").body(body)
                .queryParam("category", "IMPORT_TEST").queryParam("severity", "REVIEW")
                .post("/api/lexicon/terms/import")
                .then().statusCode(200)
                .body("imported", equalTo(2))
                .body("rejected.line", equalTo(List.of(2, 3, 4, 5, 7)))
                .body("rejected.reason", equalTo(List.of("empty", "control characters",
                        "too long (more than 64 characters)", "duplicate of an existing term", "duplicate of line 6")));
        given().header("Authorization", ANALYST).queryParam("category", "IMPORT_TEST").queryParam("size", 100)
                .get("/api/lexicon/terms")
                .then().statusCode(200)
                .body("items.term", hasItem(a)).body("items.term", hasItem(b))
                .body("items.severity", everyItem(equalTo("REVIEW")));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{\"text\": \"买" + b + "\"}")
                .post("/api/scans")
                .then().statusCode(200).body("verdict", equalTo("REVIEW"));
    }

    @Test
    void aTextImportNeedsACategoryAndSeverity() {
        given().header("Authorization", COMPLIANCE).contentType("text/plain; charset=UTF-8").body("好物")
                .queryParam("severity", "REVIEW")
                .post("/api/lexicon/terms/import")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("category"));
        given().header("Authorization", COMPLIANCE).contentType("text/plain; charset=UTF-8").body("好物")
                .queryParam("category", "PROMO")
                .post("/api/lexicon/terms/import")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("severity"));
    }

    @Test
    void aJsonImportRejectsBadItemsAndTheExportRoundTrips() {
        String category = "ROUNDTRIP_" + unique().toUpperCase();
        String a = "往返词a" + unique();
        String b = "往返词b" + unique();
        String items = "[{\"term\": \"" + a + "\", \"category\": \"" + category + "\", \"severity\": \"BLOCK\", \"suggestion\": \"删去\"},"
                + "{\"term\": \"" + b + "\", \"category\": \"" + category + "\", \"severity\": \"REVIEW\"},"
                + "{\"term\": \"坏词" + unique() + "\", \"category\": \"" + category + "\", \"severity\": \"MAYBE\"},"
                + "{\"term\": \"坏词" + unique() + "\", \"category\": \"lower\", \"severity\": \"BLOCK\"},"
                + "{\"term\": \"\", \"category\": \"" + category + "\", \"severity\": \"BLOCK\"}]";
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(items)
                .post("/api/lexicon/terms/import")
                .then().statusCode(200)
                .body("imported", equalTo(2))
                .body("rejected.line", equalTo(List.of(3, 4, 5)))
                .body("rejected[0].reason", equalTo("severity must be BLOCK or REVIEW"))
                .body("rejected[2].reason", equalTo("empty"));

        String exported = given().header("Authorization", ANALYST).queryParam("category", category).accept(ContentType.JSON)
                .get("/api/lexicon/terms/export")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("term", equalTo(List.of(a, b)))
                .body("severity", equalTo(List.of("BLOCK", "REVIEW")))
                .body("suggestion", equalTo(java.util.Arrays.asList("删去", null)))
                .extract().asString();
        given().header("Authorization", ANALYST).queryParam("category", category).accept(ContentType.TEXT)
                .get("/api/lexicon/terms/export")
                .then().statusCode(200).contentType(startsWith("text/plain"))
                .body(equalTo(a + "\n" + b + "\n"));

        // delete them, import the export: the same lexicon again
        List<String> ids = given().header("Authorization", ANALYST).queryParam("category", category)
                .get("/api/lexicon/terms").then().statusCode(200).extract().path("items.id");
        for (String id : ids) {
            given().header("Authorization", COMPLIANCE).delete("/api/lexicon/terms/" + id).then().statusCode(204);
        }
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(exported)
                .post("/api/lexicon/terms/import")
                .then().statusCode(200).body("imported", equalTo(2)).body("rejected.size()", equalTo(0));
        String again = given().header("Authorization", ANALYST).queryParam("category", category).accept(ContentType.JSON)
                .get("/api/lexicon/terms/export").then().statusCode(200).extract().asString();
        assertEquals(exported, again);
    }

    @Test
    void exemptionsHaveCrudWithETagsAndFoldedUniqueness() {
        String phrase = "最美咖啡" + unique();
        ExtractableResponse<Response> created = given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body("{\"phrase\": \"" + phrase + "\", \"note\": \"店名\"}")
                .post("/api/lexicon/exemptions")
                .then().statusCode(201).header("ETag", "\"0\"").extract();
        String id = created.path("id");
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body("{\"phrase\": \"" + phrase.replace("美", " 美 ") + "\"}")
                .post("/api/lexicon/exemptions")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", COMPLIANCE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"phrase\": \"" + phrase + "\", \"note\": \"注册店名\"}")
                .put("/api/lexicon/exemptions/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("note", equalTo("注册店名"));
        given().header("Authorization", OPERATOR).get("/api/lexicon/exemptions/" + id)
                .then().statusCode(200).body("phrase", equalTo(phrase));
        given().header("Authorization", COMPLIANCE).delete("/api/lexicon/exemptions/" + id).then().statusCode(204);
        given().header("Authorization", COMPLIANCE).get("/api/lexicon/exemptions/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void analystsAndOperatorsReadButDoNotWrite() {
        String id = create(term("只读词" + unique(), "PROMO", "REVIEW")).path("id");
        for (String reader : List.of(ANALYST, OPERATOR)) {
            given().header("Authorization", reader).get("/api/lexicon/terms/" + id).then().statusCode(200);
            given().header("Authorization", reader).contentType(ContentType.JSON).body(term("写词" + unique(), "PROMO", "BLOCK"))
                    .post("/api/lexicon/terms")
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", reader).delete("/api/lexicon/terms/" + id)
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", reader).contentType("text/plain").body("词")
                    .queryParam("category", "PROMO").queryParam("severity", "BLOCK")
                    .post("/api/lexicon/terms/import")
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", reader).contentType(ContentType.JSON).body("{\"phrase\": \"词" + unique() + "\"}")
                    .post("/api/lexicon/exemptions")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void partnersSeeNoLexiconAndAnonymousCallersAreUnauthorized() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"))).get("/api/lexicon/terms")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/lexicon/terms").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/lexicon/terms/export").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/lexicon/exemptions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anUnknownTermIsANotFoundProblem() {
        given().header("Authorization", COMPLIANCE).get("/api/lexicon/terms/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", COMPLIANCE).delete("/api/lexicon/terms/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
