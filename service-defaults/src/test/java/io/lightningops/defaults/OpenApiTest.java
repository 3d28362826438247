package io.lightningops.defaults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every service documents a bearer scheme and its errors as problems without repeating them per method. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theDocumentHasABearerSchemeAndTheProblemSchema() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas.Problem.required", org.hamcrest.Matchers.hasItems("type", "title", "status", "detail"));
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblems() {
        String base = "paths.'/api/echoes/{id}'.put.responses";
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body(base, hasKey("401"))
                .body(base + ".'401'.content", hasKey("application/problem+json"))
                .body(base + ".'403'.content", hasKey("application/problem+json"))
                .body(base + ".'404'.content", hasKey("application/problem+json"))
                .body(base + ".'412'.content", hasKey("application/problem+json"))
                .body(base + ".'428'.content", hasKey("application/problem+json"))
                .body(base + ".'400'.content", hasKey("application/problem+json"))
                .body("paths.'/api/echoes'.get.responses", not(hasKey("412")));
    }
}
