package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import io.lightningops.defaults.testing.KeycloakTokens;
import io.lightningops.risk.testing.TestClock;

/** Status transitions of the register and the history of every change. */
@QuarkusTest
class RiskHistoryAndStatusTest {

    private static final String COMPLIANCE = KeycloakTokens.bearer(KeycloakTokens.forUser("compliance"));
    private static final String ADMIN = KeycloakTokens.bearer(KeycloakTokens.forUser("admin"));
    private static final String ANALYST = KeycloakTokens.bearer(KeycloakTokens.forUser("analyst"));
    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String body(String owner, int likelihood, String status) {
        return "{\"title\": \"账号被限流\", \"category\": \"ACCOUNT\", \"likelihood\": " + likelihood
                + ", \"impact\": 4, \"responseDifficulty\": 4, \"owner\": \"" + owner + "\""
                + (status == null ? "" : ", \"status\": \"" + status + "\"") + "}";
    }

    private static String create(String owner) {
        return given().header("Authorization", COMPLIANCE).contentType(ContentType.JSON).body(body(owner, 4, null))
                .post("/api/risks").then().statusCode(201).extract().path("id");
    }

    private static void put(String token, String id, int version, String body, int status) {
        given().header("Authorization", token).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body(body).put("/api/risks/" + id).then().statusCode(status);
    }

    @Test
    void theHistoryRecordsTheRegistrationAndEachChangeWithWhoWhenAndWhatChanged() {
        clock.set(Instant.parse("2026-11-26T09:00:00Z"));
        String id = create("合规组");
        clock.set(Instant.parse("2026-11-27T10:30:00Z"));
        put(ADMIN, id, 0, body("运营组·李雷", 2, "MITIGATING"), 200);

        given().header("Authorization", ANALYST).get("/api/risks/" + id + "/history")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.version", contains(0, 1))
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items.changedBy", contains("compliance", "admin"))
                .body("items.changedAt", contains("2026-11-26T09:00:00Z", "2026-11-27T10:30:00Z"))
                .body("items[0].changes.find { it.field == 'score' }.to", equalTo("64"))
                .body("items[0].changes.find { it.field == 'status' }.from", equalTo(null))
                .body("items[0].changes.find { it.field == 'status' }.to", equalTo("OPEN"))
                .body("items[1].changes.field", contains("likelihood", "score", "tier", "owner", "status"))
                .body("items[1].changes.find { it.field == 'score' }.from", equalTo("64"))
                .body("items[1].changes.find { it.field == 'score' }.to", equalTo("32"))
                .body("items[1].changes.find { it.field == 'tier' }.from", equalTo("MAJOR"))
                .body("items[1].changes.find { it.field == 'tier' }.to", equalTo("IMPORTANT"))
                .body("items[1].changes.find { it.field == 'owner' }.to", equalTo("运营组·李雷"))
                .body("items[1].changes.find { it.field == 'status' }.from", equalTo("OPEN"))
                .body("items[1].changes.find { it.field == 'status' }.to", equalTo("MITIGATING"));
    }

    @Test
    void anUpdateThatChangesNothingAddsNoHistory() {
        String id = create("合规组");
        put(COMPLIANCE, id, 0, body("合规组", 4, null), 200);
        given().header("Authorization", ANALYST).get("/api/risks/" + id + "/history")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aRiskMovesFromOpenThroughMitigatingToAcceptedAndCanBeReopened() {
        String id = create("合规组");
        put(COMPLIANCE, id, 0, body("合规组", 4, "MITIGATING"), 200);
        put(COMPLIANCE, id, 1, body("合规组", 4, "ACCEPTED"), 200);
        put(COMPLIANCE, id, 2, body("合规组", 4, "OPEN"), 200);
        put(COMPLIANCE, id, 3, body("合规组", 4, "CLOSED"), 200);
        given().header("Authorization", ANALYST).get("/api/risks/" + id + "/history")
                .then().body("items.changes.flatten().findAll { it.field == 'status' }.to",
                        contains("OPEN", "MITIGATING", "ACCEPTED", "OPEN", "CLOSED"));
    }

    @Test
    void illegalStatusTransitionsAreConflictsAndChangeNothing() {
        String id = create("合规组");
        put(COMPLIANCE, id, 0, body("合规组", 4, "MITIGATING"), 200);
        given().header("Authorization", COMPLIANCE).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(body("合规组", 1, "OPEN")).put("/api/risks/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/conflict"));
        put(COMPLIANCE, id, 1, body("合规组", 4, "CLOSED"), 200);
        put(COMPLIANCE, id, 2, body("合规组", 4, "MITIGATING"), 409);
        put(COMPLIANCE, id, 2, body("合规组", 4, "ACCEPTED"), 409);

        given().header("Authorization", ANALYST).get("/api/risks/" + id)
                .then().header("ETag", "\"2\"").body("status", equalTo("CLOSED")).body("likelihood", equalTo(4));
        given().header("Authorization", ANALYST).get("/api/risks/" + id + "/history")
                .then().body("total", equalTo(3));
    }

    @Test
    void theListFiltersByOwner() {
        String owner = "负责人-" + UUID.randomUUID();
        String mine = create(owner);
        String theirs = create("其他人");
        given().header("Authorization", ANALYST).queryParam("owner", owner).queryParam("size", 100).get("/api/risks")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.owner", everyItem(equalTo(owner)))
                .body("items.id", hasItem(mine))
                .body("items.id", not(hasItem(theirs)));
    }

    @Test
    void theHistoryOfAnUnknownRiskIsNotFoundAndOperatorsMayNotReadIt() {
        given().header("Authorization", ANALYST).get("/api/risks/" + UUID.randomUUID() + "/history")
                .then().statusCode(404).contentType("application/problem+json");
        String id = create("合规组");
        given().header("Authorization", OPERATOR).get("/api/risks/" + id + "/history")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/risks/" + id + "/history").then().statusCode(401);
    }
}
