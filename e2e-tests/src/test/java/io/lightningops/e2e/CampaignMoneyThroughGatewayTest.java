package io.lightningops.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * campaign-service's money through the gateway with real tokens: a coupon's redemption limit under concurrent
 * requests, and the spend approval chain whose levels decide in order and whose rejected or over-budget requests
 * commit nothing.
 */
class CampaignMoneyThroughGatewayTest {

    private static final int LIMIT = 7;
    private static final int REQUESTS = 40;

    @Test
    void aCouponLimitedToNRedeemsExactlyNTimesUnderFortyConcurrentRequests() throws Exception {
        String code = "E2E" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String coupon = Suite.as("operator").contentType(ContentType.JSON).body(Map.of("code", code, "limit", LIMIT))
                .post("/api/coupons")
                .then().statusCode(201).extract().path("id");

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String user = "e2e-user-" + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return Suite.as("operator").contentType(ContentType.JSON).body(Map.of("userRef", user))
                            .post("/api/coupons/" + coupon + "/redemptions")
                            .then().extract().statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(LIMIT, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
        assertEquals(REQUESTS - LIMIT, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        Suite.as("analyst").get("/api/coupons/" + coupon + "/redemptions")
                .then().statusCode(200).body("total", equalTo(LIMIT));
        Suite.as("analyst").get("/api/coupons/" + coupon)
                .then().statusCode(200).body("redeemed", equalTo(LIMIT)).body("remaining", equalTo(0));
    }

    @Test
    void theApprovalChainDecidesInOrderAndOnlyTheLastApprovalCommitsMoney() {
        Budget budget = budget("100000.00", "70000.00");
        // 60000.00 is above the two-level threshold (50000.00): three levels
        String id = spend("operator", budget.lineId, "60000.00").then().statusCode(201)
                .body("levelsRequired", equalTo(3)).body("currentLevel", equalTo(1))
                .extract().path("id");

        decide("admin", id, 2, "APPROVE").then().statusCode(409).contentType(Suite.PROBLEM);
        decide("operator", id, 1, "APPROVE").then().statusCode(403).contentType(Suite.PROBLEM);
        decide("analyst", id, 1, "APPROVE").then().statusCode(403).contentType(Suite.PROBLEM);
        decide("admin", id, 1, "APPROVE").then().statusCode(200).body("currentLevel", equalTo(2));
        assertEquals("0.00", budget.committed());
        decide("admin", id, 3, "APPROVE").then().statusCode(409);
        decide("admin", id, 2, "APPROVE").then().statusCode(200).body("currentLevel", equalTo(3));
        assertEquals("0.00", budget.committed());
        decide("admin", id, 3, "APPROVE").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decisions.level", equalTo(List.of(1, 2, 3)));
        assertEquals("60000.00", budget.committed());
    }

    @Test
    void aRejectedOrOverBudgetRequestCommitsNothing() {
        Budget budget = budget("100000.00", "10000.00");
        String rejected = spend("operator", budget.lineId, "8000.00").then().statusCode(201)
                .body("levelsRequired", equalTo(2)).extract().path("id");
        decide("admin", rejected, 1, "APPROVE").then().statusCode(200);
        decide("admin", rejected, 2, "REJECT").then().statusCode(200).body("status", equalTo("REJECTED"));
        decide("admin", rejected, 2, "APPROVE").then().statusCode(409);
        assertEquals("0.00", budget.committed());

        spend("operator", budget.lineId, "10000.01").then().statusCode(409).contentType(Suite.PROBLEM);
        assertEquals("0.00", budget.committed());

        // two requests that each fit, but not together: the second final approval is refused and commits nothing
        String first = spend("operator", budget.lineId, "4000.00").then().statusCode(201).extract().path("id");
        String second = spend("operator", budget.lineId, "4000.00").then().statusCode(201).extract().path("id");
        String third = spend("operator", budget.lineId, "4000.00").then().statusCode(201).extract().path("id");
        decide("admin", first, 1, "APPROVE").then().statusCode(200).body("status", equalTo("APPROVED"));
        decide("admin", second, 1, "APPROVE").then().statusCode(200).body("status", equalTo("APPROVED"));
        decide("admin", third, 1, "APPROVE").then().statusCode(409).contentType(Suite.PROBLEM);
        assertEquals("8000.00", budget.committed());
        Suite.as("analyst").get("/api/spend-requests/" + third).then().body("status", equalTo("PENDING"));
    }

    private record Budget(String id, String lineId) {

        String committed() {
            return Suite.as("analyst").get("/api/budgets/" + id).then().statusCode(200).extract().path("lines[0].committed");
        }
    }

    private static Budget budget(String total, String planned) {
        ExtractableResponse<Response> created = Suite.as("admin").contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "name", "e2e " + UUID.randomUUID(), "total", total,
                        "lines", List.of(Map.of("name", "DOU+ 与营销活动", "category", "MARKETING", "planned", planned))))
                .post("/api/budgets")
                .then().statusCode(201).extract();
        return new Budget(created.path("id"), created.path("lines[0].id"));
    }

    private static Response spend(String user, String lineId, String amount) {
        return Suite.as(user).contentType(ContentType.JSON)
                .body(Map.of("lineId", lineId, "amount", amount, "purpose", "e2e spend"))
                .post("/api/spend-requests");
    }

    private static Response decide(String user, String id, int level, String decision) {
        return Suite.as(user).contentType(ContentType.JSON)
                .body(Map.of("level", level, "decision", decision, "comment", "e2e"))
                .post("/api/spend-requests/" + id + "/decisions");
    }
}
