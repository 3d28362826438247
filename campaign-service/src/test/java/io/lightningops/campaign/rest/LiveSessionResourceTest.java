package io.lightningops.campaign.rest;

import static io.lightningops.campaign.rest.Budgets.ANALYST;
import static io.lightningops.campaign.rest.Budgets.OPERATOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LiveSessionResourceTest {

    @Test
    void aWeeklyPlanSchedulesTwoBrandSessionsAWeekAtTheSameLocalTime() {
        String coupon = CouponResourceTest.create(Map.of("code", CouponResourceTest.code(), "limit", 100));
        String planId = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("title", "品牌自播", "firstDay", "2026-11-04", "weeks", 2, "days", List.of("TUESDAY", "FRIDAY"),
                        "startTime", "20:00", "plannedMinutes", 120, "hosts", List.of("主播小鹿"), "couponIds", List.of(coupon)))
                .post("/api/live-sessions/plans")
                .then().statusCode(201)
                // Wednesday 4 Nov: Friday 6, Tuesday 10, Friday 13; Tuesday 3 is before the first day
                .body("sessions.startsAt", equalTo(List.of("2026-11-06T12:00:00Z", "2026-11-10T12:00:00Z", "2026-11-13T12:00:00Z")))
                .body("sessions[0].couponIds", equalTo(List.of(coupon)))
                .body("sessions[0].status", equalTo("SCHEDULED"))
                .extract().path("planId");
        given().header("Authorization", ANALYST).queryParam("planId", planId).get("/api/live-sessions")
                .then().statusCode(200).body("total", equalTo(3)).body("items[0].hosts", equalTo(List.of("主播小鹿")));
    }

    @Test
    void resultsCompleteASessionAndNeedItsETag() {
        String id = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("title", "周二咖啡课", "startsAt", "2026-11-03T20:00:00+08:00", "plannedMinutes", 120,
                        "hosts", List.of("主播小鹿", "咖啡师阿晨")))
                .post("/api/live-sessions")
                .then().statusCode(201).body("results", nullValue()).extract().path("id");
        Map<String, Object> results = Map.of("viewers", 48200, "peakViewers", 3100, "gmv", "86500.00", "orders", 1320,
                "durationMinutes", 135);
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(results).put("/api/live-sessions/" + id + "/results")
                .then().statusCode(428);
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(results)
                .put("/api/live-sessions/" + id + "/results")
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("results.gmv", equalTo("86500.00"))
                .body("results.peakViewers", equalTo(3100));
        given().header("Authorization", OPERATOR).post("/api/live-sessions/" + id + "/cancel").then().statusCode(409);
        given().header("Authorization", OPERATOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("viewers", 10, "peakViewers", 11, "gmv", "0", "durationMinutes", 1))
                .put("/api/live-sessions/" + id + "/results")
                .then().statusCode(400).body("violations.field", hasItem("peakViewers"));
    }

    @Test
    void aCancelledSessionTakesNoResults() {
        String id = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("title", "取消", "startsAt", "2026-11-03T20:00:00+08:00", "plannedMinutes", 60, "hosts", List.of("a")))
                .post("/api/live-sessions").then().statusCode(201).extract().path("id");
        given().header("Authorization", OPERATOR).post("/api/live-sessions/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().header("Authorization", OPERATOR).header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("viewers", 1, "peakViewers", 1, "gmv", "0", "durationMinutes", 1))
                .put("/api/live-sessions/" + id + "/results")
                .then().statusCode(409);
    }

    @Test
    void invalidSessionsAndPlansAreValidationProblems() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "startsAt", "2026-11-03T20:00:00+08:00", "plannedMinutes", 5, "hosts", List.of(),
                        "couponIds", List.of(UUID.randomUUID().toString())))
                .post("/api/live-sessions")
                .then().statusCode(400)
                .body("violations.field", hasItem("plannedMinutes"))
                .body("violations.field", hasItem("hosts"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "startsAt", "2026-11-03T20:00:00+08:00", "plannedMinutes", 60, "hosts", List.of("a"),
                        "couponIds", List.of(UUID.randomUUID().toString())))
                .post("/api/live-sessions")
                .then().statusCode(400).body("violations.field", hasItem("couponIds[0]"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "firstDay", "2026-11-04", "weeks", 0, "days", List.of("FUNDAY"),
                        "startTime", "20:00", "plannedMinutes", 60, "hosts", List.of("a")))
                .post("/api/live-sessions/plans")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "firstDay", "2026-11-04", "weeks", 0, "days", List.of("MONDAY"),
                        "startTime", "20:00", "offset", "China", "plannedMinutes", 60, "hosts", List.of("a")))
                .post("/api/live-sessions/plans")
                .then().statusCode(400).body("violations.field", hasItem("weeks")).body("violations.field", hasItem("offset"));
    }

    @Test
    void analystsReadTheScheduleButDoNotChangeIt() {
        given().header("Authorization", ANALYST).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "startsAt", "2026-11-03T20:00:00+08:00", "plannedMinutes", 60, "hosts", List.of("a")))
                .post("/api/live-sessions").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ANALYST).queryParam("from", "2026-11-01T00:00:00+08:00").get("/api/live-sessions")
                .then().statusCode(200);
        given().header("Authorization", ANALYST).get("/api/live-sessions/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/live-sessions").then().statusCode(401);
    }
}
