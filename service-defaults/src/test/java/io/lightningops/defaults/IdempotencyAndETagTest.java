package io.lightningops.defaults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class IdempotencyAndETagTest {

    private static String token(String user) {
        return KeycloakTokens.bearer(KeycloakTokens.forUser(user));
    }

    private static long total() {
        return given().header("Authorization", token("operator")).get("/api/echoes")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void theSameKeyReplaysTheFirstResponseAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", token("operator")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"text\": \"once\"}")
                .post("/api/echoes").then().statusCode(201).extract().path("id");
        long afterFirst = total();
        given().header("Authorization", token("operator")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"text\": \"once\"}")
                .post("/api/echoes").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/echoes/" + first))
                .body("id", equalTo(first));
        assertEquals(afterFirst, total());
    }

    @Test
    void theSameKeyWithAnotherBodyIsAnUnprocessableProblem() {
        String key = UUID.randomUUID().toString();
        given().header("Authorization", token("operator")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"text\": \"first\"}")
                .post("/api/echoes").then().statusCode(201);
        long before = total();
        given().header("Authorization", token("operator")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"text\": \"second\"}")
                .post("/api/echoes").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://lightning-ops.dev/problems/idempotency-key-reused"));
        assertEquals(before, total());
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        String mine = given().header("Authorization", token("operator")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"text\": \"scoped\"}")
                .post("/api/echoes").then().statusCode(201).extract().path("id");
        String theirs = given().header("Authorization", token("admin")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"text\": \"scoped\"}")
                .post("/api/echoes").then().statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(mine, theirs);
    }

    @Test
    void aFailedRequestDoesNotBurnItsKey() {
        String key = UUID.randomUUID().toString();
        given().header("Authorization", token("operator")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"text\": \"abcdefghijk\", \"repeat\": 2}")
                .post("/api/echoes").then().statusCode(400);
        given().header("Authorization", token("operator")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"text\": \"abcdefghijk\", \"repeat\": 2}")
                .post("/api/echoes").then().statusCode(400);
        given().header("Authorization", token("operator")).header("Idempotency-Key", "x".repeat(300))
                .contentType(ContentType.JSON).body("{\"text\": \"a\"}")
                .post("/api/echoes").then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void anUpdateNeedsTheCurrentETag() {
        String id = given().header("Authorization", token("operator"))
                .contentType(ContentType.JSON).body("{\"text\": \"v0\"}")
                .post("/api/echoes").then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
        given().header("Authorization", token("operator")).get("/api/echoes/" + id)
                .then().statusCode(200).header("ETag", "\"0\"");
        given().header("Authorization", token("operator")).contentType(ContentType.JSON).body("{\"text\": \"v1\"}")
                .put("/api/echoes/" + id).then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", token("operator")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"text\": \"v1\"}")
                .put("/api/echoes/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().header("Authorization", token("operator")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"text\": \"stale\"}")
                .put("/api/echoes/" + id).then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", token("operator")).get("/api/echoes/" + id)
                .then().body("text", equalTo("v1"));
    }
}
