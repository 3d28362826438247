package io.lightningops.content.rest;

import static io.lightningops.content.testing.Fixtures.ADMIN;
import static io.lightningops.content.testing.Fixtures.ANALYST;
import static io.lightningops.content.testing.Fixtures.CLEAN_SCRIPT;
import static io.lightningops.content.testing.Fixtures.COMPLIANCE;
import static io.lightningops.content.testing.Fixtures.OPERATOR;
import static io.lightningops.content.testing.Fixtures.PARTNER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import io.lightningops.content.testing.Fixtures;
import io.lightningops.content.testing.StubPeers;

/**
 * The video workflow over HTTP, with risk-service played by {@link StubPeers}: the scan's three verdicts, the review
 * followed by the poller and by a read, risk-service failing or too slow, the later states, illegal moves, edits that
 * send an approved text back, roles.
 */
@QuarkusTest
@WithTestResource(StubPeers.class)
class VideoWorkflowTest {

    private static String slot(int daysAhead) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(daysAhead).truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(UUID.randomUUID().hashCode() & 0xfff).toString();
    }

    private static ExtractableResponse<Response> post(String videoId, String action, Object body) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body)
                .post("/api/videos/" + videoId + "/" + action).then().extract();
    }

    private static List<Map<String, Object>> history(String videoId) {
        return given().header("Authorization", COMPLIANCE).get("/api/videos/" + videoId + "/history")
                .then().statusCode(200).extract().path("items");
    }

    private static String waitForStatusInHistory(String videoId, String status) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<Map<String, Object>> items = history(videoId);
            Map<String, Object> last = items.get(items.size() - 1);
            if (status.equals(last.get("to"))) {
                return (String) last.get("by");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the video never became " + status + ": " + history(videoId));
    }

    @Test
    void aCleanVideoIsApprovedAtSubmitWithTheOperatorsTokenAndTheMoveIsInItsHistory() {
        String video = Fixtures.video(Fixtures.account(), "三秒学会手冲咖啡", CLEAN_SCRIPT, "VALUE");
        int before = StubPeers.calls("/api/scans").size();
        Fixtures.submit(video).response().then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("APPROVED"))
                .body("findings", empty())
                .body("reviewId", nullValue());
        List<StubPeers.Call> scans = StubPeers.calls("/api/scans");
        StubPeers.Call scan = scans.get(scans.size() - 1);
        assertEquals(before + 1, scans.size());
        assertEquals(OPERATOR, scan.authorization());
        assertEquals(List.of("三秒学会手冲咖啡", CLEAN_SCRIPT), List.of(scan.body().path("texts").get(0).asText(),
                scan.body().path("texts").get(1).asText()));

        List<Map<String, Object>> history = history(video);
        assertEquals(2, history.size());
        assertEquals(null, history.get(0).get("from"));
        assertEquals("DRAFT", history.get(0).get("to"));
        assertEquals("DRAFT", history.get(1).get("from"));
        assertEquals("APPROVED", history.get(1).get("to"));
        assertEquals("operator", history.get(1).get("by"));
        assertTrue(((String) history.get(1).get("at")).matches("\\d{4}-.*(Z|[+-]\\d\\d:\\d\\d)"));
    }

    @Test
    void anAbsoluteClaimIsRejectedWithTheFindingsOfEachFieldAndCanBeEditedAndResubmitted() {
        String account = Fixtures.account();
        String script = "这是国家级工艺的冷萃";
        String video = Fixtures.video(account, "国家级冷萃", script, "CONVERSION");
        Fixtures.submit(video).response().then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("findings.size()", equalTo(2))
                .body("findings[0].field", equalTo("title"))
                .body("findings[0].term", equalTo("国家级"))
                .body("findings[0].category", equalTo("AD_LAW"))
                .body("findings[0].severity", equalTo("BLOCK"))
                .body("findings[0].start", equalTo(0))
                .body("findings[0].end", equalTo(3))
                .body("findings[0].suggestion", notNullValue())
                .body("findings[1].field", equalTo("script"))
                .body("findings[1].start", equalTo(script.indexOf("国家级")))
                .body("findings[1].end", equalTo(script.indexOf("国家级") + 3));
        List<Map<String, Object>> history = history(video);
        assertEquals("REJECTED", history.get(1).get("to"));
        assertThat(history.get(1).get("note"), "risk scan: BLOCK");
        assertEquals(2, ((List<?>) history.get(1).get("findings")).size());

        // a REJECTED video cannot be scheduled; edited, it is a DRAFT again and a clean text passes
        post(video, "schedule", Map.of("publishAt", slot(3))).response().then().statusCode(409)
                .contentType("application/problem+json");
        given().header("Authorization", OPERATOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "title", "精选冷萃", "script", CLEAN_SCRIPT, "layer", "CONVERSION"))
                .put("/api/videos/" + video)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("findings", nullValue());
        Fixtures.submit(video).response().then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void aReviewVerdictOpensOneReviewAndThePollerApprovesTheVideoWhenComplianceDecides() throws Exception {
        String video = Fixtures.video(Fixtures.account(), "独家配方", CLEAN_SCRIPT, "TRAFFIC");
        ExtractableResponse<Response> submitted = Fixtures.submit(video);
        assertEquals(200, submitted.statusCode());
        assertEquals("IN_REVIEW", submitted.path("status"));
        String reviewId = submitted.path("reviewId");
        assertEquals("REVIEW", submitted.path("findings[0].severity"));

        List<StubPeers.Call> opened = StubPeers.calls("/api/reviews").stream()
                .filter(c -> c.method().equals("POST") && c.body().path("contentRef").asText().equals(video)).toList();
        assertEquals(1, opened.size());
        assertEquals("video-" + video + "-v0", opened.get(0).idempotencyKey());
        assertEquals(OPERATOR, opened.get(0).authorization());
        assertEquals("VIDEO", opened.get(0).body().path("contentType").asText());
        assertEquals("独家配方\n\n" + CLEAN_SCRIPT, opened.get(0).body().path("text").asText());

        // waiting: it cannot be scheduled or edited
        post(video, "schedule", Map.of("publishAt", slot(3))).response().then().statusCode(409);
        given().header("Authorization", OPERATOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("accountId", submitted.path("accountId"), "title", "x", "script", "y", "layer", "TRAFFIC"))
                .put("/api/videos/" + video).then().statusCode(409);

        StubPeers.decide(reviewId, "APPROVED", "legal-admin", "授权书已核验");
        assertEquals("legal-admin", waitForStatusInHistory(video, "APPROVED"));
        List<Map<String, Object>> history = history(video);
        assertThat(history.get(history.size() - 1).get("note"), "review " + reviewId + " APPROVED at LEGAL: 授权书已核验");
        assertEquals(reviewId, history.get(history.size() - 1).get("reviewId"));
        // the poller asked with content-service's own token, not a user's
        assertTrue(StubPeers.calls("/api/reviews/" + reviewId).stream().anyMatch(c -> "content-service".equals(c.tokenClient())));
    }

    @Test
    void readingAnInReviewVideoBringsItUpToDateWithItsReview() {
        String video = Fixtures.video(Fixtures.account(), "独家首发", CLEAN_SCRIPT, "TRAFFIC");
        String reviewId = Fixtures.submit(video).path("reviewId");
        // the poller (our own token) still sees OPEN; a reader's token sees the rejection
        StubPeers.decideForUsersOnly(reviewId, "REJECTED", "compliance", "无授权证明");
        given().header("Authorization", ANALYST).get("/api/videos/" + video)
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .header("ETag", "\"2\"");
        List<Map<String, Object>> history = history(video);
        assertEquals("compliance", history.get(history.size() - 1).get("by"));
        assertEquals("REJECTED", history.get(history.size() - 1).get("to"));
    }

    @Test
    void aFailingRiskServiceIsAServiceUnavailableProblemAndTheVideoStaysADraft() {
        String video = Fixtures.video(Fixtures.account(), "标题", "FAIL 这段文案", "VALUE");
        Fixtures.submit(video).response().then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/service-unavailable"))
                .body("detail", containsString("video was not changed"));
        given().header("Authorization", ANALYST).get("/api/videos/" + video)
                .then().statusCode(200).body("status", equalTo("DRAFT")).header("ETag", "\"0\"");
        assertEquals(1, history(video).size());
    }

    @Test
    void aRiskServiceTooSlowToAnswerIsAServiceUnavailableProblemAndTheVideoStaysADraft() {
        String video = Fixtures.video(Fixtures.account(), "标题", "SLOW 的文案", "VALUE");
        long start = System.nanoTime();
        Fixtures.submit(video).response().then().statusCode(503).contentType("application/problem+json");
        // three attempts of at most 1 s each (the test's timeout), not the stub's 2.5 s each
        assertTrue((System.nanoTime() - start) / 1_000_000 < 7000);
        given().header("Authorization", ANALYST).get("/api/videos/" + video)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void anOperatorTakesAVideoFromDraftToRetiredAndEveryStepIsKept() {
        String video = Fixtures.approved(Fixtures.account(), "上新", "TRAFFIC");
        String at = slot(5);
        ExtractableResponse<Response> scheduled = post(video, "schedule", Map.of("publishAt", at, "note", "周五晚高峰"));
        assertEquals(200, scheduled.statusCode());
        assertEquals("SCHEDULED", scheduled.path("status"));
        assertEquals(OffsetDateTime.parse(at).toInstant(), OffsetDateTime.parse(scheduled.path("publishAt")).toInstant());
        String item = "7301" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        post(video, "publish", Map.of("douyinItemId", item)).response().then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("douyinItemId", equalTo(item))
                .body("publishedAt", notNullValue());
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).post("/api/videos/" + video + "/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED"));

        List<Map<String, Object>> history = history(video);
        assertEquals(List.of("DRAFT", "APPROVED", "SCHEDULED", "PUBLISHED", "RETIRED"),
                history.stream().map(h -> h.get("to")).toList());
        assertEquals("周五晚高峰", history.get(2).get("note"));

        // RETIRED is final
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).post("/api/videos/" + video + "/retire")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("it is final"));
    }

    @Test
    void illegalMovesAreConflictsThatChangeNothing() {
        String draft = Fixtures.video(Fixtures.account(), "草稿", CLEAN_SCRIPT, "VALUE");
        post(draft, "publish", Map.of("douyinItemId", "123")).response().then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("A DRAFT video cannot become PUBLISHED; from DRAFT it can become IN_REVIEW, "
                        + "APPROVED, REJECTED, RETIRED"));
        post(draft, "schedule", Map.of("publishAt", slot(2))).response().then().statusCode(409);
        given().header("Authorization", OPERATOR).post("/api/videos/" + draft + "/unschedule").then().statusCode(409);

        String approved = Fixtures.approved(Fixtures.account(), "已过审", "VALUE");
        Fixtures.submit(approved).response().then().statusCode(409).contentType("application/problem+json");
        post(approved, "publish", Map.of("douyinItemId", "456")).response().then().statusCode(409);
        given().header("Authorization", ANALYST).get("/api/videos/" + approved)
                .then().body("status", equalTo("APPROVED")).header("ETag", "\"1\"");
    }

    @Test
    void schedulingValidatesTheSlotAndRefusesOneThatIsTaken() {
        String account = Fixtures.account();
        String first = Fixtures.approved(account, "一", "TRAFFIC");
        String second = Fixtures.approved(account, "二", "VALUE");
        post(first, "schedule", Map.of("publishAt", "2020-01-01T19:00:00+08:00")).response().then().statusCode(400)
                .body("violations[0].field", equalTo("publishAt"));
        post(first, "schedule", Map.of()).response().then().statusCode(400)
                .body("violations.field", hasItem("publishAt"));
        String at = slot(4);
        post(first, "schedule", Map.of("publishAt", at)).response().then().statusCode(200);
        post(second, "schedule", Map.of("publishAt", at)).response().then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("slot"));
        given().header("Authorization", OPERATOR).post("/api/videos/" + first + "/unschedule")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("publishAt", nullValue());
        post(second, "schedule", Map.of("publishAt", at)).response().then().statusCode(200);
    }

    @Test
    void twoVideosScheduledIntoOneSlotAtOnceGetOneSlotAndOneConflict() throws Exception {
        String account = Fixtures.account();
        List<String> videos = List.of(Fixtures.approved(account, "甲", "TRAFFIC"), Fixtures.approved(account, "乙", "TRAFFIC"),
                Fixtures.approved(account, "丙", "TRAFFIC"));
        String at = slot(6);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> calls = videos.stream()
                    .<Callable<Integer>>map(v -> () -> post(v, "schedule", Map.of("publishAt", at)).statusCode()).toList();
            List<Integer> statuses = pool.invokeAll(calls).stream().map(VideoWorkflowTest::get).sorted().toList();
            assertEquals(List.of(200, 409, 409), statuses);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aPublishedDouyinItemBelongsToOneVideo() {
        String account = Fixtures.account();
        String item = "item-" + UUID.randomUUID();
        String first = Fixtures.approved(account, "一", "TRAFFIC");
        String second = Fixtures.approved(account, "二", "TRAFFIC");
        post(first, "schedule", Map.of("publishAt", slot(2))).response().then().statusCode(200);
        post(second, "schedule", Map.of("publishAt", slot(3))).response().then().statusCode(200);
        post(first, "publish", Map.of("douyinItemId", item)).response().then().statusCode(200);
        post(second, "publish", Map.of("douyinItemId", item)).response().then().statusCode(409);
        post(second, "publish", Map.of("douyinItemId", "has spaces")).response().then().statusCode(400)
                .body("violations[0].field", equalTo("douyinItemId"));
    }

    @Test
    void editingTheTextOfAScheduledVideoSendsItBackToDraftAndFreesItsSlotButALayerChangeDoesNot() {
        String account = Fixtures.account();
        String video = Fixtures.approved(account, "原标题", "TRAFFIC");
        post(video, "schedule", Map.of("publishAt", slot(3))).response().then().statusCode(200).header("ETag", "\"2\"");
        given().header("Authorization", OPERATOR).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "title", "原标题", "script", CLEAN_SCRIPT, "layer", "VALUE"))
                .put("/api/videos/" + video)
                .then().statusCode(200).body("status", equalTo("SCHEDULED")).body("layer", equalTo("VALUE"));
        given().header("Authorization", OPERATOR).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "title", "新标题", "script", CLEAN_SCRIPT, "layer", "VALUE"))
                .put("/api/videos/" + video)
                .then().statusCode(412);
        given().header("Authorization", OPERATOR).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "title", "新标题", "script", CLEAN_SCRIPT, "layer", "VALUE"))
                .put("/api/videos/" + video)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("publishAt", nullValue());
        List<Map<String, Object>> history = history(video);
        assertEquals("SCHEDULED", history.get(history.size() - 1).get("from"));
        assertEquals("DRAFT", history.get(history.size() - 1).get("to"));
        // an approved video cannot move to another account
        String other = Fixtures.approved(account, "别的", "VALUE");
        given().header("Authorization", OPERATOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("accountId", Fixtures.account(), "title", "别的", "script", CLEAN_SCRIPT, "layer", "VALUE"))
                .put("/api/videos/" + other)
                .then().statusCode(409);
    }

    @Test
    void aRetriedSubmitWithTheSameIdempotencyKeyReplaysAndScansOnce() {
        String video = Fixtures.video(Fixtures.account(), "重试", CLEAN_SCRIPT, "VALUE");
        String key = UUID.randomUUID().toString();
        int before = StubPeers.calls("/api/scans").size();
        given().header("Authorization", OPERATOR).header("Idempotency-Key", key).post("/api/videos/" + video + "/submit")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        given().header("Authorization", OPERATOR).header("Idempotency-Key", key).post("/api/videos/" + video + "/submit")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("status", equalTo("APPROVED"));
        assertEquals(before + 1, StubPeers.calls("/api/scans").size());
    }

    @Test
    void aStaleIfMatchAtSubmitIsAPreconditionFailureAndNothingIsScanned() {
        String video = Fixtures.video(Fixtures.account(), "版本", CLEAN_SCRIPT, "VALUE");
        given().header("Authorization", OPERATOR).header("If-Match", "\"7\"").post("/api/videos/" + video + "/submit")
                .then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).header("If-Match", "\"0\"").post("/api/videos/" + video + "/submit")
                .then().statusCode(200);
    }

    @Test
    void rolesHoldOnTheWorkflow() {
        String video = Fixtures.video(Fixtures.account(), "权限", CLEAN_SCRIPT, "VALUE");
        given().header("Authorization", ANALYST).post("/api/videos/" + video + "/submit")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", COMPLIANCE).post("/api/videos/" + video + "/submit").then().statusCode(403);
        given().header("Authorization", PARTNER).get("/api/videos/" + video + "/history").then().statusCode(403);
        given().post("/api/videos/" + video + "/submit").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", ANALYST).get("/api/videos/" + video + "/history").then().statusCode(200)
                .body("total", equalTo(1));
        given().header("Authorization", ADMIN).post("/api/videos/" + video + "/submit")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        given().header("Authorization", OPERATOR).post("/api/videos/" + UUID.randomUUID() + "/submit")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ANALYST).get("/api/videos/" + UUID.randomUUID() + "/history")
                .then().statusCode(404);
    }

    private static void assertThat(Object actual, String prefix) {
        assertTrue(actual instanceof String s && s.startsWith(prefix), () -> "expected " + actual + " to start with " + prefix);
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
