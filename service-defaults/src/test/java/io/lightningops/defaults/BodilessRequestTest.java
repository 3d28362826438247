package io.lightningops.defaults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

import io.quarkus.test.junit.QuarkusTest;

import io.lightningops.defaults.testing.KeycloakTokens;

@QuarkusTest
class BodilessRequestTest {

    private static final String OPERATOR = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));

    @Test
    void aPostWithoutBodyOrContentTypeIsReadAsJsonAndGetsAMissingBodyViolationNotA415() throws Exception {
        // as curl -X POST and fetch send it: no body, no Content-Type
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/echoes"))
                .header("Authorization", OPERATOR).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"request\""), response.body());
    }

    @Test
    void aPostWithoutBodyButWithAFormContentTypeIsReadAsJsonToo() {
        // REST-assured, like some HTTP libraries, names a form type for an empty POST
        given().header("Authorization", OPERATOR).contentType("application/x-www-form-urlencoded")
                .post("/api/echoes")
                .then().statusCode(400)
                .body("violations.field", hasItem("request"));
    }

    @Test
    void aBodyWithoutContentTypeIsStillRefusedAsUnsupported() {
        given().header("Authorization", OPERATOR).body("text=hello".getBytes())
                .post("/api/echoes")
                .then().statusCode(415)
                .body("status", equalTo(415));
    }
}
