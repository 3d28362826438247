package io.lightningops.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InsightsOpenApiTest {

    @Test
    void theInsightEndpointsAreDocumentedWithTheirRolesWindowParametersAndErrors() {
        String[][] operations = {
                {"/api/metrics/events", "post", "Roles: admin, analyst"},
                {"/api/kpis/funnel", "get", "Roles: admin, analyst, operator"},
                {"/api/kpis/cohorts", "get", "Roles: admin, analyst, operator"},
                {"/api/benchmarks", "post", "Roles: admin, analyst"},
                {"/api/benchmarks/comparison", "get", "Roles: admin, analyst, operator"},
                {"/api/benchmarks/{id}/snapshots", "post", "Roles: admin, analyst"},
                {"/api/audiences/{accountId}", "put", "Roles: admin, analyst"},
                {"/api/audiences/{accountId}", "get", "Roles: admin, analyst, operator"}};
        for (String[] op : operations) {
            given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .rootPath("paths.'" + op[0] + "'." + op[1])
                    .body("description", containsString(op[2]))
                    .body("responses.'403'", notNullValue());
        }
        for (String path : new String[] {"/api/kpis/funnel", "/api/kpis/cohorts", "/api/benchmarks/comparison", "/api/kpis"}) {
            given().queryParam("format", "json").get("/q/openapi").then()
                    .body("paths.'" + path + "'.get.parameters.name", hasItems("accountId", "from", "to"))
                    .body("paths.'" + path + "'.get.responses.'400'", notNullValue());
        }
    }
}
