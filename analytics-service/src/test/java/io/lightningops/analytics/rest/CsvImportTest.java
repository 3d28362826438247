package io.lightningops.analytics.rest;

import static io.lightningops.analytics.testing.Rows.newId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import io.lightningops.defaults.testing.KeycloakTokens;

/** The importer on a real sample of the public TikTok dataset (src/test/resources/metrics/README.md). */
@QuarkusTest
class CsvImportTest {

    static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));

    static String sample() {
        try (InputStream in = CsvImportTest.class.getResourceAsStream("/metrics/tiktok-sample.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRealSampleImportsEveryCompleteRowAndRejectsEachBlankOneWithItsLine() {
        String account = newId();
        SampleRows sample = SampleRows.read(sample());
        assertEquals(300, sample.dataRows());
        assertEquals(55, sample.blankLines().size());

        List<Integer> lines = given().header("Authorization", ANALYST).contentType("text/csv").body(sample())
                .queryParam("accountId", account).queryParam("capturedAt", "2026-11-20T12:00:00+08:00")
                .post("/api/metrics/import")
                .then().statusCode(200)
                .body("accepted", equalTo(245))
                .body("rejected.size()", equalTo(55))
                .body("rejected.reason", everyItem(equalTo("video_view_count: is blank; video_like_count: is blank; "
                        + "video_comment_count: is blank; video_share_count: is blank; video_download_count: is blank")))
                .extract().jsonPath().getList("rejected.line", Integer.class);
        assertEquals(sample.blankLines(), lines);

        // the first data row: video 7017666017 with 343,296 views, 19,425 likes, 241 shares, 1 download, 0 comments
        given().header("Authorization", ANALYST).queryParam("videoId", "7017666017").queryParam("accountId", account)
                .get("/api/metrics")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].capturedAt", equalTo("2026-11-20T04:00:00Z"))
                .body("items[0].plays", equalTo(343296))
                .body("items[0].likes", equalTo(19425))
                .body("items[0].shares", equalTo(241))
                .body("items[0].favorites", equalTo(1))
                .body("items[0].comments", equalTo(0));
        given().header("Authorization", ANALYST).queryParam("accountId", account).get("/api/metrics")
                .then().statusCode(200).body("total", equalTo(245));
    }

    @Test
    void quotedFieldsWithCommasAndMalformedCountersAreReadPerRow() {
        String account = newId();
        String csv = "video_id,video_transcription_text,video_view_count,video_like_count,video_share_count,"
                + "video_comment_count\n"
                + "v1,\"a text, with a comma and a \"\"quote\"\"\",100,10,1,2\n"
                + "v2,text,12x,10,1,2\n"
                + "\n"
                + "v3,text,-4,10,1,2\n"
                + "v4,text,300,30,3,4";
        given().header("Authorization", ANALYST).contentType("text/csv").body(csv).queryParam("accountId", account)
                .post("/api/metrics/import")
                .then().statusCode(200)
                .body("accepted", equalTo(2))
                .body("rejected.index", equalTo(List.of(1, 2, 3)))
                .body("rejected.line", equalTo(List.of(3, 4, 5)))
                .body("rejected[0].reason", equalTo("video_view_count: must be a whole number of 0 or more"))
                .body("rejected[1].reason", equalTo("the line is empty"));
    }

    @Test
    void withoutAnAccountColumnTheAccountIdIsRequired() {
        given().header("Authorization", ANALYST).contentType("text/csv").body(sample())
                .post("/api/metrics/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("accountId"));
    }

    @Test
    void aCsvWithoutTheCounterColumnsIsAValidationProblem() {
        given().header("Authorization", ANALYST).contentType("text/csv").body("video_id,views\nv1,10\n")
                .queryParam("accountId", newId())
                .post("/api/metrics/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("body: the CSV header lacks the column(s) video_view_count, video_like_count, "
                        + "video_comment_count, video_share_count"));
    }

    @Test
    void operatorsCannotImport() {
        given().header("Authorization", KeycloakTokens.bearer(KeycloakTokens.forUser("operator")))
                .contentType("text/csv").body(sample()).queryParam("accountId", newId())
                .post("/api/metrics/import")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
