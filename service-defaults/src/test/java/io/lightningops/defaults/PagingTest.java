package io.lightningops.defaults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class PagingTest {

    private static String operator() {
        return KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    }

    @Test
    void aListIsAnEnvelopeOfItemsPageSizeAndTotal() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"text\": \"p" + i + "\"}")
                    .post("/api/echoes").then().statusCode(201);
        }
        given().header("Authorization", operator()).queryParam("page", 1).queryParam("size", 2)
                .get("/api/echoes")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", greaterThanOrEqualTo(3))
                .body("items", hasSize(greaterThanOrEqualTo(1)));
        given().header("Authorization", operator())
                .get("/api/echoes")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20));
    }

    @Test
    void aSizeOutsideOneToHundredIsAValidationProblem() {
        for (String size : new String[] {"0", "101"}) {
            given().header("Authorization", operator()).queryParam("size", size)
                    .get("/api/echoes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("size"))
                    .body("violations[0].message", equalTo("must be between 1 and 100"));
        }
        given().header("Authorization", operator()).queryParam("page", -1)
                .get("/api/echoes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void aSizeThatIsNoNumberIsABadRequestProblem() {
        given().header("Authorization", operator()).queryParam("size", "ten")
                .get("/api/echoes")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
