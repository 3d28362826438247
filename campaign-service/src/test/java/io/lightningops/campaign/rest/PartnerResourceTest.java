package io.lightningops.campaign.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
class PartnerResourceTest {

    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    private static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final String PARTNER_ALPHA = KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"));

    static String uniqueAgency() {
        return "mcn-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String mcn(String name, String agency) {
        return "{\"name\": \"" + name + "\", \"type\": \"MCN\", \"agency\": \"" + agency + "\"}";
    }

    static ExtractableResponse<Response> create(String body) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body)
                .post("/api/partners")
                .then().statusCode(201).extract();
    }

    static long total() {
        return given().header("Authorization", ANALYST).get("/api/partners")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void operatorCreatesAnMcnWithLocationAndETag() {
        String agency = uniqueAgency();
        ExtractableResponse<Response> created = create("{\"name\": \"星河MCN\", \"type\": \"MCN\", \"agency\": \"" + agency
                + "\", \"douyinId\": \"xinghe_mcn\", \"contactEmail\": \"bd@xinghe-mcn.example\"}");
        String id = created.path("id");
        assertEquals("\"0\"", created.header("ETag"));
        MatcherAssert.assertThat(created.header("Location"), matchesPattern(".*/api/partners/" + id));

        given().header("Authorization", ANALYST).get("/api/partners/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("星河MCN"))
                .body("type", equalTo("MCN"))
                .body("agency", equalTo(agency))
                .body("douyinId", equalTo("xinghe_mcn"))
                .body("contactEmail", equalTo("bd@xinghe-mcn.example"))
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)"));
    }

    @Test
    void creatorsAndBrandsHaveNoAgency() {
        create("{\"name\": \"咖啡小鹿\", \"type\": \"CREATOR\", \"douyinId\": \"coffee_deer\"}")
                .response().then().body("agency", nullValue()).body("contactEmail", nullValue());
        create("{\"name\": \"联名品牌\", \"type\": \"BRAND\"}")
                .response().then().body("type", equalTo("BRAND")).body("agency", nullValue());
    }

    @Test
    void anMcnWithoutAnAgencyIsAValidationProblemNamingTheField() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"无名MCN\", \"type\": \"MCN\"}")
                .post("/api/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/validation"))
                .body("violations.field", hasItem("agency"));
    }

    @Test
    void anAgencyOnACreatorOrBrandIsRefusedWithAViolation() {
        long before = total();
        for (String type : new String[] {"CREATOR", "BRAND"}) {
            given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                    .body("{\"name\": \"x\", \"type\": \"" + type + "\", \"agency\": \"" + uniqueAgency() + "\"}")
                    .post("/api/partners")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("agency"));
        }
        assertEquals(before, total());
    }

    @Test
    void anAgencyOutsideItsPatternIsAValidationProblem() {
        for (String agency : new String[] {"Alpha", "a", "-alpha", "alpha_beta", "a".repeat(64)}) {
            given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                    .body(mcn("x", agency))
                    .post("/api/partners")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("agency"));
        }
    }

    @Test
    void aTakenAgencyIsAConflictOnCreateAndUpdate() {
        String agency = uniqueAgency();
        create(mcn("第一家", agency));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(mcn("第二家", agency))
                .post("/api/partners")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/conflict"));

        String otherId = create(mcn("另一家", uniqueAgency())).path("id");
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(mcn("另一家", agency))
                .put("/api/partners/" + otherId)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anMcnKeepsItsOwnAgencyOnUpdate() {
        String agency = uniqueAgency();
        String id = create(mcn("旧名字", agency)).path("id");
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(mcn("新名字", agency))
                .put("/api/partners/" + id)
                .then().statusCode(200).body("name", equalTo("新名字")).body("agency", equalTo(agency));
    }

    @Test
    void invalidFieldsAreAllReportedAndNothingIsCreated() {
        long before = total();
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"\", \"type\": null, \"douyinId\": \"has spaces\", \"contactEmail\": \"not-an-email\"}")
                .post("/api/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItems("name", "type", "douyinId", "contactEmail"));
        assertEquals(before, total());
    }

    @Test
    void anUnknownTypeNamesTheAllowedValues() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"type\": \"AGENCY\"}")
                .post("/api/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("type"))
                .body("violations[0].message", equalTo("must be one of CREATOR, MCN, BRAND"));
    }

    @Test
    void theListFiltersByTypeAndByAgency() {
        String agency = uniqueAgency();
        String mcnId = create(mcn("可查到的MCN", agency)).path("id");
        String creatorId = create("{\"name\": \"达人\", \"type\": \"CREATOR\"}").path("id");

        given().header("Authorization", ANALYST).queryParam("agency", agency).get("/api/partners")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(mcnId))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        given().header("Authorization", ANALYST).queryParam("type", "CREATOR").queryParam("size", 100).get("/api/partners")
                .then().statusCode(200)
                .body("items.type", everyItem(equalTo("CREATOR")))
                .body("items.id", hasItem(creatorId))
                .body("items.id", not(hasItem(mcnId)));
        given().header("Authorization", ANALYST).queryParam("agency", uniqueAgency()).get("/api/partners")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theListPagesInCreationOrder() {
        String first = create("{\"name\": \"一\", \"type\": \"BRAND\"}").path("id");
        String second = create("{\"name\": \"二\", \"type\": \"BRAND\"}").path("id");
        long total = total();
        given().header("Authorization", ANALYST).queryParam("page", total - 2).queryParam("size", 1).get("/api/partners")
                .then().statusCode(200)
                .body("page", equalTo((int) total - 2))
                .body("size", equalTo(1))
                .body("total", equalTo((int) total))
                .body("items.id", equalTo(List.of(first)));
        given().header("Authorization", ANALYST).queryParam("page", total - 1).queryParam("size", 1).get("/api/partners")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(second)));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = create("{\"name\": \"原名\", \"type\": \"CREATOR\"}").path("id");
        String body = "{\"name\": \"新名\", \"type\": \"CREATOR\", \"contactEmail\": \"hi@creator.example\"}";

        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body)
                .put("/api/partners/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .put("/api/partners/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("新名"))
                .body("contactEmail", equalTo("hi@creator.example"));
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"name\": \"过期\", \"type\": \"CREATOR\"}")
                .put("/api/partners/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", ANALYST).get("/api/partners/" + id)
                .then().body("name", equalTo("新名"));
    }

    @Test
    void anUnknownPartnerIsANotFoundProblem() {
        given().header("Authorization", ANALYST).get("/api/partners/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"))
                .body("detail", notNullValue());
    }

    @Test
    void adminsWritePartnersToo() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(mcn("管理员建的", uniqueAgency()))
                .post("/api/partners")
                .then().statusCode(201);
    }

    @Test
    void analystsReadButDoNotWrite() {
        String id = create("{\"name\": \"x\", \"type\": \"BRAND\"}").path("id");
        given().header("Authorization", ANALYST).contentType(ContentType.JSON).body("{\"name\": \"x\", \"type\": \"BRAND\"}")
                .post("/api/partners")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ANALYST).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"name\": \"y\", \"type\": \"BRAND\"}")
                .put("/api/partners/" + id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void complianceDoesNotSeePartners() {
        given().header("Authorization", COMPLIANCE).get("/api/partners")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void partnersSeeNoPartnerRecordNotEvenTheirOwn() {
        String id = create(mcn("alpha 的记录", uniqueAgency())).path("id");
        given().header("Authorization", PARTNER_ALPHA).get("/api/partners")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", PARTNER_ALPHA).get("/api/partners/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", PARTNER_ALPHA).contentType(ContentType.JSON).body(mcn("x", uniqueAgency()))
                .post("/api/partners")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        given().get("/api/partners")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstPartner() {
        String key = UUID.randomUUID().toString();
        String body = mcn("幂等MCN", uniqueAgency());
        String first = given().header("Authorization", OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/partners")
                .then().statusCode(201).extract().path("id");
        long afterFirst = total();
        // a second create of the same agency would be a 409; the replay answers the first 201 instead
        given().header("Authorization", OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/partners")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", matchesPattern(".*/api/partners/" + first))
                .body("id", equalTo(first));
        assertEquals(afterFirst, total());
        given().header("Authorization", OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body.replace("幂等", "另一个")).post("/api/partners")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
