package io.lightningops.analytics.rest;

import static io.lightningops.analytics.testing.Rows.newId;
import static io.lightningops.analytics.testing.Rows.snapshot;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class KpiResourceTest {

    static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static void ingest(List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            given().header("Authorization", ANALYST).contentType("application/json")
                    .body(rows.subList(from, Math.min(rows.size(), from + 1000))).post("/api/metrics/batch")
                    .then().statusCode(200).body("rejected.size()", equalTo(0));
        }
    }

    static JsonPath kpis(String account, String from, String to) {
        return given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("from", from).queryParam("to", to)
                .get("/api/kpis").then().statusCode(200).extract().jsonPath()
                // exact decimals, as a client that handles money and rates reads them
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void countersInAWindowAreIncrementsBetweenSnapshotsNotSumsOfCumulativeValues() {
        String account = newId();
        String video = newId();
        ingest(List.of(snapshot(account, video, "2026-10-01T12:00:00+08:00", 100),
                snapshot(account, video, "2026-10-02T09:00:00+08:00", 180),
                snapshot(account, video, "2026-10-02T21:00:00+08:00", 250),
                snapshot(account, video, "2026-10-03T12:00:00+08:00", 400)));

        JsonPath window = kpis(account, "2026-10-02", "2026-10-03");
        assertEquals(300, window.getLong("plays"));
        assertEquals(1, window.getInt("videos"));
        assertEquals(2, window.getInt("days"));
        assertEquals(100, kpis(account, "2026-10-01", "2026-10-01").getLong("plays"));
        assertEquals(150, kpis(account, "2026-10-02", "2026-10-02").getLong("plays"));
        assertEquals(400, kpis(account, "2026-09-01", "2026-10-31").getLong("plays"));
        assertEquals(0, kpis(account, "2026-10-04", "2026-10-31").getLong("videos"));
    }

    @Test
    void daysAreCalendarDaysOfTheReportingZone() {
        String account = newId();
        String video = newId();
        // 20:00 UTC on 1 October is already 2 October in Shanghai
        ingest(List.of(snapshot(account, video, "2026-10-01T10:00:00Z", 100),
                snapshot(account, video, "2026-10-01T20:00:00Z", 160)));
        assertEquals(100, kpis(account, "2026-10-01", "2026-10-01").getLong("plays"));
        assertEquals(60, kpis(account, "2026-10-02", "2026-10-02").getLong("plays"));
    }

    /**
     * Snapshots built from the real TikTok sample: each complete row is a video whose counters grow to the real
     * values over five days (some videos start late, some days have two snapshots). The test computes the KPIs
     * itself from the same rows and compares every figure.
     */
    @Test
    void kpisOverARealSampleEqualWhatAClientComputesFromTheSameRows() {
        String account = newId();
        SampleRows sample = SampleRows.read(CsvImportTest.sample());
        List<Map<String, Object>> rows = new ArrayList<>();
        int[] percent = {20, 45, 60, 85, 100};
        for (int v = 0; v < sample.videoIds().size(); v++) {
            long[] c = sample.counters().get(v);
            String video = sample.videoIds().get(v);
            for (int d = v % 3 == 0 ? 2 : 0; d < percent.length; d++) {
                for (String time : d == 3 ? new String[] {"T09:00:00+08:00", "T22:30:00+08:00"} : new String[] {"T12:00:00+08:00"}) {
                    int p = time.startsWith("T09") ? percent[d] - 10 : percent[d];
                    Map<String, Object> row = snapshot(account, video, "2026-10-1" + d + time, c[0] * p / 100);
                    row.put("likes", c[1] * p / 100);
                    row.put("shares", c[2] * p / 100);
                    row.put("favorites", c[3] * p / 100);
                    row.put("comments", c[4] * p / 100);
                    row.put("newFollowers", c[1] * p / 10_000);
                    if (v % 4 != 1) {
                        row.put("completionRate", new BigDecimal(v % 90 + 5 + d).movePointLeft(2).setScale(4));
                        row.put("avgWatchSeconds", new BigDecimal(v % 50 + d).add(new BigDecimal("0.25")));
                    }
                    rows.add(row);
                }
            }
        }
        ingest(rows);

        for (String[] window : new String[][] {{"2026-10-11", "2026-10-13"}, {"2026-10-10", "2026-10-14"}, {"2026-10-13", "2026-10-14"}}) {
            Map<String, Object> expected = expectedKpis(rows, LocalDate.parse(window[0]), LocalDate.parse(window[1]));
            JsonPath actual = kpis(account, window[0], window[1]);
            for (Map.Entry<String, Object> figure : expected.entrySet()) {
                Object value = actual.get(figure.getKey());
                if (figure.getValue() instanceof BigDecimal decimal) {
                    // JSON drops trailing zeros: compare the numbers, not their scale
                    assertEquals(decimal.stripTrailingZeros(), new BigDecimal(value.toString()).stripTrailingZeros(),
                            figure.getKey() + " over " + String.join("..", window));
                } else {
                    assertEquals(figure.getValue(), ((Number) value).longValue(), figure.getKey() + " over " + String.join("..", window));
                }
            }
            // the daily trend adds up to the window's counters
            List<Integer> dailyPlays = given().header("Authorization", ANALYST).queryParam("accountId", account)
                    .queryParam("from", window[0]).queryParam("to", window[1]).get("/api/kpis/daily")
                    .then().statusCode(200).extract().jsonPath().getList("plays", Integer.class);
            assertEquals(expected.get("plays"), dailyPlays.stream().mapToLong(Integer::longValue).sum());
        }
    }

    /** The test's own computation: per video, last snapshot in the window minus last snapshot before it. */
    static Map<String, Object> expectedKpis(List<Map<String, Object>> rows, LocalDate from, LocalDate to) {
        Map<String, Map<String, Object>> lastIn = new HashMap<>();
        Map<String, Map<String, Object>> lastBefore = new HashMap<>();
        for (Map<String, Object> row : rows) {
            OffsetDateTime at = OffsetDateTime.parse((String) row.get("capturedAt"));
            LocalDate day = at.atZoneSameInstant(SHANGHAI).toLocalDate();
            Map<String, Map<String, Object>> target = day.isBefore(from) ? lastBefore : day.isAfter(to) ? null : lastIn;
            if (target == null) {
                continue;
            }
            Map<String, Object> earlier = target.get((String) row.get("videoId"));
            if (earlier == null || OffsetDateTime.parse((String) earlier.get("capturedAt")).isBefore(at)) {
                target.put((String) row.get("videoId"), row);
            }
        }
        long plays = 0, likes = 0, comments = 0, shares = 0, favorites = 0, followers = 0, ratedPlays = 0, watchedPlays = 0;
        BigDecimal completion = BigDecimal.ZERO;
        BigDecimal watch = BigDecimal.ZERO;
        for (Map.Entry<String, Map<String, Object>> video : lastIn.entrySet()) {
            Map<String, Object> last = video.getValue();
            Map<String, Object> before = lastBefore.get(video.getKey());
            long videoPlays = delta(last, before, "plays");
            plays += videoPlays;
            likes += delta(last, before, "likes");
            comments += delta(last, before, "comments");
            shares += delta(last, before, "shares");
            favorites += delta(last, before, "favorites");
            followers += delta(last, before, "newFollowers");
            if (last.get("completionRate") != null) {
                completion = completion.add(((BigDecimal) last.get("completionRate")).multiply(BigDecimal.valueOf(videoPlays)));
                ratedPlays += videoPlays;
                watch = watch.add(((BigDecimal) last.get("avgWatchSeconds")).multiply(BigDecimal.valueOf(videoPlays)));
                watchedPlays += videoPlays;
            }
        }
        Map<String, Object> kpis = new HashMap<>();
        kpis.put("videos", (long) lastIn.size());
        kpis.put("plays", plays);
        kpis.put("likes", likes);
        kpis.put("comments", comments);
        kpis.put("shares", shares);
        kpis.put("favorites", favorites);
        kpis.put("newFollowers", followers);
        kpis.put("avgPlaysPerVideo", BigDecimal.valueOf(plays).divide(BigDecimal.valueOf(lastIn.size()), 2, RoundingMode.HALF_UP));
        kpis.put("completionRate", completion.divide(BigDecimal.valueOf(ratedPlays), 6, RoundingMode.HALF_UP));
        kpis.put("avgWatchSeconds", watch.divide(BigDecimal.valueOf(watchedPlays), 2, RoundingMode.HALF_UP));
        kpis.put("likeRate", rate(likes, plays));
        kpis.put("commentRate", rate(comments, plays));
        kpis.put("shareRate", rate(shares, plays));
        kpis.put("favoriteRate", rate(favorites, plays));
        kpis.put("engagementRate", rate(likes + comments + shares, plays));
        return kpis;
    }

    private static long delta(Map<String, Object> last, Map<String, Object> before, String counter) {
        long now = ((Number) last.get(counter)).longValue();
        return before == null ? now : now - ((Number) before.get(counter)).longValue();
    }

    private static BigDecimal rate(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    @Test
    void followersGrowthLiveSessionsAndGoalsComeFromTheAccountsOwnFigures() {
        String account = newId();
        ingest(List.of(snapshot(account, "v-a", "2026-09-01T12:00:00+08:00", 40_000),
                snapshot(account, "v-a", "2026-09-30T12:00:00+08:00", 250_000),
                snapshot(account, "v-b", "2026-09-30T12:00:00+08:00", 10_000)));
        given().header("Authorization", ANALYST).contentType("application/json").body(List.of(
                Map.of("accountId", account, "date", "2026-08-31", "followers", 100_000, "profileVisits", 999),
                Map.of("accountId", account, "date", "2026-09-15", "followers", 130_000, "profileVisits", 300),
                Map.of("accountId", account, "date", "2026-09-30", "followers", 160_000, "profileVisits", 200)))
                .post("/api/metrics/accounts").then().statusCode(200).body("accepted", equalTo(3));
        given().header("Authorization", ANALYST).contentType("application/json").body(List.of(
                Map.of("sessionId", newId(), "accountId", account, "startedAt", "2026-09-10T20:00:00+08:00",
                        "durationSeconds", 3600, "viewers", 1000, "peakViewers", 300, "gmv", "1000.10", "orders", 10),
                Map.of("sessionId", newId(), "accountId", account, "startedAt", "2026-09-30T23:30:00+08:00",
                        "durationSeconds", 3600, "viewers", 2000, "peakViewers", 700, "gmv", "0.25"),
                Map.of("sessionId", newId(), "accountId", account, "startedAt", "2026-10-01T00:30:00+08:00",
                        "durationSeconds", 3600, "viewers", 5000, "peakViewers", 900, "gmv", "99999.99")))
                .post("/api/metrics/live-sessions").then().statusCode(200).body("accepted", equalTo(3));

        given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("from", "2026-09-01").queryParam("to", "2026-09-30")
                .get("/api/kpis").then().statusCode(200)
                .body("plays", equalTo(260_000))
                .body("avgPlaysPerVideo", equalTo(130000.00f))
                .body("completionRate", nullValue())
                .body("followers", equalTo(160_000))
                .body("followerGrowth", equalTo(60_000))
                .body("followerGrowthRate", equalTo(0.6f))
                .body("profileVisits", equalTo(500))
                .body("liveSessions", equalTo(2))
                .body("liveViewers", equalTo(3000))
                .body("livePeakViewers", equalTo(700))
                .body("liveGmv", equalTo("1000.35"))
                .body("liveOrders", equalTo(10))
                .body("goals.goal", equalTo(List.of("FOLLOWERS", "AVG_PLAYS_PER_VIDEO", "COMPLETION_RATE")))
                .body("goals[0].target", equalTo(50_000))
                .body("goals[0].actual", equalTo(60_000))
                .body("goals[0].met", equalTo(true))
                .body("goals[1].target", equalTo(100_000))
                .body("goals[1].progress", equalTo(1.3f))
                .body("goals[1].met", equalTo(true))
                .body("goals[2].actual", nullValue())
                .body("goals[2].met", equalTo(false));
        // the followers goal is prorated to the window: 15 days of a 50,000-per-30-days goal
        given().header("Authorization", ANALYST).queryParam("accountId", account)
                .queryParam("from", "2026-09-01").queryParam("to", "2026-09-15")
                .get("/api/kpis").then().statusCode(200)
                .body("goals[0].target", equalTo(25_000))
                .body("goals[0].actual", equalTo(30_000));
    }

    @Test
    void aWindowWithoutDataHasZeroCountersAndNoRates() {
        given().header("Authorization", ANALYST).queryParam("accountId", newId())
                .queryParam("from", "2026-09-01").queryParam("to", "2026-09-30")
                .get("/api/kpis").then().statusCode(200)
                .body("videos", equalTo(0))
                .body("plays", equalTo(0))
                .body("likeRate", nullValue())
                .body("engagementRate", nullValue())
                .body("liveGmv", equalTo("0.00"));
    }

    @Test
    void aBadWindowIsAValidationProblemNamingTheField() {
        Object[][] cases = {
                {null, "2026-09-01", "2026-09-30", "accountId"},
                {"a", null, "2026-09-30", "from"},
                {"a", "2026-09-01", null, "to"},
                {"a", "2026-09-30", "2026-09-01", "from"},
                {"a", "2025-01-01", "2026-09-01", "to"}};
        for (Object[] c : cases) {
            var request = given().header("Authorization", ANALYST);
            if (c[0] != null) {
                request.queryParam("accountId", c[0]);
            }
            if (c[1] != null) {
                request.queryParam("from", c[1]);
            }
            if (c[2] != null) {
                request.queryParam("to", c[2]);
            }
            request.get("/api/kpis").then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem(c[3]));
        }
        given().header("Authorization", ANALYST).queryParam("accountId", "a").queryParam("from", "01.09.2026")
                .queryParam("to", "2026-09-30").get("/api/kpis")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void operatorsReadKpisComplianceAndPartnersDoNot() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser("operator")))
                .queryParam("accountId", "a").queryParam("from", "2026-09-01").queryParam("to", "2026-09-30")
                .get("/api/kpis").then().statusCode(200);
        for (String token : new String[] {KeycloakTokens.forUser("compliance"), KeycloakTokens.forAgency("alpha")}) {
            given().header("Authorization", KeycloakTokens.bearer(token))
                    .queryParam("accountId", "a").queryParam("from", "2026-09-01").queryParam("to", "2026-09-30")
                    .get("/api/kpis").then().statusCode(403).contentType("application/problem+json");
        }
        given().queryParam("accountId", "a").get("/api/kpis").then().statusCode(401);
    }
}
