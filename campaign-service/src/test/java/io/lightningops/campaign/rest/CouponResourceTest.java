package io.lightningops.campaign.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class CouponResourceTest {

    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    private static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final String PARTNER_ALPHA = KeycloakTokens.bearer(KeycloakTokens.forAgency("alpha"));

    static String code() {
        return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    static String create(Map<String, Object> body) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(body)
                .post("/api/coupons")
                .then().statusCode(201).extract().path("id");
    }

    static int redeem(String couponId, String userRef) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", userRef))
                .post("/api/coupons/" + couponId + "/redemptions")
                .then().extract().statusCode();
    }

    static int redemptionCount(String couponId) {
        return given().header("Authorization", ANALYST).get("/api/coupons/" + couponId + "/redemptions")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    void theContractsMinimalCouponRedeemsUntilItsLimitThenAnswersAConflictProblem() {
        String code = code();
        String id = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("code", code, "limit", 2))
                .post("/api/coupons")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/coupons/[0-9a-f-]{36}"))
                .body("type", equalTo("STANDARD"))
                .body("limit", equalTo(2))
                .body("perUserLimit", equalTo(1))
                .body("remaining", equalTo(2))
                .extract().path("id");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", "u1"))
                .post("/api/coupons/" + id + "/redemptions")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("couponId", equalTo(id))
                .body("userRef", equalTo("u1"));
        assertEquals(201, redeem(id, "u2"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", "u3"))
                .post("/api/coupons/" + id + "/redemptions")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("The coupon " + code + " is used up: all 2 redemptions are taken"));
        given().header("Authorization", ANALYST).get("/api/coupons/" + id)
                .then().statusCode(200).body("redeemed", equalTo(2)).body("remaining", equalTo(0));
        assertEquals(2, redemptionCount(id));
    }

    @Test
    void fortyConcurrentRedemptionsOfACouponLimitedToSevenYieldExactlySevenCreatedAndTheRestConflicts() throws Exception {
        int limit = 7;
        String id = create(Map.of("code", code(), "limit", limit));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String user = "racer-" + i;
            calls.add(() -> redeem(id, user));
        }
        List<Integer> statuses = Concurrently.run(calls);

        assertEquals(limit, statuses.stream().filter(s -> s == 201).count(), "201s: " + statuses);
        assertEquals(40 - limit, statuses.stream().filter(s -> s == 409).count(), "409s: " + statuses);
        assertEquals(limit, redemptionCount(id));
        given().header("Authorization", ANALYST).get("/api/coupons/" + id)
                .then().body("redeemed", equalTo(limit)).body("remaining", equalTo(0));
    }

    @Test
    void concurrentRedemptionsBySameUserStopAtThePerUserLimit() throws Exception {
        String id = create(Map.of("code", code(), "limit", 100, "perUserLimit", 2));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> redeem(id, "same-user"));
        }
        List<Integer> statuses = Concurrently.run(calls);
        assertEquals(2, statuses.stream().filter(s -> s == 201).count(), "201s: " + statuses);
        assertEquals(8, statuses.stream().filter(s -> s == 409).count(), "409s: " + statuses);
        given().header("Authorization", ANALYST).get("/api/coupons/" + id).then().body("redeemed", equalTo(2));
    }

    @Test
    void aSecondRedemptionBeyondThePerUserLimitIsAConflictThatUsesUpNothing() {
        String id = create(Map.of("code", code(), "limit", 10));
        assertEquals(201, redeem(id, "once"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", "once"))
                .post("/api/coupons/" + id + "/redemptions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("once has already redeemed the coupon 1 time, its per-user limit"));
        given().header("Authorization", ANALYST).get("/api/coupons/" + id).then().body("redeemed", equalTo(1));
    }

    @Test
    void aLimitedTimeCouponIsUnprocessableBeforeAndAfterItsWindow() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String future = create(Map.of("code", code(), "limit", 5, "type", "LIMITED_TIME",
                "validFrom", now.plusDays(1).toString(), "validUntil", now.plusDays(2).toString()));
        String past = create(Map.of("code", code(), "limit", 5, "type", "LIMITED_TIME",
                "validFrom", now.minusDays(2).toString(), "validUntil", now.minusDays(1).toString()));
        String open = create(Map.of("code", code(), "limit", 5, "type", "LIMITED_TIME",
                "validFrom", now.minusDays(1).toString(), "validUntil", now.plusDays(1).toString()));
        for (String id : List.of(future, past)) {
            given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", "early"))
                    .post("/api/coupons/" + id + "/redemptions")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://lightning-ops.dev/problems/unprocessable"));
            given().header("Authorization", ANALYST).get("/api/coupons/" + id).then().body("redeemed", equalTo(0));
        }
        assertEquals(201, redeem(open, "in-time"));
    }

    @Test
    void aLimitedTimeCouponNeedsItsWindowAndTheWindowMustBeOrdered() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("code", code(), "limit", 5, "type", "LIMITED_TIME"))
                .post("/api/coupons")
                .then().statusCode(400).body("violations.field", hasItem("validFrom"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("code", code(), "limit", 5, "validFrom", now.toString(), "validUntil", now.minusHours(1).toString()))
                .post("/api/coupons")
                .then().statusCode(400).body("violations.field", hasItem("validUntil"));
    }

    @Test
    void aNewUserCouponRefusesUsersWhoRedeemedBefore() {
        String standard = create(Map.of("code", code(), "limit", 5));
        String newUser = create(Map.of("code", code(), "limit", 5, "type", "NEW_USER"));
        String veteran = "veteran-" + UUID.randomUUID();
        assertEquals(201, redeem(standard, veteran));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", veteran))
                .post("/api/coupons/" + newUser + "/redemptions")
                .then().statusCode(422).contentType("application/problem+json");
        assertEquals(201, redeem(newUser, "fresh-" + UUID.randomUUID()));
    }

    @Test
    void aRedeemersShareOfAFissionCouponUnlocksTheBonusUpToTheCap() {
        String id = create(Map.of("code", code(), "limit", 1, "type", "FISSION", "shareBonus", 2, "maxLimit", 4));
        assertEquals(201, redeem(id, "sharer-1"));
        assertEquals(409, redeem(id, "waiting"));
        // only a redeemer's share counts
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", "lurker"))
                .post("/api/coupons/" + id + "/shares")
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", "sharer-1"))
                .post("/api/coupons/" + id + "/shares")
                .then().statusCode(201).body("effectiveLimit", equalTo(3)).body("remaining", equalTo(2));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", "sharer-1"))
                .post("/api/coupons/" + id + "/shares")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(201, redeem(id, "waiting"));
        assertEquals(201, redeem(id, "sharer-2"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", "sharer-2"))
                .post("/api/coupons/" + id + "/shares")
                .then().statusCode(201).body("effectiveLimit", equalTo(4));
        assertEquals(201, redeem(id, "last"));
        assertEquals(409, redeem(id, "too-late"));
    }

    @Test
    void aFissionCouponNeedsItsBonusAndCapAndOthersTakeNeither() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("code", code(), "limit", 10, "type", "FISSION", "shareBonus", 1))
                .post("/api/coupons")
                .then().statusCode(400).body("violations.field", hasItem("maxLimit"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("code", code(), "limit", 10, "shareBonus", 1))
                .post("/api/coupons")
                .then().statusCode(400).body("violations.field", hasItem("shareBonus"));
    }

    @Test
    void invalidCouponsAreValidationProblemsNamingEachField() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"code\": \"a b\", \"limit\": 0, \"discount\": \"1.234\", \"perUserLimit\": 0}")
                .post("/api/coupons")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("code"))
                .body("violations.field", hasItem("limit"))
                .body("violations.field", hasItem("discount"))
                .body("violations.field", hasItem("perUserLimit"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{\"limit\": 3}")
                .post("/api/coupons")
                .then().statusCode(400).body("violations.field", hasItem("code"));
    }

    @Test
    void aTakenCodeIsAConflict() {
        String code = code();
        create(Map.of("code", code, "limit", 1));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("code", code, "limit", 1))
                .post("/api/coupons")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRedemptionRetriedWithItsIdempotencyKeyIsReplayedAndUsesUpNothingMore() {
        String id = create(Map.of("code", code(), "limit", 5, "perUserLimit", 3));
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("userRef", "retrier"))
                .post("/api/coupons/" + id + "/redemptions")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("userRef", "retrier"))
                .post("/api/coupons/" + id + "/redemptions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(1, redemptionCount(id));
    }

    @Test
    void redeemingAnUnknownCouponIsNotFound() {
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body(Map.of("userRef", "x"))
                .post("/api/coupons/" + UUID.randomUUID() + "/redemptions")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ANALYST).get("/api/coupons/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void analystsReadCouponsButNeitherCreateNorRedeem() {
        String id = create(Map.of("code", code(), "limit", 1));
        given().header("Authorization", ANALYST).get("/api/coupons").then().statusCode(200).body("total", notNullValue());
        given().header("Authorization", ANALYST).contentType(ContentType.JSON).body(Map.of("code", code(), "limit", 1))
                .post("/api/coupons").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ANALYST).contentType(ContentType.JSON).body(Map.of("userRef", "x"))
                .post("/api/coupons/" + id + "/redemptions").then().statusCode(403);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(Map.of("userRef", "x"))
                .post("/api/coupons/" + id + "/redemptions").then().statusCode(201);
    }

    @Test
    void complianceAndPartnersAreRefusedAndAnonymousCallersUnauthorized() {
        for (String token : List.of(COMPLIANCE, PARTNER_ALPHA)) {
            given().header("Authorization", token).get("/api/coupons")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().get("/api/coupons").then().statusCode(401).contentType("application/problem+json");
    }
}
