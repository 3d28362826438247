package io.lightningops.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import io.lightningops.defaults.testing.KeycloakTokens;
import io.lightningops.gateway.testing.FakeServices;

@QuarkusTest
@WithTestResource(FakeServices.class)
class ProxyForwardingTest {

    private static String bearer;

    @BeforeAll
    static void token() {
        bearer = KeycloakTokens.bearer(KeycloakTokens.forUser("operator"));
    }

    @Test
    void forwardsMethodPathQueryHeadersAndBodyUnchanged() {
        given()
                .header("Authorization", bearer)
                .header("X-Request-Id", "gw-test-1")
                .header("X-Custom", "kept")
                .urlEncodingEnabled(false)
                .contentType("application/json")
                .body("{\"name\":\"Main\"}")
                .when().post("/api/accounts/42/sub-accounts?status=201&q=a%20b&q=c")
                .then()
                .statusCode(201)
                .header("X-Echo-Service", "content")
                .header("X-Echo-Method", "POST")
                .header("X-Echo-Uri", "/api/accounts/42/sub-accounts?status=201&q=a%20b&q=c")
                .header("X-Echo-Authorization", bearer)
                .header("X-Echo-X-Request-Id", "gw-test-1")
                .header("X-Echo-X-Custom", "kept")
                .header("X-Echo-Content-Type", startsWith("application/json"))
                .header("X-Echo-Content-Length", "15")
                .header("X-Echo-X-Forwarded-Proto", "http")
                .header("X-Echo-X-Forwarded-For", containsString("127.0.0.1"))
                .header("X-Echo-X-Forwarded-Host", "localhost:" + RestAssured.port)
                .header("X-Echo-Host", not(containsString(String.valueOf(RestAssured.port))))
                .header("ETag", "\"7\"")
                .header("Location", "/api/things/1")
                .body(equalTo("{\"name\":\"Main\"}"));
    }

    @Test
    void passesOnWhatAProxyInFrontSaidAndAddsThePeerToForwardedFor() {
        given()
                .header("Authorization", bearer)
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.example.com")
                .when().get("/api/scripts")
                .then()
                .statusCode(200)
                .header("X-Echo-X-Forwarded-For", "203.0.113.7, 127.0.0.1")
                .header("X-Echo-X-Forwarded-Proto", "https")
                .header("X-Echo-X-Forwarded-Host", "api.example.com");
    }

    @Test
    void returnsTheRequestIdOnceAndMakesOneWhenTheClientSendsNone() {
        Response response = given().header("Authorization", bearer)
                .when().get("/api/topics")
                .then().statusCode(200)
                .extract().response();
        List<String> ids = response.headers().getValues("X-Request-Id");
        assertEquals(1, ids.size(), "one X-Request-Id, not the gateway's and the service's: " + ids);
        assertEquals(ids.get(0), response.header("X-Echo-X-Request-Id"), "the service got the id the client sees");
    }

    @Test
    void dropsHopByHopHeadersBothWaysAndKeepsRepeatedOnes() {
        Response response = given()
                .header("Authorization", bearer)
                .header("Connection", "keep-alive, X-Hop")
                .header("X-Hop", "for the gateway only")
                .when().get("/api/videos")
                .then().statusCode(200)
                .header("X-Echo-X-Hop", nullValue())
                .header("Keep-Alive", nullValue())
                .header("Proxy-Authenticate", nullValue())
                .extract().response();
        assertEquals(List.of("a=1", "b=2"), response.headers().getValues("Set-Cookie"));
    }

    @Test
    void routesEachPrefixToItsService() {
        expectService("/api/ugc", "content");
        expectService("/api/calendar/2026-11", "content");
        expectService("/api/kpis?accountId=1", "analytics");
        expectService("/api/audiences", "analytics");
        expectService("/api/live-sessions/9", "campaign");
        expectService("/api/spend-requests", "campaign");
        expectService("/api/accounts?size=1", "content");
    }

    private static void expectService(String path, String service) {
        given().header("Authorization", bearer)
                .when().get(path)
                .then().statusCode(200).header("X-Echo-Service", service);
    }

    @Test
    void passesTheServicesErrorsThroughUntouched() {
        given().header("Authorization", bearer)
                .contentType("application/problem+json")
                .body("{\"status\":409,\"title\":\"Conflict\"}")
                .when().put("/api/scripts/3?status=409")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void answersNoContentWithoutABody() {
        given().header("Authorization", bearer)
                .when().delete("/api/assets/5?status=204")
                .then().statusCode(204).header("X-Echo-Method", "DELETE");
    }

    @Test
    void streamsARequestBodyBothWays() {
        // just under quarkus.http.limits.max-body-size (2M), which the gateway enforces as the services do
        byte[] body = new byte[2 * 1024 * 1024 - 1024];
        new Random(42).nextBytes(body);
        byte[] echoed = given().header("Authorization", bearer)
                .contentType("application/octet-stream")
                .body(body)
                .when().post("/api/assets")
                .then().statusCode(200)
                .header("X-Echo-Content-Length", String.valueOf(body.length))
                .extract().asByteArray();
        assertArrayEquals(body, echoed);
    }

    @Test
    void streamsAChunkedRequestBody() throws Exception {
        byte[] body = FakeServices.generated(0, 1536 * 1024);
        // a body of unknown length goes out chunked (REST-assured would buffer it and send a length)
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/experiments"))
                .header("Authorization", bearer)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("chunked", response.headers().firstValue("X-Echo-Transfer-Encoding").orElse(null));
        assertArrayEquals(body, response.body());
    }

    @Test
    void refusesABodyOverTheLimitWithA413Problem() {
        given().header("Authorization", bearer)
                .contentType("application/octet-stream")
                .body(new byte[2 * 1024 * 1024 + 1])
                .when().post("/api/assets")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .header("X-Echo-Service", nullValue());
    }

    @Test
    void streamsALargeResponse() {
        int size = 24 * 1024 * 1024;
        byte[] received = given().header("Authorization", bearer)
                .when().get("/api/reports/export?bytes=" + size)
                .then().statusCode(200).header("X-Echo-Service", "analytics")
                .extract().asByteArray();
        assertArrayEquals(FakeServices.generated(0, size), received);
    }

    @Test
    void exposesCorsHeadersOfTheGatewayNotOfTheService() {
        given().header("Authorization", bearer)
                .header("Origin", "http://localhost:3000")
                .when().get("/api/accounts")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void forwardsEveryMethod() {
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
            given().header("Authorization", bearer)
                    .when().request(method, "/api/partners/1")
                    .then().statusCode(200).header("X-Echo-Method", method);
        }
        given().header("Authorization", bearer)
                .when().head("/api/partners/1")
                .then().statusCode(200).header("X-Echo-Method", "HEAD");
    }

    @Test
    void keepsEveryValueOfARepeatedQueryParameter() {
        given().header("Authorization", bearer)
                .urlEncodingEnabled(false)
                .when().get("/api/alerts?tag=a&tag=b&empty=&flag")
                .then().statusCode(200)
                .header("X-Echo-Uri", "/api/alerts?tag=a&tag=b&empty=&flag");
    }
}
