package io.lightningops.analytics.rest;

import static io.lightningops.analytics.rest.EventFunnelResourceTest.ADMIN;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.ANALYST;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.COMPLIANCE;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.OPERATOR;
import static io.lightningops.analytics.rest.EventFunnelResourceTest.PARTNER;
import static io.lightningops.analytics.testing.Rows.newId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AudienceResourceTest {

    static Map<String, Object> profile(String date, String unit, Map<String, Object> ageBands, Map<String, Object> genders) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (date != null) {
            body.put("date", date);
        }
        body.put("unit", unit);
        body.put("ageBands", ageBands);
        body.put("genders", genders);
        return body;
    }

    static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static ValidatableResponse put(String token, String account, Object body) {
        return given().header("Authorization", token).contentType("application/json").body(body)
                .put("/api/audiences/" + account).then();
    }

    @Test
    void aProfileIsStoredPerDayAndReadAsOfADateOrTheLatest() {
        String account = newId();
        put(ANALYST, account, profile("2026-10-01", "SHARE", ordered("41+", 0.1, "18-23", 0.3, "24-30", 0.6),
                ordered("female", 0.7, "male", 0.3))).statusCode(200)
                .body("date", equalTo("2026-10-01")).body("unit", equalTo("SHARE"));
        Map<String, Object> counts = profile("2026-10-10", "COUNT", Map.of(), ordered("female", 7000, "male", 2995));
        counts.put("regions", ordered("广东", 4000, "浙江", 5995));
        counts.put("interests", ordered("美妆", 8000));
        put(ADMIN, account, counts).statusCode(200);
        // the same day again replaces it
        put(ANALYST, account, profile("2026-10-01", "SHARE", ordered("18-23", 0.5, "24-30", 0.5), Map.of())).statusCode(200);

        given().header("Authorization", OPERATOR).get("/api/audiences/" + account).then().statusCode(200)
                .body("date", equalTo("2026-10-10")).body("unit", equalTo("COUNT"))
                .body("genders.female", equalTo(7000)).body("regions.广东", equalTo(4000))
                .body("ageBands.size()", equalTo(0));
        given().header("Authorization", OPERATOR).queryParam("date", "2026-10-09").get("/api/audiences/" + account)
                .then().statusCode(200).body("date", equalTo("2026-10-01"))
                .body("ageBands.keySet()", contains("18-23", "24-30"))
                .body("genders.size()", equalTo(0));
        given().header("Authorization", OPERATOR).queryParam("date", "2026-09-30").get("/api/audiences/" + account)
                .then().statusCode(404).contentType(containsString("problem+json"));
        given().header("Authorization", OPERATOR).get("/api/audiences/" + newId()).then().statusCode(404);
    }

    @Test
    void bucketsKeepTheOrderTheyWereSentIn() {
        String account = newId();
        put(ANALYST, account, profile(null, "SHARE", ordered("24-30", 0.6, "41+", 0.1, "18-23", 0.3), null))
                .statusCode(200).body("date", equalTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        given().header("Authorization", ANALYST).get("/api/audiences/" + account).then().statusCode(200)
                .body("ageBands.keySet()", contains("24-30", "41+", "18-23"));
    }

    @Test
    void sharesMustLieBetween0And1AndSumTo1WithinTheTolerance() {
        String account = newId();
        put(ANALYST, account, profile("2026-10-01", "SHARE", ordered("a", 0.333, "b", 0.333, "c", 0.333), null))
                .statusCode(200);
        put(ANALYST, account, profile("2026-10-02", "SHARE", ordered("a", 0.5, "b", 0.4), ordered("f", 1.2, "m", -0.2)))
                .statusCode(400).contentType(containsString("problem+json"))
                .body("violations.field", containsInAnyOrder("ageBands", "genders.f", "genders.m"))
                .body("violations.message", hasItem("shares must sum to 1 (within 0.01), not 0.9"));
        put(ANALYST, account, profile("2026-10-02", "COUNT", ordered("a", 1.5, "b", 10), null)).statusCode(400)
                .body("violations[0].field", equalTo("ageBands.a"))
                .body("violations[0].message", equalTo("must be a whole number of 0 or more"));
        put(ANALYST, account, profile("2026-10-02", "COUNT", Map.of(), null)).statusCode(400)
                .body("violations.field", hasItem("ageBands"));
        put(ANALYST, account, profile("2999-01-01", "COUNT", ordered("a", 1), null)).statusCode(400)
                .body("violations.field", hasItem("date"));
        put(ANALYST, account, Map.of("ageBands", Map.of("a", 1))).statusCode(400)
                .body("violations.field", hasItem(containsString("unit")));
        put(ANALYST, account, profile("2026-10-02", "COUNT", ordered(" ", 1), null)).statusCode(400);
        // nothing of the refused profiles was stored
        given().header("Authorization", ANALYST).get("/api/audiences/" + account).then().statusCode(200)
                .body("date", equalTo("2026-10-01"));
    }

    @Test
    void operatorsReadAnalystsWriteComplianceAndPartnersAreRefused() {
        String account = newId();
        Map<String, Object> body = profile("2026-10-01", "COUNT", ordered("a", 1), null);
        put(OPERATOR, account, body).statusCode(403);
        for (String token : new String[] {COMPLIANCE, PARTNER}) {
            put(token, account, body).statusCode(403);
            given().header("Authorization", token).get("/api/audiences/" + account).then().statusCode(403);
        }
        given().get("/api/audiences/" + account).then().statusCode(401);
        put(ANALYST, account, body).statusCode(200);
        given().header("Authorization", OPERATOR).get("/api/audiences/" + account).then().statusCode(200);
    }
}
