package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class ScanResourceTest {

    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    static String body(String text) {
        try {
            return JSON.writeValueAsString(Map.of("text", text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ExtractableResponse<Response> scan(String text) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body(text))
                .post("/api/scans")
                .then().statusCode(200).extract();
    }

    /** The spans of the findings of {@code term} in {@code text}, as text.substring(start, end). */
    static List<String> spans(String text, ExtractableResponse<Response> result, String term) {
        List<Map<String, Object>> findings = result.path("findings");
        List<String> spans = new ArrayList<>();
        for (Map<String, Object> finding : findings) {
            if (term.equals(finding.get("term"))) {
                spans.add(text.substring((Integer) finding.get("start"), (Integer) finding.get("end")));
            }
        }
        return spans;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "最佳|最*佳", "最佳|最 佳", "最佳|最　佳", "最佳|最\u200B佳", "最佳|最\u200D佳", "最佳|最⭐️佳",
            "NO.1|ＮＯ．１", "NO.1|No.1", "NO.1|n o 1", "国家级|國家級", "国家级|国\u200B家\u200C級", "国家级|国-家-级"})
    void evasiveCopyIsFoundOverItsWholeEvasiveSpan(String term, String evasive) {
        String text = "闪电咖啡，" + evasive + "的口感！";
        ExtractableResponse<Response> result = scan(text);
        assertEquals("BLOCK", result.path("verdict"));
        assertEquals(List.of(evasive), spans(text, result, term));
    }

    @Test
    void surrogatePairsBeforeATermKeepTheOffsetsInUtf16Units() {
        String text = "😀👍🏽𠀋🇨🇳 全网第一";
        ExtractableResponse<Response> result = scan(text);
        assertEquals(List.of("全网第一"), spans(text, result, "全网第一"));
        assertEquals(text.indexOf('全'), (int) result.path("findings[0].start"));
        assertEquals(text.length(), (int) result.path("findings[0].end"));
    }

    @Test
    void cleanCopyWithExemptedPhrasesPasses() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(body("最近上新：第一件原价，第二件半价，最新款已到货，第一时间发货。"))
                .post("/api/scans")
                .then().statusCode(200)
                .body("verdict", equalTo("PASS"))
                .body("findings", empty());
    }

    @Test
    void theVerdictIsTheMostSevereFindingAndFindingsCarryTheirSuggestion() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body("这款绝对好喝"))
                .post("/api/scans")
                .then().statusCode(200)
                .body("verdict", equalTo("REVIEW"))
                .body("findings[0].term", equalTo("绝对"))
                .body("findings[0].category", equalTo("AD_LAW"))
                .body("findings[0].severity", equalTo("REVIEW"))
                .body("findings[0].suggestion", equalTo("删去“绝对”"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body("绝对好喝，全网最低价"))
                .post("/api/scans")
                .then().statusCode(200).body("verdict", equalTo("BLOCK"));
    }

    @Test
    void aFindingInsideALongerFindingOfTheSameSeverityIsDroppedAndPartialOverlapsAreKept() {
        String text = "全网最低价";
        ExtractableResponse<Response> result = scan(text);
        List<String> terms = result.path("findings.term");
        assertEquals(List.of("全网最低", "最低价"), terms);
    }

    @Test
    void negativeCommentKeywordsAreNotReportedByContentScans() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body("差评！骗子，智商税"))
                .post("/api/scans")
                .then().statusCode(200).body("verdict", equalTo("PASS")).body("findings", empty());
    }

    @Test
    void aTermAddedThroughTheApiBlocksOnTheVeryNextScanAndStopsWhenDeleted() {
        String term = "闪电神饮" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String text = "快来尝尝" + term.toUpperCase() + "！";
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body(text))
                .post("/api/scans").then().statusCode(200).body("verdict", equalTo("PASS"));

        String location = given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body("{\"term\": \"" + term + "\", \"category\": \"PROMO_TEST\", \"severity\": \"BLOCK\"}")
                .post("/api/lexicon/terms")
                .then().statusCode(201).extract().header("Location");

        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body(text))
                .post("/api/scans")
                .then().statusCode(200)
                .body("verdict", equalTo("BLOCK"))
                .body("findings[0].term", equalTo(term))
                .body("findings[0].category", equalTo("PROMO_TEST"));

        given().header("Authorization", COMPLIANCE).delete(location).then().statusCode(204);
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body(text))
                .post("/api/scans").then().statusCode(200).body("verdict", equalTo("PASS"));
    }

    @Test
    void aChangeCommittedByAnotherReplicaIsSeenOnTheNextScan() throws SQLException {
        // another replica shares only the database: it writes the term and moves the revision, nothing else
        String term = "雷霆超神" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String text = "这是" + term;
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body(text))
                .post("/api/scans").then().statusCode(200).body("verdict", equalTo("PASS"));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO lexicon_terms (id, term, normalized, category, severity, created_at, updated_at, version) "
                            + "VALUES (gen_random_uuid(), ?, ?, 'SENSITIVE', 'REVIEW', now(), now(), 0)");
                    PreparedStatement bump = c.prepareStatement(
                            "UPDATE lexicon_revision SET revision = revision + 1 WHERE id = 1")) {
                insert.setString(1, term);
                insert.setString(2, term);
                insert.executeUpdate();
                bump.executeUpdate();
            }
            c.commit();
        }
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body(text))
                .post("/api/scans")
                .then().statusCode(200)
                .body("verdict", equalTo("REVIEW"))
                .body("findings[0].category", equalTo("SENSITIVE"));
    }

    @Test
    void anExemptionAddedThroughTheApiDropsFindingsInsideItFromTheNextScan() {
        String text = "新品：最炫咖啡杯";
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body(text))
                .post("/api/scans").then().statusCode(200).body("verdict", equalTo("REVIEW"));
        String location = given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body("{\"phrase\": \"最炫咖啡杯\", \"note\": \"注册商品名\"}")
                .post("/api/lexicon/exemptions")
                .then().statusCode(201).extract().header("Location");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body(text))
                .post("/api/scans").then().statusCode(200).body("verdict", equalTo("PASS"));
        given().header("Authorization", COMPLIANCE).delete(location).then().statusCode(204);
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body(text))
                .post("/api/scans").then().statusCode(200).body("verdict", equalTo("REVIEW"));
    }

    @Test
    void aBatchScansEachTextInOrder() {
        given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON)
                .body("{\"texts\": [\"最 佳 拍档\", \"最近上新\", \"绝对好喝\"]}")
                .post("/api/scans/batch")
                .then().statusCode(200)
                .body("results.verdict", equalTo(List.of("BLOCK", "PASS", "REVIEW")))
                .body("results[0].findings[0].start", equalTo(0))
                .body("results[0].findings[0].end", equalTo(3));
    }

    @Test
    void emptyOrMissingTextIsAValidationProblem() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{\"text\": \"\"}")
                .post("/api/scans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("text"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/scans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("text"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{\"texts\": [\"好\", \"\"]}")
                .post("/api/scans/batch")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{\"texts\": []}")
                .post("/api/scans/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("texts"));
    }

    @Test
    void aTextLongerThanTheLimitIsA413Problem() {
        String limit = "好".repeat(20_000);
        scan(limit);
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body(limit + "好"))
                .post("/api/scans")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/payload-too-large"));
    }

    @Test
    void batchLimitsOnCountAndTotalSizeAreProblems() throws Exception {
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add("好");
        }
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("texts", tooMany)))
                .post("/api/scans/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("texts"));
        List<String> tooLong = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tooLong.add("好".repeat(20_000));
        }
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("texts", tooLong)))
                .post("/api/scans/batch")
                .then().statusCode(413).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("texts", List.of("好", "好".repeat(20_001)))))
                .post("/api/scans/batch")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void scansNeedAToken() {
        given().contentType(ContentType.JSON).body(body("最佳")).post("/api/scans")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void analystsAndPartnersMayNotScanButOperatorsComplianceAndAdminsMay() {
        given().header("Authorization", ANALYST).contentType(ContentType.JSON).body(body("最佳"))
                .post("/api/scans").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha")))
                .contentType(ContentType.JSON).body(body("最佳"))
                .post("/api/scans/batch").then().statusCode(403).contentType("application/problem+json");
        for (String user : List.of("admin", "operator", "compliance")) {
            given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser(user)))
                    .contentType(ContentType.JSON).body(body("最佳"))
                    .post("/api/scans").then().statusCode(200).body("findings.term", not(empty()));
        }
    }
}
