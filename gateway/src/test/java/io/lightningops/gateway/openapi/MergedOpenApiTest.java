package io.lightningops.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.lightningops.gateway.testing.FakeServices;

/** The fake content, analytics and campaign services serve documents; risk is down. */
@QuarkusTest
@WithTestResource(FakeServices.class)
class MergedOpenApiTest {

    @Test
    void servesTheMergedDocumentOfTheServicesWithoutAToken() {
        given().when().get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("info.title", equalTo("Lightning Ops Suite API"))
                .body("servers[0].url", equalTo("/"))
                .body("paths", hasKey("/api/accounts"))
                .body("paths", hasKey("/api/kpis"))
                .body("paths", hasKey("/api/campaigns"))
                .body("tags.name", hasItem("Accounts"))
                .body("tags.name", hasItem("KPIs"))
                .body("tags.name", hasItem("Campaigns"));
    }

    @Test
    void keepsOneCopyOfIdenticalSchemasAndRenamesClashingOnes() {
        given().when().get("/q/openapi")
                .then()
                .statusCode(200)
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("ContentProblem")))
                .body("components.schemas", not(hasKey("AnalyticsProblem")))
                // Account means different things in campaign and content: both kept, one renamed
                .body("components.schemas.Account.properties", hasKey("budgetCents"))
                .body("components.schemas.ContentAccount.properties", hasKey("tier"))
                .body("paths.'/api/accounts'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ContentAccount"))
                .body("components.schemas.CampaignPage.properties.items.items.'$ref'",
                        equalTo("#/components/schemas/Account"));
    }

    @Test
    void namesTheServiceThatIsDownInsteadOfFailing() {
        given().when().get("/q/openapi")
                .then()
                .statusCode(200)
                .body("x-unavailable", hasItem("risk"))
                .body("info.description", containsString("risk"));
    }

    @Test
    void offersOAuth2LoginAtKeycloakBesideTheBearerScheme() {
        given().when().get("/q/openapi")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.keycloak.type", equalTo("oauth2"))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        equalTo("http://localhost:8180/realms/lightning/protocol/openid-connect/auth"))
                .body("components.securitySchemes.keycloak.flows.password.tokenUrl",
                        equalTo("http://localhost:8180/realms/lightning/protocol/openid-connect/token"))
                .body("paths.'/api/kpis'.get.security.collect { it.keySet() }.flatten()", hasItem("keycloak"))
                .body("paths.'/api/kpis'.get.security.collect { it.keySet() }.flatten()", hasItem("bearer"));
    }

    @Test
    void servesYamlOnRequest() {
        given().when().get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .contentType(containsString("yaml"))
                .body(startsWith("openapi:"));
    }

    @Test
    void showsTheMergedDocumentInTheSwaggerUiWithKeycloakLogin() {
        given().when().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("'/q/openapi'"))
                .body(containsString("lightning-console"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"))
                .body(containsString("persistAuthorization: true"));
    }

    @Test
    void isReadyWhileAServiceIsDown() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
