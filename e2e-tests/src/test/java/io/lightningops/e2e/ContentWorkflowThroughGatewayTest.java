package io.lightningops.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * content-service's video workflow as the operations team uses it, through the gateway with real tokens and the
 * real risk-service: a clean video from draft to published, an absolute claim rejected with risk-service's findings,
 * a REVIEW term waiting for the three-level review, a 28-day 3+1 plan and its mix, and the roles.
 */
class ContentWorkflowThroughGatewayTest {

    private static final String CLEAN = "三步教你在家做出咖啡馆的味道，周末试试看";

    private static String account() {
        return Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("name", "闪电咖啡", "douyinId", "e2e_" + UUID.randomUUID().toString().substring(0, 12), "tier", "MAIN"))
                .post("/api/accounts").then().statusCode(201).extract().path("id");
    }

    private static String video(String account, String title, String script, String layer) {
        return Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "title", title, "script", script, "layer", layer))
                .post("/api/videos").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    private static ExtractableResponse<Response> submit(String video) {
        return Suite.as("operator").post("/api/videos/" + video + "/submit").then().extract();
    }

    @Test
    void anOperatorTakesACleanVideoFromDraftToPublished() {
        String account = account();
        String video = video(account, "三秒学会手冲咖啡", CLEAN, "VALUE");
        submit(video).response().then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("findings", empty());
        String publishAt = OffsetDateTime.now().plusDays(2).withNano(0).toString();
        Suite.as("operator").contentType(ContentType.JSON).body(Map.of("publishAt", publishAt))
                .post("/api/videos/" + video + "/schedule")
                .then().statusCode(200).body("status", equalTo("SCHEDULED"));
        Suite.as("operator").contentType(ContentType.JSON).body(Map.of("douyinItemId", "e2e" + System.nanoTime()))
                .post("/api/videos/" + video + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
        List<String> steps = Suite.as("analyst").get("/api/videos/" + video + "/history")
                .then().statusCode(200).extract().path("items.to");
        assertEquals(List.of("DRAFT", "APPROVED", "SCHEDULED", "PUBLISHED"), steps);
        // a published video cannot go back
        Suite.as("operator").post("/api/videos/" + video + "/submit")
                .then().statusCode(409).contentType(Suite.PROBLEM);
    }

    @Test
    void aScriptWithAnAbsoluteClaimIsRejectedWithRiskServicesFindings() {
        String script = "冷萃新品，全网最低价，国家级工艺";
        String video = video(account(), "冷萃上新", script, "CONVERSION");
        JsonPath rejected = submit(video).response().then().statusCode(200)
                .body("status", equalTo("REJECTED")).extract().jsonPath();
        List<Map<String, Object>> findings = rejected.getList("findings");
        assertTrue(findings.size() >= 2, findings.toString());
        List<String> spans = findings.stream()
                .peek(f -> assertEquals("script", f.get("field")))
                .peek(f -> assertEquals("AD_LAW", f.get("category")))
                .map(f -> script.substring((Integer) f.get("start"), (Integer) f.get("end"))).toList();
        assertTrue(spans.contains("国家级"), spans.toString());
        assertTrue(spans.stream().anyMatch(s -> s.contains("最低")), spans.toString());
        assertTrue(findings.stream().anyMatch(f -> "BLOCK".equals(f.get("severity")) && f.get("suggestion") != null));
        Suite.as("compliance").get("/api/videos/" + video + "/history")
                .then().statusCode(200).body("items[1].to", equalTo("REJECTED")).body("items[1].findings.size()", equalTo(findings.size()));
    }

    @Test
    void aReviewTermWaitsInReviewUntilTheReviewIsDecidedAtEveryLevelThenTheVideoIsApproved() throws Exception {
        // 独家 is a REVIEW term of the default lexicon: an exclusive licence may be real, a person decides
        String video = video(account(), "独家配方冷萃", CLEAN, "TRAFFIC");
        ExtractableResponse<Response> submitted = submit(video);
        assertEquals(200, submitted.statusCode());
        assertEquals("IN_REVIEW", submitted.path("status"));
        String reviewId = submitted.path("reviewId");
        Suite.as("compliance").get("/api/reviews/" + reviewId)
                .then().statusCode(200)
                .body("contentType", equalTo("VIDEO"))
                .body("contentRef", equalTo(video))
                .body("status", equalTo("OPEN"))
                .body("openedBy", equalTo("operator"));
        Suite.as("operator").contentType(ContentType.JSON).body(Map.of("publishAt", OffsetDateTime.now().plusDays(3).toString()))
                .post("/api/videos/" + video + "/schedule").then().statusCode(409);

        // the review's levels up to lightning.reviews.final-level (LEGAL by default); admin may decide each
        for (int i = 0; i < 3; i++) {
            JsonPath review = Suite.as("admin").get("/api/reviews/" + reviewId).then().statusCode(200).extract().jsonPath();
            if (!"OPEN".equals(review.getString("status"))) {
                break;
            }
            Suite.as("admin").contentType(ContentType.JSON)
                    .body(Map.of("level", review.getString("level"), "decision", "APPROVE", "reason", "独家授权书已核验"))
                    .post("/api/reviews/" + reviewId + "/decisions").then().statusCode(200);
        }
        Suite.as("compliance").get("/api/reviews/" + reviewId).then().body("status", equalTo("APPROVED"));

        // a read brings the video up to date at once; the poller would within lightning.videos.review-poll.every
        String status = null;
        for (int i = 0; i < 60 && !"APPROVED".equals(status); i++) {
            status = Suite.as("analyst").get("/api/videos/" + video).then().statusCode(200).extract().path("status");
            if (!"APPROVED".equals(status)) {
                Thread.sleep(1000);
            }
        }
        assertEquals("APPROVED", status);
        List<Map<String, Object>> history = Suite.as("compliance").get("/api/videos/" + video + "/history")
                .then().statusCode(200).extract().path("items");
        Map<String, Object> last = history.get(history.size() - 1);
        assertEquals("IN_REVIEW", last.get("from"));
        assertEquals("admin", last.get("by"));
        assertEquals(reviewId, last.get("reviewId"));
    }

    @Test
    void a28Day3Plus1PlanHasTheRightDaysAndReportsItsMix() {
        String account = account();
        String[] layers = {"TRAFFIC", "VALUE", "CONVERSION"};
        for (int i = 0; i < 30; i++) {
            String video = video(account, "选题" + i, CLEAN, layers[i % 3]);
            submit(video).response().then().statusCode(200).body("status", equalTo("APPROVED"));
        }
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        JsonPath plan = Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "startDate", start.toString(), "days", 28, "cadence", "3+1"))
                .post("/api/calendar/plans").then().statusCode(200).extract().jsonPath();
        assertEquals(21, plan.getInt("regularDays"));
        assertEquals(7, plan.getInt("pushDays"));
        List<String> types = plan.getList("plan.type");
        assertEquals(28, types.size());
        for (int day = 0; day < 28; day++) {
            assertEquals(day % 4 == 3 ? "PUSH" : "REGULAR", types.get(day), "day " + (day + 1));
        }
        assertEquals(28, plan.getInt("filled"));
        assertEquals(28, plan.getInt("mix.total"));
        BigDecimal tolerance = new BigDecimal(plan.getString("mix.tolerance"));
        BigDecimal shares = BigDecimal.ZERO;
        for (Map<String, Object> layer : plan.<Map<String, Object>>getList("mix.layers")) {
            BigDecimal deviation = new BigDecimal(layer.get("deviation").toString());
            assertEquals(deviation.abs().compareTo(tolerance) > 0, layer.get("flagged"), layer.toString());
            shares = shares.add(new BigDecimal(layer.get("share").toString()));
        }
        // shares are rounded to 4 decimals each
        assertTrue(shares.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.0003")) <= 0, shares.toString());
        assertEquals(List.of("TRAFFIC", "VALUE", "CONVERSION"), plan.getList("mix.layers.layer"));

        // a proposal changes nothing; the calendar shows what is scheduled (nothing yet) and the same mix report shape
        Suite.as("analyst").queryParam("accountId", account).queryParam("from", start.toString())
                .queryParam("to", start.plusDays(27).toString()).get("/api/calendar")
                .then().statusCode(200).body("days.size()", equalTo(28)).body("mix.total", equalTo(0));
    }

    @Test
    void analystsReadContentButCannotWriteItAndPartnersAreRefused() {
        String account = account();
        String video = video(account, "权限", CLEAN, "VALUE");
        Suite.as("analyst").get("/api/videos/" + video).then().statusCode(200);
        Suite.as("analyst").post("/api/videos/" + video + "/submit").then().statusCode(403).contentType(Suite.PROBLEM);
        Suite.as("analyst").contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "startDate", "2030-01-01", "days", 7))
                .post("/api/calendar/plans").then().statusCode(403).contentType(Suite.PROBLEM);
        Suite.as("compliance").post("/api/videos/" + video + "/submit").then().statusCode(403);
        Suite.asAgency("alpha").get("/api/videos/" + video).then().statusCode(403).contentType(Suite.PROBLEM);
        Suite.asAgency("alpha").queryParam("accountId", account).queryParam("from", "2030-01-01").queryParam("to", "2030-01-07")
                .get("/api/calendar").then().statusCode(403);
        Suite.asAgency("beta").get("/api/experiments").then().statusCode(403);
        Suite.anonymous().post("/api/videos/" + video + "/submit").then().statusCode(401)
                .body("detail", notNullValue()).body("title", containsString("Unauthorized"));
    }
}
