package io.lightningops.risk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document describes reviews, incidents, comments and anomalies with their roles and problems. */
@QuarkusTest
class RiskOpsOpenApiTest {

    @Test
    void everyNewOperationIsDocumentedWithItsRolesAndProblems() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/reviews"))
                .body("paths.'/api/reviews/{id}/decisions'.post.description", containsString("Roles:"))
                .body("paths.'/api/reviews/{id}/decisions'.post.responses.'409'.content", hasKey("application/problem+json"))
                .body("paths.'/api/reviews/{id}/decisions'.post.responses.'403'.content", hasKey("application/problem+json"))
                .body("paths.'/api/risks/{id}/history'.get.description", containsString("Roles: admin, compliance, analyst"))
                .body("paths.'/api/risks/{id}'.put.responses", hasKey("409"))
                .body("paths.'/api/incidents/alerts'.post.description", containsString("Roles: admin, compliance, analyst"))
                .body("paths.'/api/incidents/alerts'.post.responses", hasKey("200"))
                .body("paths.'/api/incidents/alerts'.post.responses", hasKey("201"))
                .body("paths.'/api/incidents/{id}/steps/{step}'.post.responses.'404'.content", hasKey("application/problem+json"))
                .body("paths.'/api/incidents/{id}/transitions'.post.responses.'409'.content", hasKey("application/problem+json"))
                .body("paths.'/api/risks/comments'.post.description", containsString("Idempotent on commentId"))
                .body("paths.'/api/risks/comments/stats'.get.responses", hasKey("200"))
                .body("paths.'/api/risks/anomalies'.get.responses.'503'.content", hasKey("application/problem+json"))
                .body("components.schemas", hasKey("Review"))
                .body("components.schemas", hasKey("Incident"))
                .body("components.schemas", hasKey("AnomalyReport"));
    }
}
