package io.lightningops.analytics.rest;

import static io.lightningops.analytics.rest.EventFunnelResourceTest.ANALYST;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.COMPLIANCE;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.OPERATOR;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.PARTNER;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.postEvents;
import static io.lightningops.analytics.testing.Rows.event;
import static io.lightningops.analytics.testing.Rows.newId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

@QuarkusTest
class CohortResourceTest {

    static JsonPath cohorts(String token, String account, String from, String to) {
        return given().header("Authorization", token).queryParam("accountId", account).queryParam("from", from)
                .queryParam("to", to).get("/api/kpis/cohorts").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static void assertDecimal(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), expected + " <> " + actual);
    }

    @Test
    void usersAreGroupedByTheDayOfTheirFirstFollowWithD1D7RetentionAndLtv() {
        String account = newId();
        String other = newId();
        assertEquals(14, postEvents(List.of(
                event("FOLLOW", account, "u1", "2026-10-01T10:00:00+08:00", null),
                event("LIKE", account, "u1", "2026-10-02T10:00:00+08:00", null),
                event("ORDER", account, "u1", "2026-10-08T10:00:00+08:00", "100.00"),
                // day 31 of the cohort: after the 30 days of LTV
                event("ORDER", account, "u1", "2026-10-31T10:00:00+08:00", "50.00"),
                event("FOLLOW", account, "u2", "2026-10-01T11:00:00+08:00", null),
                event("ORDER", account, "u2", "2026-10-01T12:00:00+08:00", "20.00"),
                event("FOLLOW", account, "u2", "2026-10-02T09:00:00+08:00", null),
                event("FOLLOW", account, "u3", "2026-10-01T12:00:00+08:00", null),
                // first follow before the window: not a cohort of it, even though it follows again in it
                event("FOLLOW", account, "u4", "2026-09-30T12:00:00+08:00", null),
                event("FOLLOW", account, "u4", "2026-10-02T12:00:00+08:00", null),
                // 17:00 UTC on 1 October is 2 October in Shanghai
                event("FOLLOW", account, "u5", "2026-10-01T17:00:00Z", null),
                event("ORDER", account, "u5", "2026-10-03T10:00:00+08:00", "9.99"),
                // an order before the first follow is not part of the cohort's LTV
                event("ORDER", account, "u6", "2026-09-25T10:00:00+08:00", "500.00"),
                event("FOLLOW", account, "u6", "2026-10-02T10:00:00+08:00", null))).getInt("accepted"));
        // another account's events of the same user ref do not make it active here
        postEvents(List.of(event("LIKE", other, "u3", "2026-10-02T10:00:00+08:00", null)));

        JsonPath result = cohorts(OPERATOR, account, "2026-10-01", "2026-10-02");
        assertEquals(30, result.getInt("ltvDays"));
        assertEquals(List.of("2026-10-01", "2026-10-02"), result.getList("cohorts.day"));
        assertEquals(3, result.getLong("cohorts[0].users"));
        assertEquals(2, result.getLong("cohorts[0].day1Active"));
        assertDecimal("0.666667", result.get("cohorts[0].day1Retention"));
        assertEquals(1, result.getLong("cohorts[0].day7Active"));
        assertDecimal("0.333333", result.get("cohorts[0].day7Retention"));
        assertEquals("120.00", result.getString("cohorts[0].revenue"));
        assertEquals("40.00", result.getString("cohorts[0].ltv"));
        assertTrue(result.getBoolean("cohorts[0].ltvFinal"));

        assertEquals(2, result.getLong("cohorts[1].users"));
        assertDecimal("0.5", result.get("cohorts[1].day1Retention"));
        assertDecimal("0", result.get("cohorts[1].day7Retention"));
        assertEquals("9.99", result.getString("cohorts[1].revenue"));
        // 9.99 / 2 = 4.995, half up to the fen
        assertEquals("5.00", result.getString("cohorts[1].ltv"));

        assertEquals(List.of("2026-09-30"), cohorts(ANALYST, account, "2026-09-01", "2026-09-30").getList("cohorts.day"));
    }

    @Test
    void retentionIsUnknownUntilItsDayIsOver() {
        String account = newId();
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        OffsetDateTime now = OffsetDateTime.now(shanghai).truncatedTo(ChronoUnit.SECONDS);
        postEvents(List.of(event("FOLLOW", account, "u1", now.minusMinutes(1).toString(), null)));
        String today = LocalDate.now(shanghai).toString();
        JsonPath result = cohorts(ANALYST, account, LocalDate.now(shanghai).minusDays(1).toString(), today);
        assertEquals(1, result.getLong("cohorts[0].users"));
        assertNull(result.get("cohorts[0].day1Retention"));
        assertNull(result.get("cohorts[0].day7Retention"));
        assertFalse(result.getBoolean("cohorts[0].ltvFinal"));
        assertEquals("0.00", result.getString("cohorts[0].ltv"));
    }

    @Test
    void cohortsNeedAWindowInOrderAndAreRefusedToComplianceAndPartners() {
        given().header("Authorization", ANALYST).queryParam("accountId", "a").queryParam("from", "2026-10-03")
                .queryParam("to", "2026-10-02").get("/api/kpis/cohorts").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        given().header("Authorization", ANALYST).queryParam("accountId", "a").queryParam("from", "2025-01-01")
                .queryParam("to", "2026-10-02").get("/api/kpis/cohorts").then().statusCode(400)
                .body("violations.field", hasItem("to"));
        for (String token : new String[] {COMPLIANCE, PARTNER}) {
            given().header("Authorization", token).queryParam("accountId", "a").queryParam("from", "2026-10-01")
                    .queryParam("to", "2026-10-02").get("/api/kpis/cohorts").then().statusCode(403);
        }
        given().queryParam("accountId", "a").get("/api/kpis/cohorts").then().statusCode(401);
        assertEquals(0, cohorts(OPERATOR, newId(), "2026-10-01", "2026-10-02").getList("cohorts").size());
    }
}
