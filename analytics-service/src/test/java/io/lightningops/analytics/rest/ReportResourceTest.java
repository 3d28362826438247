package io.lightningops.analytics.rest;

import static io.lightningops.analytics.testing.Rows.newId;
import static io.lightningops.analytics.testing.Rows.snapshot;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class ReportResourceTest {

    static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));

    /** Eight videos over September and October: video i gains (i + 1) × 1,000 plays a day. */
    static String account() {
        String account = newId();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int v = 0; v < 8; v++) {
            for (int day = 0; day < 61; day++) {
                String date = java.time.LocalDate.parse("2026-09-01").plusDays(day).toString();
                Map<String, Object> row = snapshot(account, "video-" + v, date + "T21:00:00+08:00", (v + 1) * 1000L * (day + 1));
                row.put("completionRate", "0.5" + v);
                rows.add(row);
            }
        }
        for (int from = 0; from < rows.size(); from += 500) {
            given().header("Authorization", ANALYST).contentType("application/json")
                    .body(rows.subList(from, Math.min(rows.size(), from + 500))).post("/api/metrics/batch")
                    .then().statusCode(200).body("rejected.size()", equalTo(0));
        }
        return account;
    }

    @Test
    void theMonthlyReportHasTwentyFiguresAgainstTheMonthBeforeTheDaysAndTheBestAndWorstVideos() {
        String account = account();
        JsonPath report = given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("month", "2026-10").get("/api/reports/monthly")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertEquals(20, report.getList("figures").size());
        assertEquals("2026-09-01", report.getString("previousFrom"));
        assertEquals(31, report.getList("trend").size());
        // 36,000 plays a day in October, for 31 days; September had 30 days (its first day counts the first snapshot)
        Map<String, Object> plays = report.getMap("figures.find { it.key == 'plays' }");
        assertEquals(36_000 * 31, ((Number) plays.get("value")).intValue());
        assertEquals(36_000 * 30, ((Number) plays.get("previous")).intValue());
        assertEquals("播放量", plays.get("label"));
        // the same number as GET /api/kpis for the month
        given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-31").get("/api/kpis").then().statusCode(200).body("plays", equalTo(36_000 * 31));
        assertEquals(List.of("video-7", "video-6", "video-5", "video-4", "video-3"), report.getList("topVideos.videoId"));
        assertEquals(List.of("video-0", "video-1", "video-2", "video-3", "video-4"), report.getList("bottomVideos.videoId"));
    }

    @Test
    void theDailyReportComparesWithTheDayBeforeAndShowsFourteenDays() {
        String account = account();
        given().header("Authorization", ANALYST).queryParam("accountId", account).queryParam("date", "2026-10-15")
                .get("/api/reports/daily")
                .then().statusCode(200)
                .body("period", equalTo("DAILY"))
                .body("previousFrom", equalTo("2026-10-14"))
                .body("trend.size()", equalTo(14))
                .body("figures.find { it.key == 'plays' }.value", equalTo(36_000))
                .body("figures.find { it.key == 'plays' }.change", equalTo(0));
    }

    @Test
    void theReportAsCsvHasTheFiguresTheDaysAndTheVideos() {
        String account = account();
        String csv = given().header("Authorization", ANALYST).accept("text/csv").queryParam("accountId", account)
                .queryParam("month", "2026-10").get("/api/reports/monthly")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFkey,label,value,previous,change\r\n"), csv.substring(0, 60));
        assertTrue(csv.contains("\r\nplays,播放量,1116000,1080000,0.033333\r\n"), csv);
        assertTrue(csv.contains("\r\n2026-10-31,8,36000,"), csv);
        assertTrue(csv.contains("\r\ntop 1,video-7,248000,"), csv);
    }

    @Test
    void theReportAsAPageIsSelfContainedWithChartsAndChineseLabels() {
        String account = account();
        String html = given().header("Authorization", ANALYST).accept("text/html").queryParam("accountId", account)
                .queryParam("month", "2026-10").get("/api/reports/monthly")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<svg"), containsString("<polyline"), containsString("<rect"),
                        containsString("播放量"), containsString("目标进度"), containsString("video-7"),
                        not(containsString("<script")), not(containsString("src=")), not(containsString("@import")))
                .extract().asString();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("charset=\"utf-8\""));
    }

    @Test
    void aBadPeriodIsAValidationProblemAndAnUnknownFormatNotAcceptable() {
        given().header("Authorization", ANALYST).queryParam("accountId", "a").queryParam("month", "10/2026")
                .get("/api/reports/monthly").then().statusCode(400).body("violations[0].field", equalTo("month"));
        given().header("Authorization", ANALYST).queryParam("accountId", "a")
                .get("/api/reports/daily").then().statusCode(400).body("violations[0].field", equalTo("date"));
        given().header("Authorization", ANALYST).accept("application/pdf").queryParam("accountId", "a")
                .queryParam("month", "2026-10").get("/api/reports/monthly").then().statusCode(406);
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser("compliance")))
                .queryParam("accountId", "a").queryParam("month", "2026-10").get("/api/reports/monthly")
                .then().statusCode(403);
    }
}
