package io.lightningops.analytics.rest;

import static io.lightningops.analytics.rest.EventFunnelResourceTest.ADMIN;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.ANALYST;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.COMPLIANCE;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.OPERATOR;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.PARTNER;
import static io.lightningops.analytics.testing.Rows.newId;
import static io.lightningops.analytics.testing.Rows.snapshot;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

@QuarkusTest
class BenchmarkResourceTest {

    static String register(String name) {
        return given().header("Authorization", ANALYST).contentType("application/json")
                .body(Map.of("name", name, "douyinId", "dy-" + newId(), "notes", "tracked")).post("/api/benchmarks")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> day(String date, long followers, long likes, long videos) {
        return Map.of("date", date, "followers", followers, "totalLikes", likes, "videos", videos);
    }

    static JsonPath ingest(String id, List<?> rows) {
        return given().header("Authorization", ANALYST).contentType("application/json").body(rows)
                .post("/api/benchmarks/" + id + "/snapshots").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRegisteredBenchmarkIsReadListedAndUpdatedWithItsVersion() {
        String douyinId = "dy-" + newId();
        String location = given().header("Authorization", ANALYST).contentType("application/json")
                .body(Map.of("name", " 竞品A ", "douyinId", douyinId)).post("/api/benchmarks")
                .then().statusCode(201).header("ETag", "\"0\"").header("Location", containsString("/api/benchmarks/"))
                .body("name", equalTo("竞品A")).body("notes", nullValue()).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().header("Authorization", OPERATOR).get(location).then().statusCode(200).header("ETag", "\"0\"")
                .body("douyinId", equalTo(douyinId));
        given().header("Authorization", OPERATOR).queryParam("douyinId", douyinId).get("/api/benchmarks")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));

        Map<String, String> changed = Map.of("name", "竞品A旗舰店", "douyinId", douyinId, "notes", "price leader");
        given().header("Authorization", ANALYST).contentType("application/json").body(changed)
                .put("/api/benchmarks/" + id).then().statusCode(428);
        given().header("Authorization", ANALYST).header("If-Match", "\"0\"").contentType("application/json").body(changed)
                .put("/api/benchmarks/" + id).then().statusCode(200).header("ETag", "\"1\"").body("notes", equalTo("price leader"));
        given().header("Authorization", ANALYST).header("If-Match", "\"0\"").contentType("application/json").body(changed)
                .put("/api/benchmarks/" + id).then().statusCode(412).contentType(containsString("problem+json"));
    }

    @Test
    void aDouyinIdIsRegisteredOnceAndBadInputIsAProblemWithViolations() {
        String douyinId = "dy-" + newId();
        given().header("Authorization", ANALYST).contentType("application/json")
                .body(Map.of("name", "x", "douyinId", douyinId)).post("/api/benchmarks").then().statusCode(201);
        given().header("Authorization", ANALYST).contentType("application/json")
                .body(Map.of("name", "y", "douyinId", douyinId)).post("/api/benchmarks").then().statusCode(409)
                .contentType(containsString("problem+json")).body("detail", containsString(douyinId));
        given().header("Authorization", ANALYST).contentType("application/json")
                .body(Map.of("name", " ", "douyinId", "d".repeat(65))).post("/api/benchmarks").then().statusCode(400)
                .body("violations.field", hasItem(endsWith("name"))).body("violations.field", hasItem(endsWith("douyinId")));
        given().header("Authorization", ANALYST).queryParam("douyinId", douyinId).get("/api/benchmarks")
                .then().body("total", equalTo(1));
    }

    @Test
    void snapshotsAreValidatedRowByRowUpsertedOnTheDayAndListedNewestFirst() {
        String id = register("竞品B");
        JsonPath result = ingest(id, List.of(day("2026-10-01", 1000, 50_000, 10), day("2026-10-02", -1, 5, 5),
                Map.of("date", "2026-10-03", "followers", 1100), day("2999-01-01", 1, 1, 1), "not an object",
                day("2026-10-03", 1200, 52_000, 12)));
        assertEquals(2, result.getInt("accepted"));
        assertEquals(List.of(1, 2, 3, 4), result.getList("rejected.index"));
        assertEquals("date: must not be in the future", result.getString("rejected[2].reason"));
        ingest(id, List.of(day("2026-10-03", 1250, 52_500, 12)));
        given().header("Authorization", OPERATOR).get("/api/benchmarks/" + id + "/snapshots").then().statusCode(200)
                .body("total", equalTo(2)).body("items.date", equalTo(List.of("2026-10-03", "2026-10-01")))
                .body("items[0].followers", equalTo(1250));
        given().header("Authorization", OPERATOR).queryParam("from", "2026-10-02").queryParam("size", 1)
                .get("/api/benchmarks/" + id + "/snapshots").then().statusCode(200)
                .body("total", equalTo(1)).body("size", equalTo(1)).body("items[0].date", equalTo("2026-10-03"));
    }

    @Test
    void anUnknownBenchmarkIsANotFoundProblem() {
        String unknown = newId();
        given().header("Authorization", OPERATOR).get("/api/benchmarks/" + unknown).then().statusCode(404)
                .contentType(containsString("problem+json"));
        given().header("Authorization", ANALYST).contentType("application/json").body(List.of(day("2026-10-01", 1, 1, 1)))
                .post("/api/benchmarks/" + unknown + "/snapshots").then().statusCode(404);
        given().header("Authorization", OPERATOR).get("/api/benchmarks/" + unknown + "/snapshots").then().statusCode(404);
    }

    @Test
    void theComparisonSetsOurKpisBesideEachCompetitorsGrowthOverTheWindow() {
        String account = newId();
        String video = newId();
        given().header("Authorization", ANALYST).contentType("application/json")
                .body(List.of(snapshot(account, video, "2026-09-30T12:00:00+08:00", 1_000),
                        snapshot(account, video, "2026-10-05T12:00:00+08:00", 11_000)))
                .post("/api/metrics/batch").then().statusCode(200).body("accepted", equalTo(2));
        given().header("Authorization", ANALYST).contentType("application/json")
                .body(List.of(Map.of("accountId", account, "date", "2026-09-30", "followers", 2000),
                        Map.of("accountId", account, "date", "2026-10-05", "followers", 2200)))
                .post("/api/metrics/accounts").then().statusCode(200).body("accepted", equalTo(2));
        String faster = register("AAA " + newId());
        // before the window, in it, and after it (not counted)
        ingest(faster, List.of(day("2026-09-28", 10_000, 100_000, 50), day("2026-10-03", 11_500, 130_000, 54),
                day("2026-10-20", 20_000, 200_000, 70)));
        String lateStarter = register("AAB " + newId());
        ingest(lateStarter, List.of(day("2026-10-02", 500, 1_000, 3), day("2026-10-04", 510, 1_100, 3)));
        String untracked = register("AAC " + newId());

        JsonPath comparison = given().header("Authorization", OPERATOR).queryParam("accountId", account)
                .queryParam("from", "2026-10-01").queryParam("to", "2026-10-10").get("/api/benchmarks/comparison")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(10_000, comparison.getLong("ours.plays"));
        assertEquals(1_000, comparison.getLong("ours.likes"));
        assertEquals(200, comparison.getLong("ours.followerGrowth"));
        assertEquals(0, new BigDecimal("0.1").compareTo(comparison.get("ours.followerGrowthRate")));
        JsonPath kpis = KpiResourceTest.kpis(account, "2026-10-01", "2026-10-10");
        assertEquals(kpis.getLong("plays"), comparison.getLong("ours.plays"));

        Map<String, Object> a = competitor(comparison, faster);
        assertEquals(10_000L, ((Number) a.get("followersStart")).longValue());
        assertEquals(11_500L, ((Number) a.get("followersEnd")).longValue());
        assertEquals(1_500L, ((Number) a.get("followerGrowth")).longValue());
        assertEquals(0, new BigDecimal("0.15").compareTo((BigDecimal) a.get("followerGrowthRate")));
        assertEquals(30_000L, ((Number) a.get("likesGrowth")).longValue());
        assertEquals(4L, ((Number) a.get("videosGrowth")).longValue());
        assertEquals(0, new BigDecimal("0.05").compareTo((BigDecimal) a.get("followerGrowthRateGap")));

        Map<String, Object> b = competitor(comparison, lateStarter);
        assertEquals(500L, ((Number) b.get("followersStart")).longValue());
        assertEquals(10L, ((Number) b.get("followerGrowth")).longValue());
        assertEquals(0, new BigDecimal("-0.08").compareTo((BigDecimal) b.get("followerGrowthRateGap")));

        Map<String, Object> c = competitor(comparison, untracked);
        assertNull(c.get("followersStart"));
        assertNull(c.get("followerGrowthRate"));
    }

    static Map<String, Object> competitor(JsonPath comparison, String id) {
        List<Map<String, Object>> all = comparison.getList("competitors");
        return all.stream().filter(c -> id.equals(c.get("benchmarkId"))).findFirst().orElseThrow();
    }

    @Test
    void operatorsReadAnalystsAndAdminsWriteComplianceAndPartnersAreRefused() {
        String id = register("竞品C");
        Map<String, String> body = Map.of("name", "n", "douyinId", "dy-" + newId());
        given().header("Authorization", OPERATOR).contentType("application/json").body(body).post("/api/benchmarks")
                .then().statusCode(403);
        given().header("Authorization", OPERATOR).contentType("application/json").body(List.of(day("2026-10-01", 1, 1, 1)))
                .post("/api/benchmarks/" + id + "/snapshots").then().statusCode(403);
        for (String token : new String[] {COMPLIANCE, PARTNER}) {
            given().header("Authorization", token).get("/api/benchmarks").then().statusCode(403);
            given().header("Authorization", token).get("/api/benchmarks/" + id).then().statusCode(403);
            given().header("Authorization", token).queryParam("accountId", "a").queryParam("from", "2026-10-01")
                    .queryParam("to", "2026-10-02").get("/api/benchmarks/comparison").then().statusCode(403);
            given().header("Authorization", token).contentType("application/json").body(body).post("/api/benchmarks")
                    .then().statusCode(403);
        }
        given().get("/api/benchmarks").then().statusCode(401);
        given().header("Authorization", ADMIN).contentType("application/json").body(body).post("/api/benchmarks")
                .then().statusCode(201);
        given().header("Authorization", ANALYST).queryParam("accountId", "a").queryParam("from", "2026-10-02")
                .queryParam("to", "2026-10-01").get("/api/benchmarks/comparison").then().statusCode(400)
                .body("violations.field", hasItem("from"));
    }
}
