package io.lightningops.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * risk-service as the console and the other services use it, through the gateway with real tokens: scans of
 * disguised copy, a lexicon change that takes effect on the next scan, the three-level review, incidents
 * reported by analytics, and the anomaly check that reads analytics-service's series with the caller's token.
 */
class ComplianceThroughGatewayTest {

    private static ExtractableResponse<Response> scan(String user, String text) {
        return Suite.as(user).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/scans")
                .then().statusCode(200).extract();
    }

    @Test
    void disguisedAbsoluteTermsAreBlockedWithTheSpanAsWrittenAndCleanCopyPasses() {
        String text = "🎉 全网最 佳的咖啡，國家級工艺";
        ExtractableResponse<Response> result = scan("operator", text);
        assertEquals("BLOCK", result.path("verdict"));
        List<Map<String, Object>> findings = result.path("findings");
        List<String> spans = findings.stream()
                .map(f -> text.substring((Integer) f.get("start"), (Integer) f.get("end")))
                .toList();
        assertThat(spans, hasItem("國家級"));
        assertThat(spans, hasItem(containsString("最 佳")));
        assertThat(findings.stream().map(f -> f.get("category")).toList(), hasItem("AD_LAW"));

        Suite.as("operator").contentType(ContentType.JSON).body(Map.of("text", "最近上新，第二件半价"))
                .post("/api/scans")
                .then().statusCode(200).body("verdict", equalTo("PASS")).body("findings", empty());
    }

    @Test
    void aTermAddedByComplianceBlocksTheNextScanAndStopsWhenDeleted() {
        String word = "闪电禁词" + UUID.randomUUID().toString().substring(0, 6);
        String text = "今天聊聊" + word + "这件事";
        Suite.as("operator").contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/scans").then().statusCode(200).body("verdict", equalTo("PASS"));

        // operators may scan but not change the lexicon
        Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("term", word, "category", "CUSTOM_BRAND", "severity", "BLOCK"))
                .post("/api/lexicon/terms").then().statusCode(403).contentType(Suite.PROBLEM);
        String location = Suite.as("compliance").contentType(ContentType.JSON)
                .body(Map.of("term", word, "category", "CUSTOM_BRAND", "severity", "BLOCK", "suggestion", "换个说法"))
                .post("/api/lexicon/terms")
                .then().statusCode(201).extract().header("Location");

        Suite.as("operator").contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/scans")
                .then().statusCode(200)
                .body("verdict", equalTo("BLOCK"))
                .body("findings[0].term", equalTo(word))
                .body("findings[0].category", equalTo("CUSTOM_BRAND"))
                .body("findings[0].start", equalTo(4))
                .body("findings[0].end", equalTo(4 + word.length()))
                .body("findings[0].suggestion", equalTo("换个说法"));

        String path = location.substring(location.indexOf("/api/"));
        Suite.as("compliance").delete(path).then().statusCode(204);
        Suite.as("operator").contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/scans").then().statusCode(200).body("verdict", equalTo("PASS"));
    }

    @Test
    void aReviewPassesSelfCheckComplianceAndLegalWithWhoDecidedAndWhy() {
        String videoId = UUID.randomUUID().toString();
        String reviewId = Suite.as("operator").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("contentType", "VIDEO", "contentRef", videoId, "title", "夏日冷萃", "text", "口感顶级的冷萃"))
                .post("/api/reviews")
                .then().statusCode(201).body("level", equalTo("SELF_CHECK")).extract().path("id");

        decide("operator", reviewId, "SELF_CHECK", "自查通过").statusCode(200).body("level", equalTo("COMPLIANCE"));
        // the compliance level is not the operator's to decide
        decide("operator", reviewId, "COMPLIANCE", "我觉得没问题").statusCode(403).contentType(Suite.PROBLEM);
        decide("compliance", reviewId, "COMPLIANCE", "用语可接受").statusCode(200).body("level", equalTo("LEGAL"));
        decide("compliance", reviewId, "LEGAL", "法务确认").statusCode(200).body("status", equalTo("APPROVED"));
        decide("compliance", reviewId, "LEGAL", "再来一次").statusCode(409).contentType(Suite.PROBLEM);

        Suite.as("analyst").queryParam("contentRef", videoId).get("/api/reviews")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("APPROVED"));
        Suite.as("operator").get("/api/reviews/" + reviewId)
                .then().statusCode(200)
                .body("decisions.size()", equalTo(3))
                .body("decisions[0].decidedBy", equalTo("operator"))
                .body("decisions[1].decidedBy", equalTo("compliance"))
                .body("decisions[2].reason", equalTo("法务确认"));
    }

    private static ValidatableResponse decide(String user, String id, String level, String reason) {
        return Suite.as(user).contentType(ContentType.JSON)
                .body(Map.of("level", level, "decision", "APPROVE", "reason", reason))
                .post("/api/reviews/" + id + "/decisions")
                .then();
    }

    @Test
    void anAlertReportedByAnalyticsOpensOneIncidentOnTheCrisisClock() {
        String alertId = "alert-" + UUID.randomUUID();
        Map<String, Object> alert = Map.of("alertId", alertId, "accountId", "acct-" + UUID.randomUUID(),
                "type", "PLAYS_DROP", "observed", 40000, "baseline", 100000,
                "detectedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).toString());
        String id = Suite.as("analyst").contentType(ContentType.JSON).body(alert)
                .post("/api/incidents/alerts")
                .then().statusCode(201)
                .body("type", equalTo("METRIC_ANOMALY"))
                .body("tier", equalTo("MAJOR"))
                .body("status", equalTo("CANDIDATE"))
                .body("acknowledgeBy", notNullValue())
                .body("handleBy", notNullValue())
                .body("repairBy", notNullValue())
                .extract().path("id");
        // analytics retries: the same alert is the same incident
        Suite.as("analyst").contentType(ContentType.JSON).body(alert)
                .post("/api/incidents/alerts")
                .then().statusCode(200).body("id", equalTo(id));
        Suite.as("operator").contentType(ContentType.JSON).body(alert)
                .post("/api/incidents/alerts")
                .then().statusCode(403).contentType(Suite.PROBLEM);
        Suite.as("operator").get("/api/incidents/" + id).then().statusCode(200).body("alert.alertId", equalTo(alertId));
    }

    @Test
    void theAnomalyCheckReadsAnalyticsWithTheCallersTokenAndSaysWhenAnalyticsIsDown() {
        String accountId = "acct-" + UUID.randomUUID();
        Suite.as("compliance").queryParam("accountId", accountId).get("/api/risks/anomalies")
                .then().statusCode(200)
                .body("accountId", equalTo(accountId))
                .body("snapshotsExamined", greaterThanOrEqualTo(0))
                .body("flags", notNullValue());
        Suite.as("operator").queryParam("accountId", accountId).get("/api/risks/anomalies")
                .then().statusCode(403).contentType(Suite.PROBLEM);

        Suite.launcher("stop", "analytics-service");
        try {
            Suite.as("compliance").queryParam("accountId", accountId).get("/api/risks/anomalies")
                    .then().statusCode(503)
                    .contentType(Suite.PROBLEM)
                    .body("status", equalTo(503));
        } finally {
            Suite.launcher("start", "analytics-service");
        }
        Suite.as("analyst").queryParam("accountId", accountId).get("/api/risks/anomalies")
                .then().statusCode(200);
    }
}
