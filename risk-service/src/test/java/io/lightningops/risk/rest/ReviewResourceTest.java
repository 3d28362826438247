package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import io.lightningops.defaults.testing.KeycloakTokens;
import io.lightningops.risk.testing.TestClock;

@QuarkusTest
class ReviewResourceTest {

    private static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String review(String contentRef) {
        return "{\"contentType\": \"VIDEO\", \"contentRef\": \"" + contentRef + "\", \"title\": \"全网最佳的冷萃咖啡\","
                + " \"text\": \"这是全网最佳的冷萃\", \"findings\": [{\"term\": \"最佳\", \"category\": \"AD_LAW\","
                + " \"severity\": \"REVIEW\", \"start\": 4, \"end\": 6, \"suggestion\": \"改为优质\"}]}";
    }

    static String decision(String level, String decision, String reason) {
        return "{\"level\": \"" + level + "\", \"decision\": \"" + decision + "\", \"reason\": \"" + reason + "\"}";
    }

    static String open(String contentRef) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(review(contentRef))
                .post("/api/reviews").then().statusCode(201).extract().path("id");
    }

    static ExtractableResponse<Response> decide(String token, String id, String body, int status) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/reviews/" + id + "/decisions").then().statusCode(status).extract();
    }

    @Test
    void anOperatorOpensAReviewAtSelfCheckWithItsFindings() {
        String ref = UUID.randomUUID().toString();
        ExtractableResponse<Response> created = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(review(ref)).post("/api/reviews")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("level", equalTo("SELF_CHECK"))
                .body("finalLevel", equalTo("LEGAL"))
                .body("openedBy", equalTo("operator"))
                .body("decisions", empty())
                .extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/api/reviews/" + id));

        given().header("Authorization", ANALYST).get("/api/reviews/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("contentType", equalTo("VIDEO"))
                .body("contentRef", equalTo(ref))
                .body("title", equalTo("全网最佳的冷萃咖啡"))
                .body("findings[0].term", equalTo("最佳"))
                .body("findings[0].category", equalTo("AD_LAW"))
                .body("findings[0].severity", equalTo("REVIEW"))
                .body("findings[0].start", equalTo(4))
                .body("findings[0].end", equalTo(6))
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)"));
    }

    @Test
    void approvalsAtTheThreeLevelsCloseTheReviewApprovedWithTheWholeTrail() {
        clock.set(Instant.parse("2026-11-26T09:10:00Z"));
        String id = open(UUID.randomUUID().toString());

        decide(OPERATOR, id, decision("SELF_CHECK", "APPROVE", "已改为优质"), 200)
                .response().then().body("status", equalTo("OPEN")).body("level", equalTo("COMPLIANCE"))
                .header("ETag", "\"1\"");
        clock.set(Instant.parse("2026-11-26T10:00:00Z"));
        decide(COMPLIANCE, id, decision("COMPLIANCE", "APPROVE", "符合广告法"), 200)
                .response().then().body("level", equalTo("LEGAL"));
        clock.set(Instant.parse("2026-11-26T11:00:00Z"));
        decide(ADMIN, id, decision("LEGAL", "APPROVE", "无法律风险"), 200);

        given().header("Authorization", ANALYST).get("/api/reviews/" + id)
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("level", nullValue())
                .body("closedAt", equalTo("2026-11-26T11:00:00Z"))
                .body("decisions.level", contains("SELF_CHECK", "COMPLIANCE", "LEGAL"))
                .body("decisions.decision", contains("APPROVE", "APPROVE", "APPROVE"))
                .body("decisions.decidedBy", contains("operator", "compliance", "admin"))
                .body("decisions.reason", contains("已改为优质", "符合广告法", "无法律风险"))
                .body("decisions.decidedAt", contains("2026-11-26T09:10:00Z", "2026-11-26T10:00:00Z",
                        "2026-11-26T11:00:00Z"));
    }

    @Test
    void aRejectionClosesTheReviewRejectedAndAClosedReviewTakesNoMoreDecisions() {
        String id = open(UUID.randomUUID().toString());
        decide(OPERATOR, id, decision("SELF_CHECK", "APPROVE", "自检通过"), 200);
        decide(COMPLIANCE, id, decision("COMPLIANCE", "REJECT", "含绝对化用语"), 200)
                .response().then()
                .body("status", equalTo("REJECTED"))
                .body("level", nullValue())
                .body("closedAt", org.hamcrest.Matchers.notNullValue());

        decide(ADMIN, id, decision("LEGAL", "APPROVE", "太晚了"), 409)
                .response().then().contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/conflict"));
        given().header("Authorization", ANALYST).get("/api/reviews/" + id)
                .then().body("decisions.size()", equalTo(2)).body("status", equalTo("REJECTED"));
    }

    @Test
    void decidingAtALevelTheReviewDoesNotAwaitIsAConflict() {
        String id = open(UUID.randomUUID().toString());
        decide(COMPLIANCE, id, decision("COMPLIANCE", "APPROVE", "跳过自检"), 409)
                .response().then().contentType("application/problem+json");
        decide(COMPLIANCE, id, decision("LEGAL", "APPROVE", "跳过"), 409);
        given().header("Authorization", ANALYST).get("/api/reviews/" + id)
                .then().body("level", equalTo("SELF_CHECK")).body("decisions", empty()).header("ETag", "\"0\"");
    }

    @Test
    void theOpenerMayStartAtALaterLevel() {
        String id = given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body(review(UUID.randomUUID().toString()).replace("{\"contentType\"", "{\"level\": \"LEGAL\", \"contentType\""))
                .post("/api/reviews").then().statusCode(201).body("level", equalTo("LEGAL")).extract().path("id");
        decide(COMPLIANCE, id, decision("LEGAL", "APPROVE", "法务通过"), 200)
                .response().then().body("status", equalTo("APPROVED"));
    }

    @Test
    void onlyAdminAndComplianceDecideAtComplianceAndLegal() {
        String id = open(UUID.randomUUID().toString());
        decide(OPERATOR, id, decision("SELF_CHECK", "APPROVE", "自检通过"), 200);
        decide(OPERATOR, id, decision("COMPLIANCE", "APPROVE", "我自己批"), 403)
                .response().then().contentType("application/problem+json");
        decide(ANALYST, id, decision("COMPLIANCE", "APPROVE", "x"), 403);
        given().header("Authorization", ANALYST).get("/api/reviews/" + id)
                .then().body("level", equalTo("COMPLIANCE")).body("decisions.size()", equalTo(1));
    }

    @Test
    void analystsReadButNeitherOpenNorDecideAndPartnersAndAnonymousCallersAreRefused() {
        String id = open(UUID.randomUUID().toString());
        given().header("Authorization", ANALYST).contentType(ContentType.JSON).body(review("x"))
                .post("/api/reviews").then().statusCode(403).contentType("application/problem+json");
        decide(ANALYST, id, decision("SELF_CHECK", "APPROVE", "x"), 403);
        given().header("Authorization", ANALYST).get("/api/reviews").then().statusCode(200);
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"))).get("/api/reviews/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/reviews").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(review("x")).post("/api/reviews").then().statusCode(401);
    }

    @Test
    void aStaleIfMatchOnADecisionIsAPreconditionFailure() {
        String id = open(UUID.randomUUID().toString());
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(decision("SELF_CHECK", "APPROVE", "自检通过"))
                .post("/api/reviews/" + id + "/decisions").then().statusCode(200).header("ETag", "\"1\"");
        given().header("Authorization", COMPLIANCE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(decision("COMPLIANCE", "APPROVE", "基于旧版本"))
                .post("/api/reviews/" + id + "/decisions").then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", ANALYST).get("/api/reviews/" + id).then().body("level", equalTo("COMPLIANCE"));
    }

    @Test
    void invalidReviewsAndDecisionsAreValidationProblemsNamingEachField() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"contentType\": \"video\", \"findings\": [{\"term\": \"\", \"category\": \"AD_LAW\","
                        + " \"severity\": \"MAYBE\", \"start\": -1, \"end\": 2}]}")
                .post("/api/reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("contentType", "contentRef"))
                // service-defaults names list elements' fields "findings.term[0]" today; assert only the field names
                .body("violations.field", hasItems(containsString("term"), containsString("severity"),
                        containsString("start")))
                .body("violations.size()", equalTo(5));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(review("r").replace("\"start\": 4, \"end\": 6", "\"start\": 6, \"end\": 4"))
                .post("/api/reviews")
                .then().statusCode(400).body("violations[0].field", equalTo("findings[0].end"));
        String id = open(UUID.randomUUID().toString());
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"level\": \"SELF_CHECK\", \"decision\": \"MAYBE\", \"reason\": \"x\"}")
                .post("/api/reviews/" + id + "/decisions")
                .then().statusCode(400).body("violations[0].field", equalTo("decision"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"level\": \"SELF_CHECK\", \"decision\": \"APPROVE\", \"reason\": \" \"}")
                .post("/api/reviews/" + id + "/decisions")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstReview() {
        String ref = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(review(ref)).post("/api/reviews")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(review(ref)).post("/api/reviews")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().header("Authorization", ANALYST).queryParam("contentRef", ref).get("/api/reviews")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(first));
    }

    @Test
    void contentServiceFindsTheReviewsOfItsContentAndReviewersTheirQueue() {
        String ref = UUID.randomUUID().toString();
        String older = open(ref);
        decide(OPERATOR, older, decision("SELF_CHECK", "REJECT", "撤回重写"), 200);
        String newer = open(ref);
        String other = open(UUID.randomUUID().toString());
        decide(OPERATOR, other, decision("SELF_CHECK", "APPROVE", "自检通过"), 200);

        given().header("Authorization", OPERATOR).queryParam("contentRef", ref).get("/api/reviews")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(newer, older))
                .body("items.status", contains("OPEN", "REJECTED"));
        given().header("Authorization", COMPLIANCE).queryParam("status", "OPEN").queryParam("level", "COMPLIANCE")
                .queryParam("size", 100).get("/api/reviews")
                .then().statusCode(200)
                .body("items.level", everyItem(equalTo("COMPLIANCE")))
                .body("items.status", everyItem(equalTo("OPEN")))
                .body("items.id", hasItem(other))
                .body("items.id", not(hasItem(newer)));
        given().header("Authorization", COMPLIANCE).queryParam("level", "BOSS").get("/api/reviews")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnknownReviewIsANotFoundProblem() {
        given().header("Authorization", ANALYST).get("/api/reviews/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        decide(COMPLIANCE, UUID.randomUUID().toString(), decision("SELF_CHECK", "APPROVE", "x"), 404);
    }
}
