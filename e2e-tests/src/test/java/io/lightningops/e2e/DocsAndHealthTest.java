package io.lightningops.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.path.json.JsonPath;

/** What frontend teams and admins rely on: the merged API docs, the Swagger UI, health and CORS. */
class DocsAndHealthTest {

    @Test
    void theGatewayServesTheMergedDocsOfAllFourServices() {
        JsonPath doc = Suite.anonymous().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        for (String path : new String[] {"/api/accounts", "/api/accounts/{id}", "/api/videos", "/api/metrics",
                "/api/partners", "/api/risks"}) {
            assertTrue(paths.containsKey(path), "merged docs lack " + path);
        }
        assertTrue(doc.getMap("components.schemas").containsKey("Problem"));
        assertTrue(doc.getMap("components.securitySchemes").size() >= 1);
        // errors are documented as problems, e.g. the 401 of listing accounts
        Suite.anonymous().get("/q/openapi?format=json").then()
                .body("paths.'/api/accounts'.get.responses", hasKey("401"))
                .body("paths.'/api/accounts'.get.responses.'401'.content", hasKey("application/problem+json"));
    }

    @Test
    void theSwaggerUiIsServed() {
        Suite.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(ints = {8080, 8081, 8082, 8083, 8084})
    void everyPartIsLiveAndReady(int port) {
        given().baseUri("http://localhost:" + port).get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri("http://localhost:" + port).get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @ParameterizedTest
    @ValueSource(ints = {8081, 8082, 8083, 8084})
    void everyServiceDocumentsItselfWithABearerScheme(int port) {
        given().baseUri("http://localhost:" + port).get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void aConsoleOriginPassesTheCorsPreflightWithoutAToken() {
        Suite.anonymous()
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/accounts")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Allow-Methods", notNullValue());
    }
}
