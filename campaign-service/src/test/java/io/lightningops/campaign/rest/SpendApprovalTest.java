package io.lightningops.campaign.rest;

import static io.lightningops.campaign.rest.Budgets.ADMIN;
import static io.lightningops.campaign.rest.Budgets.ANALYST;
import static io.lightningops.campaign.rest.Budgets.OPERATOR;
import static io.lightningops.campaign.rest.Budgets.committed;
import static io.lightningops.campaign.rest.Budgets.decide;
import static io.lightningops.campaign.rest.Budgets.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class SpendApprovalTest {

    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final String PARTNER_ALPHA = KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"));

    private static String budgetIdOf(String lineId) {
        return given().header("Authorization", ANALYST).get("/api/budgets?size=100")
                .then().extract().jsonPath().getString("items.find { it.lines.any { l -> l.id == '" + lineId + "' } }.id");
    }

    @Test
    void theAmountFixesTheLevelsAtTheConfiguredThresholds() {
        String line = Budgets.marketingLine("1000000.00", "800000.00");
        assertEquals(1, (int) request(OPERATOR, line, "5000.00").path("levelsRequired"));
        assertEquals(2, (int) request(OPERATOR, line, "5000.01").path("levelsRequired"));
        assertEquals(2, (int) request(OPERATOR, line, "50000.00").path("levelsRequired"));
        assertEquals(3, (int) request(OPERATOR, line, "50000.01").path("levelsRequired"));
    }

    @Test
    void threeLevelsAreDecidedInOrderAndTheLastApprovalCommitsTheMoney() {
        ExtractableResponse<Response> budget = Budgets.withMarketingLine("1000000.00", "800000.00");
        String line = budget.path("lines[0].id");
        String budgetId = budget.path("id");
        ExtractableResponse<Response> created = request(OPERATOR, line, "60000.00");
        assertEquals(201, created.statusCode());
        String id = created.path("id");
        created.response().then()
                .header("Location", org.hamcrest.Matchers.endsWith("/api/spend-requests/" + id))
                .body("status", equalTo("PENDING"))
                .body("currentLevel", equalTo(1))
                .body("levelsRequired", equalTo(3))
                .body("awaitingRoles", equalTo(List.of("operator", "admin")))
                .body("requestedBy", equalTo("operator"))
                .body("amount", equalTo("60000.00"));

        // level 2 and 3 may not decide before level 1
        decide(ADMIN, id, 2, "APPROVE").response().then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The request awaits the decision of level 1 of 3, not of level 2"));
        decide(ADMIN, id, 3, "APPROVE").response().then().statusCode(409);

        decide(ADMIN, id, 1, "APPROVE").response().then().statusCode(200)
                .body("currentLevel", equalTo(2)).body("status", equalTo("PENDING"))
                .body("awaitingRoles", equalTo(List.of("admin")));
        assertEquals("0.00", committed(budgetId));
        // a level decided once is not decided again
        decide(ADMIN, id, 1, "APPROVE").response().then().statusCode(409);
        decide(ADMIN, id, 2, "APPROVE").response().then().statusCode(200).body("currentLevel", equalTo(3));
        assertEquals("0.00", committed(budgetId));
        decide(ADMIN, id, 3, "APPROVE").response().then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("currentLevel", nullValue())
                .body("awaitingRoles", empty())
                .body("decisions.level", equalTo(List.of(1, 2, 3)))
                .body("decisions.decidedBy", equalTo(List.of("admin", "admin", "admin")))
                .body("closedAt", org.hamcrest.Matchers.notNullValue());
        assertEquals("60000.00", committed(budgetId));
        given().header("Authorization", ANALYST).get("/api/budgets/" + budgetId)
                .then().body("lines[0].available", equalTo("740000.00"));
        decide(ADMIN, id, 3, "APPROVE").response().then().statusCode(409);
        assertEquals("60000.00", committed(budgetId));
    }

    @Test
    void aRejectionAtAnyLevelClosesTheRequestAndCommitsNothing() {
        ExtractableResponse<Response> budget = Budgets.withMarketingLine("1000000.00", "800000.00");
        String line = budget.path("lines[0].id");
        String id = request(OPERATOR, line, "20000.00").path("id");
        decide(ADMIN, id, 1, "APPROVE").response().then().statusCode(200);
        decide(ADMIN, id, 2, "REJECT").response().then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("currentLevel", nullValue())
                .body("decisions.decision", equalTo(List.of("APPROVE", "REJECT")));
        assertEquals("0.00", committed(budget.path("id")));
        decide(ADMIN, id, 2, "APPROVE").response().then().statusCode(409)
                .body("detail", equalTo("The request is closed (REJECTED) and takes no more decisions"));
        assertEquals("0.00", committed(budget.path("id")));
    }

    @Test
    void theRequesterMayNotDecideOnTheirOwnRequest() {
        String line = Budgets.marketingLine("100000.00", "50000.00");
        String id = request(OPERATOR, line, "100.00").path("id");
        decide(OPERATOR, id, 1, "APPROVE").response().then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("You raised this request and may not decide on it"));
        given().header("Authorization", ANALYST).get("/api/spend-requests/" + id)
                .then().body("status", equalTo("PENDING")).body("decisions", empty());
    }

    @Test
    void aLevelIsDecidedOnlyByTheRolesConfiguredForIt() {
        String line = Budgets.marketingLine("1000000.00", "500000.00");
        String id = request(ADMIN, line, "10000.00").path("id");
        // level 1 takes operators; level 2 only admins, and the admin here raised the request
        decide(OPERATOR, id, 1, "APPROVE").response().then().statusCode(200).body("currentLevel", equalTo(2));
        decide(OPERATOR, id, 2, "APPROVE").response().then().statusCode(403)
                .body("detail", equalTo("Level 2 is decided by admin"));
        decide(ADMIN, id, 2, "APPROVE").response().then().statusCode(403);
        given().header("Authorization", ANALYST).get("/api/spend-requests/" + id)
                .then().body("currentLevel", equalTo(2)).body("decisions.level", equalTo(List.of(1)));
    }

    @Test
    void anOverBudgetRequestIsRefusedAndCommitsNothing() {
        ExtractableResponse<Response> budget = Budgets.withMarketingLine("10000.00", "8000.00");
        String line = budget.path("lines[0].id");
        long before = given().header("Authorization", ANALYST).queryParam("lineId", line).get("/api/spend-requests")
                .then().extract().jsonPath().getLong("total");
        request(OPERATOR, line, "8000.01").response().then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Over budget: the line 营销 has 8000.00 available, less than the 8000.01 requested"));
        assertEquals(before, given().header("Authorization", ANALYST).queryParam("lineId", line).get("/api/spend-requests")
                .then().extract().jsonPath().getLong("total"));
        assertEquals("0.00", committed(budget.path("id")));
    }

    @Test
    void aFinalApprovalBeyondWhatIsLeftAnswersConflictCommitsNothingAndLeavesTheRequestWaiting() {
        ExtractableResponse<Response> budget = Budgets.withMarketingLine("10000.00", "8000.00");
        String line = budget.path("lines[0].id");
        String first = request(OPERATOR, line, "5000.00").path("id");
        String second = request(OPERATOR, line, "4000.00").path("id");
        decide(ADMIN, first, 1, "APPROVE").response().then().statusCode(200).body("status", equalTo("APPROVED"));
        decide(ADMIN, second, 1, "APPROVE").response().then().statusCode(409).contentType("application/problem+json");
        assertEquals("5000.00", committed(budget.path("id")));
        given().header("Authorization", ANALYST).get("/api/spend-requests/" + second)
                .then().body("status", equalTo("PENDING")).body("currentLevel", equalTo(1)).body("decisions", empty());
    }

    @Test
    void twoApprovalsRacingForTheLastMoneyOfALineCannotBothWin() throws Exception {
        for (int round = 0; round < 3; round++) {
            ExtractableResponse<Response> budget = Budgets.withMarketingLine("10000.00", "3000.00");
            String line = budget.path("lines[0].id");
            String a = request(OPERATOR, line, "3000.00").path("id");
            String b = request(OPERATOR, line, "3000.00").path("id");
            List<Callable<Integer>> calls = List.of(
                    () -> decide(ADMIN, a, 1, "APPROVE").statusCode(),
                    () -> decide(ADMIN, b, 1, "APPROVE").statusCode());
            List<Integer> statuses = Concurrently.run(calls);
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
            assertEquals(1, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
            assertEquals("3000.00", committed(budget.path("id")));
            List<String> states = List.of(
                    given().header("Authorization", ANALYST).get("/api/spend-requests/" + a).then().extract().path("status"),
                    given().header("Authorization", ANALYST).get("/api/spend-requests/" + b).then().extract().path("status"));
            assertEquals(1, states.stream().filter("APPROVED"::equals).count(), "states " + states);
            assertEquals(1, states.stream().filter("PENDING"::equals).count(), "states " + states);
        }
    }

    @Test
    void concurrentDecisionsOnOneLevelAreTakenOnce() throws Exception {
        String line = Budgets.marketingLine("1000000.00", "500000.00");
        String id = request(OPERATOR, line, "20000.00").path("id");
        List<Integer> statuses = Concurrently.run(List.<Callable<Integer>>of(
                () -> decide(ADMIN, id, 1, "APPROVE").statusCode(),
                () -> decide(ADMIN, id, 1, "APPROVE").statusCode(),
                () -> decide(ADMIN, id, 1, "REJECT").statusCode()));
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        assertEquals(2, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        given().header("Authorization", ANALYST).get("/api/spend-requests/" + id)
                .then().body("decisions.size()", equalTo(1));
    }

    @Test
    void invalidRequestsAndDecisionsAreValidationProblems() {
        String line = Budgets.marketingLine("100000.00", "50000.00");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"lineId\": \"not-a-uuid\", \"amount\": \"0\", \"purpose\": \"\"}")
                .post("/api/spend-requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("amount"))
                .body("violations.field", hasItem("purpose"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"lineId\": \"not-a-uuid\", \"amount\": \"10.00\", \"purpose\": \"x\"}")
                .post("/api/spend-requests")
                .then().statusCode(400).body("violations.field", hasItem("lineId"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("lineId", UUID.randomUUID().toString(), "amount", "10.00", "purpose", "x"))
                .post("/api/spend-requests")
                .then().statusCode(400).body("violations.field", hasItem("lineId"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("lineId", line, "amount", "10.001", "purpose", "x"))
                .post("/api/spend-requests")
                .then().statusCode(400).body("violations.field", hasItem("amount"));
        String id = request(OPERATOR, line, "10.00").path("id");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"level\": 4, \"decision\": \"MAYBE\"}")
                .post("/api/spend-requests/" + id + "/decisions")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"level\": 4, \"decision\": \"APPROVE\"}")
                .post("/api/spend-requests/" + id + "/decisions")
                .then().statusCode(400).body("violations.field", hasItem("level"));
    }

    @Test
    void aRetriedRequestWithItsIdempotencyKeyCreatesOneRequest() {
        String line = Budgets.marketingLine("100000.00", "50000.00");
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("lineId", line, "amount", "300.00", "purpose", "retried");
        String first = given().header("Authorization", OPERATOR).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/spend-requests").then().statusCode(201).extract().path("id");
        given().header("Authorization", OPERATOR).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/spend-requests").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().header("Authorization", ANALYST).queryParam("lineId", line).get("/api/spend-requests")
                .then().body("total", equalTo(1));
    }

    @Test
    void unknownRequestsAreNotFound() {
        given().header("Authorization", ANALYST).get("/api/spend-requests/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        decide(ADMIN, UUID.randomUUID().toString(), 1, "APPROVE").response().then().statusCode(404);
    }

    @Test
    void analystsReadButNeitherRequestNorDecideAndOthersAreRefused() {
        String line = Budgets.marketingLine("100000.00", "50000.00");
        String id = request(OPERATOR, line, "10.00").path("id");
        request(ANALYST, line, "10.00").response().then().statusCode(403).contentType("application/problem+json");
        decide(ANALYST, id, 1, "APPROVE").response().then().statusCode(403);
        given().header("Authorization", ANALYST).get("/api/spend-requests").then().statusCode(200);
        for (String token : List.of(COMPLIANCE, PARTNER_ALPHA)) {
            given().header("Authorization", token).get("/api/spend-requests").then().statusCode(403);
            given().header("Authorization", token).get("/api/budgets").then().statusCode(403);
        }
        given().get("/api/spend-requests").then().statusCode(401).contentType("application/problem+json");
    }
}
