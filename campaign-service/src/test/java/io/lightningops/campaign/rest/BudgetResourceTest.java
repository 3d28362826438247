package io.lightningops.campaign.rest;

import static io.lightningops.campaign.rest.Budgets.ADMIN;
import static io.lightningops.campaign.rest.Budgets.ANALYST;
import static io.lightningops.campaign.rest.Budgets.OPERATOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BudgetResourceTest {

    private static Map<String, Object> line(String name, String category, String planned) {
        return Map.of("name", name, "category", category, "planned", planned);
    }

    @Test
    void anAnnualBudgetHoldsBackTheDefaultReserveAndSplitsLinesIntoRigidAndFlexible() {
        String id = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "name", "2026 年度预算", "total", "1000000.00", "lines", List.of(
                        line("薪资", "SALARIES", "360000.00"),
                        line("平台费", "PLATFORM_FEES", "60000.00"),
                        line("折旧", "DEPRECIATION", "20000.00"),
                        line("内容", "CONTENT", "240000.00"),
                        line("营销", "MARKETING", "100000.00"))))
                .post("/api/budgets")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/budgets/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("reserveRate", equalTo("0.2000"))
                .body("reserve", equalTo("200000.00"))
                .body("allocated", equalTo("780000.00"))
                .body("unallocated", equalTo("20000.00"))
                .body("lines.kind", equalTo(List.of("RIGID", "RIGID", "RIGID", "FLEXIBLE", "FLEXIBLE")))
                .body("lines[0].monthlyPlan[0]", equalTo("30000.00"))
                .body("createdBy", equalTo("admin"))
                .extract().path("id");
        given().header("Authorization", ANALYST).get("/api/budgets/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("lines[3].available", equalTo("240000.00"));
    }

    @Test
    void anEvenMonthlySplitGivesDecemberTheRemainingFen() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "name", "split", "total", "1000.00", "reserveRate", "0",
                        "lines", List.of(line("内容", "CONTENT", "100.00"))))
                .post("/api/budgets")
                .then().statusCode(201)
                .body("reserve", equalTo("0.00"))
                .body("lines[0].monthlyPlan[0]", equalTo("8.33"))
                .body("lines[0].monthlyPlan[11]", equalTo("8.37"));
    }

    @Test
    void linesBeyondWhatTheReserveLeavesAreRefusedAndNothingIsCreated() {
        long before = given().header("Authorization", ANALYST).get("/api/budgets").then().extract().jsonPath().getLong("total");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "name", "too much", "total", "1000.00",
                        "lines", List.of(line("营销", "MARKETING", "800.01"))))
                .post("/api/budgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("lines"));
        given().header("Authorization", ANALYST).get("/api/budgets").then().body("total", equalTo((int) before));
    }

    @Test
    void aMonthlyPlanMustAddUpToTheLinesPlan() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "name", "months", "total", "100000.00", "lines", List.of(Map.of(
                        "name", "内容", "category", "CONTENT", "planned", "1200.00",
                        "monthlyPlan", Collections.nCopies(12, "99.00")))))
                .post("/api/budgets")
                .then().statusCode(400).body("violations.field", hasItem("lines[0].monthlyPlan"));
    }

    @Test
    void invalidBudgetsNameEachBadField() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"year\": 1999, \"name\": \"\", \"total\": \"-1\", \"reserveRate\": \"1.5\", \"lines\": "
                        + "[{\"name\": \"x\", \"category\": \"TRAVEL\", \"planned\": \"1\"}]}")
                .post("/api/budgets")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"year\": 1999, \"name\": \"\", \"total\": \"-1\", \"reserveRate\": \"1.5\", \"lines\": []}")
                .post("/api/budgets")
                .then().statusCode(400)
                .body("violations.field", hasItem("year"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("total"))
                .body("violations.field", hasItem("reserveRate"))
                .body("violations.field", hasItem("lines"));
    }

    @Test
    void aLineIsAddedOnlyWithinTheUnallocatedMoney() {
        String id = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "name", "grow", "total", "1000.00", "lines", List.of(line("内容", "CONTENT", "500.00"))))
                .post("/api/budgets").then().statusCode(201).extract().path("id");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(line("营销", "MARKETING", "300.01"))
                .post("/api/budgets/" + id + "/lines")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(line("营销", "MARKETING", "300.00"))
                .post("/api/budgets/" + id + "/lines")
                .then().statusCode(201).body("kind", equalTo("FLEXIBLE"));
        given().header("Authorization", ANALYST).get("/api/budgets/" + id)
                .then().body("lines.size()", equalTo(2)).body("unallocated", equalTo("0.00"));
    }

    @Test
    void theVarianceOfActualAgainstPlanIsFlaggedBeyondFivePercent() {
        // 1200 a year: 100 a month on each line
        String id = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "name", "variance", "total", "10000.00", "lines", List.of(
                        line("内容", "CONTENT", "1200.00"), line("营销", "MARKETING", "1200.00"))))
                .post("/api/budgets").then().statusCode(201).extract().path("id");
        List<String> lines = given().header("Authorization", ANALYST).get("/api/budgets/" + id)
                .then().extract().path("lines.id");
        record("/api/budgets/" + id + "/lines/" + lines.get(0) + "/actuals", "2026-02", "60.00");
        record("/api/budgets/" + id + "/lines/" + lines.get(0) + "/actuals", "2026-02", "45.00");
        record("/api/budgets/" + id + "/lines/" + lines.get(1) + "/actuals", "2026-02", "105.01");

        given().header("Authorization", ANALYST).queryParam("month", "2026-02").get("/api/budgets/" + id + "/variance")
                .then().statusCode(200)
                .body("threshold", equalTo("0.0500"))
                .body("rows.size()", equalTo(2))
                .body("rows[0].planned", equalTo("100.00"))
                .body("rows[0].actual", equalTo("105.00"))
                .body("rows[0].variance", equalTo("5.00"))
                .body("rows[0].varianceRate", equalTo("0.0500"))
                .body("rows[0].flagged", equalTo(false))
                .body("rows[1].actual", equalTo("105.01"))
                .body("rows[1].varianceRate", equalTo("0.0501"))
                .body("rows[1].flagged", equalTo(true));
        // without a month: January (nothing spent, -100%) and February
        given().header("Authorization", ANALYST).get("/api/budgets/" + id + "/variance")
                .then().statusCode(200)
                .body("rows.size()", equalTo(4))
                .body("rows.month", equalTo(List.of("2026-01", "2026-02", "2026-01", "2026-02")))
                .body("rows[0].varianceRate", equalTo("-1.0000"))
                .body("rows[0].flagged", equalTo(true));
        given().header("Authorization", ANALYST).get("/api/budgets/" + id)
                .then().body("lines[0].actual", equalTo("105.00"));
    }

    @Test
    void actualSpendOutsideTheBudgetsYearOrOnAnotherBudgetsLineIsRefused() {
        String id = Budgets.withMarketingLine("1000.00", "100.00").path("id");
        String line = given().header("Authorization", ANALYST).get("/api/budgets/" + id).then().extract().path("lines[0].id");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("month", "2027-01", "amount", "1.00"))
                .post("/api/budgets/" + id + "/lines/" + line + "/actuals")
                .then().statusCode(400).body("violations.field", hasItem("month"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("month", "2026-13", "amount", "0"))
                .post("/api/budgets/" + id + "/lines/" + line + "/actuals")
                .then().statusCode(400).body("violations.field", hasItem("month")).body("violations.field", hasItem("amount"));
        String other = Budgets.withMarketingLine("1000.00", "100.00").path("id");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("month", "2026-01", "amount", "1.00"))
                .post("/api/budgets/" + other + "/lines/" + line + "/actuals")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ANALYST).queryParam("month", "March").get("/api/budgets/" + id + "/variance")
                .then().statusCode(400).body("violations.field", hasItem("month"));
    }

    @Test
    void analystsReadBudgetsButDoNotWriteThem() {
        given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "name", "x", "total", "1.00", "lines", List.of(line("x", "CONTENT", "0.50"))))
                .post("/api/budgets").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ANALYST).get("/api/budgets/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/budgets").then().statusCode(401);
    }

    private static void record(String path, String month, String amount) {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("month", month, "amount", amount, "note", "test"))
                .post(path)
                .then().statusCode(201).body("month", equalTo(month)).body("amount", equalTo(amount));
    }
}
