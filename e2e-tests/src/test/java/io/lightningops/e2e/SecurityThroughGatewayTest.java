package io.lightningops.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each service's seed resource through the gateway: 401 without a token, 403 without the role, 200 with it. */
class SecurityThroughGatewayTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/accounts", "/api/videos", "/api/metrics", "/api/partners", "/api/risks"})
    void withoutATokenTheGatewayAnswersUnauthorized(String path) {
        Suite.anonymous().get(path)
                .then().statusCode(401)
                .contentType(Suite.PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/accounts", "/api/metrics", "/api/risks"})
    void anExpiredOrForgedTokenIsUnauthorized(String path) {
        Suite.anonymous().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
                .get(path)
                .then().statusCode(401).contentType(Suite.PROBLEM);
    }

    @ParameterizedTest
    @CsvSource({
        "operator,   /api/accounts",
        "analyst,    /api/accounts",
        "compliance, /api/videos",
        "analyst,    /api/metrics",
        "operator,   /api/metrics",
        "compliance, /api/metrics",
        "operator,   /api/partners",
        "analyst,    /api/partners",
        "compliance, /api/risks",
        "analyst,    /api/risks",
        "admin,      /api/risks",
    })
    void aUserWithTheRoleReadsTheList(String user, String path) {
        Suite.as(user).get(path)
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", notNullValue())
                .body("items", notNullValue());
    }

    @ParameterizedTest
    @CsvSource({
        "compliance, /api/partners",
        "operator,   /api/risks",
    })
    void aUserWithoutTheRoleIsForbidden(String user, String path) {
        Suite.as(user).get(path)
                .then().statusCode(403)
                .contentType(Suite.PROBLEM)
                .body("status", equalTo(403));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/accounts", "/api/videos", "/api/metrics", "/api/partners", "/api/risks"})
    void aPartnerSeesNoInternalResource(String path) {
        Suite.asAgency("alpha").get(path)
                .then().statusCode(403).contentType(Suite.PROBLEM);
    }
}
