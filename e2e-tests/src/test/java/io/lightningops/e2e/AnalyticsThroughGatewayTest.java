package io.lightningops.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * analytics-service as a client uses it, through the gateway with real tokens: KPIs over real numbers (a sample
 * of the public TikTok dataset) equal the client's own computation, bad rows are rejected one by one, a sharp
 * plays drop becomes a PLAYS_DROP alert that reaches the real risk-service as a CANDIDATE incident, and the
 * report opens as a page with charts.
 */
class AnalyticsThroughGatewayTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The sample the service tests use: 300 rows of the dataset, 55 of them with blank counters. */
    private static String sample() {
        String home = System.getProperty("suite.home", ".");
        try {
            return Files.readString(Path.of(home, "analytics-service/src/test/resources/metrics/tiktok-sample.csv"));
        } catch (IOException e) {
            throw new IllegalStateException("The TikTok sample of analytics-service's tests is missing", e);
        }
    }

    /** Per complete row of the sample: video id, views, likes, shares, downloads, comments (the file's order). */
    private static List<Object[]> completeRows() {
        List<Object[]> rows = new ArrayList<>();
        String[] lines = sample().split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].endsWith(",,,,,")) {
                continue;
            }
            String[] f = lines[i].split(",");
            long[] c = new long[5];
            for (int k = 0; k < 5; k++) {
                c[k] = Long.parseLong(f[f.length - 5 + k]);
            }
            rows.add(new Object[] {f[2], c});
        }
        return rows;
    }

    private static Map<String, Object> snapshot(String account, String video, String capturedAt, long plays, long likes,
            long comments, long shares) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("videoId", video);
        row.put("accountId", account);
        row.put("capturedAt", capturedAt);
        row.put("plays", plays);
        row.put("likes", likes);
        row.put("comments", comments);
        row.put("shares", shares);
        return row;
    }

    private static void ingest(List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            Suite.as("analyst").contentType(ContentType.JSON).body(rows.subList(from, Math.min(rows.size(), from + 1000)))
                    .post("/api/metrics/batch")
                    .then().statusCode(200).body("rejected.size()", equalTo(0));
        }
    }

    private static BigDecimal rate(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    @Test
    void kpisOverARealSampleEqualTheClientsOwnComputation() {
        String account = "e2e-" + UUID.randomUUID();
        // day 1: half of each real counter; day 2: the real counter
        List<Map<String, Object>> rows = new ArrayList<>();
        long plays = 0, likes = 0, comments = 0, shares = 0;
        for (Object[] row : completeRows()) {
            long[] c = (long[]) row[1];
            rows.add(snapshot(account, (String) row[0], "2026-09-01T12:00:00+08:00", c[0] / 2, c[1] / 2, c[4] / 2, c[2] / 2));
            rows.add(snapshot(account, (String) row[0], "2026-09-02T12:00:00+08:00", c[0], c[1], c[4], c[2]));
            plays += c[0] - c[0] / 2;
            likes += c[1] - c[1] / 2;
            comments += c[4] - c[4] / 2;
            shares += c[2] - c[2] / 2;
        }
        ingest(rows);

        JsonPath kpis = Suite.as("operator").queryParam("accountId", account)
                .queryParam("from", "2026-09-02").queryParam("to", "2026-09-02")
                .get("/api/kpis").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(245, kpis.getInt("videos"));
        assertEquals(plays, kpis.getLong("plays"));
        assertEquals(likes, kpis.getLong("likes"));
        assertEquals(comments, kpis.getLong("comments"));
        assertEquals(shares, kpis.getLong("shares"));
        assertEquals(0, rate(likes, plays).compareTo(kpis.get("likeRate")));
        assertEquals(0, rate(comments, plays).compareTo(kpis.get("commentRate")));
        assertEquals(0, rate(shares, plays).compareTo(kpis.get("shareRate")));
        assertEquals(0, rate(likes + comments + shares, plays).compareTo(kpis.get("engagementRate")));
    }

    @Test
    void badRowsAreRejectedOneByOneAndTheGoodOnesStored() {
        String account = "e2e-" + UUID.randomUUID();
        Map<String, Object> good = snapshot(account, "v-good", "2026-09-03T10:00:00+08:00", 100, 10, 1, 1);
        Map<String, Object> negative = new LinkedHashMap<>(good);
        negative.put("videoId", "v-negative");
        negative.put("plays", -1);
        Map<String, Object> noTime = new LinkedHashMap<>(good);
        noTime.put("videoId", "v-no-time");
        noTime.remove("capturedAt");
        Suite.as("analyst").contentType(ContentType.JSON).body(List.of(good, negative, noTime))
                .post("/api/metrics/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected.index", equalTo(List.of(1, 2)))
                .body("rejected[0].reason", containsString("plays"))
                .body("rejected[1].reason", containsString("capturedAt"));

        Suite.as("analyst").contentType("text/csv").body(sample()).queryParam("accountId", account)
                .queryParam("capturedAt", "2026-09-03T12:00:00+08:00")
                .post("/api/metrics/import")
                .then().statusCode(200).body("accepted", equalTo(245)).body("rejected.size()", equalTo(55));
        Suite.as("analyst").queryParam("accountId", account).get("/api/metrics")
                .then().statusCode(200).body("total", equalTo(246));
    }

    @Test
    void aSharpPlaysDropRaisesAPlaysDropAlertThatReachesRiskService() throws InterruptedException {
        String account = "e2e-" + UUID.randomUUID();
        LocalDate today = LocalDate.now(SHANGHAI);
        List<Map<String, Object>> rows = new ArrayList<>();
        long plays = 0;
        for (int back = 9; back >= 2; back--) {
            plays += back == 2 ? 2_000 : 20_000;
            rows.add(snapshot(account, "v-1", today.minusDays(back) + "T20:00:00+08:00", plays, plays / 10, plays / 100,
                    plays / 100));
        }
        ingest(rows);

        // alerts are judged every 30 s and delivered every 10 s (lightning.alerts.*): allow for both and a retry
        long deadline = System.currentTimeMillis() + 180_000;
        String incidentStatus = null;
        while (System.currentTimeMillis() < deadline) {
            List<String> types = Suite.as("analyst").queryParam("accountId", account).get("/api/alerts")
                    .then().statusCode(200).extract().jsonPath().getList("items.type");
            List<String> statuses = Suite.as("analyst").queryParam("accountId", account).get("/api/incidents")
                    .then().statusCode(200).extract().jsonPath().getList("items.status");
            if (types.contains("PLAYS_DROP") && statuses.contains("CANDIDATE")) {
                incidentStatus = "CANDIDATE";
                break;
            }
            Thread.sleep(2_000);
        }
        assertEquals("CANDIDATE", incidentStatus, "no CANDIDATE incident for the plays drop of " + account);
        Suite.as("analyst").queryParam("accountId", account).queryParam("type", "PLAYS_DROP").get("/api/alerts")
                .then().statusCode(200)
                .body("items[0].observed", equalTo(2000))
                .body("items[0].delivery.status", equalTo("DELIVERED"));
    }

    @Test
    void theMonthlyReportOpensAsAPageWithCharts() {
        String account = "e2e-" + UUID.randomUUID();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            rows.add(snapshot(account, "v-1", "2026-08-0" + day + "T12:00:00+08:00", day * 1_000L, day * 100L, day, day));
        }
        ingest(rows);
        Suite.as("operator").accept("text/html").queryParam("accountId", account).queryParam("month", "2026-08")
                .get("/api/reports/monthly")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<svg"), containsString("播放量"));
    }
}
