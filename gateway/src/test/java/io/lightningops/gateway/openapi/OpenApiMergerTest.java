package io.lightningops.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The merge rules on their own, without HTTP. */
class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiMerger.Settings SETTINGS =
            new OpenApiMerger.Settings("https://id.example/realms/lightning", "2.0.0");

    private final OpenApiMerger merger = new OpenApiMerger();

    @Test
    void renamingASchemaAlsoRenamesTheSchemasThatReferToIt() {
        // Severity differs; Finding is textually the same in both but points at a different Severity.
        ObjectNode content = doc("""
                {"paths": {"/api/scripts": {"get": {"responses": {"200": {"description": "ok",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Finding"}}}}}}}},
                 "components": {"schemas": {
                   "Finding": {"type": "object", "properties": {"severity": {"$ref": "#/components/schemas/Severity"}}},
                   "Severity": {"type": "string", "enum": ["LOW", "HIGH"]}}}}
                """);
        ObjectNode risk = doc("""
                {"paths": {"/api/scans": {"post": {"responses": {"200": {"description": "ok",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Finding"}}}}}}}},
                 "components": {"schemas": {
                   "Finding": {"type": "object", "properties": {"severity": {"$ref": "#/components/schemas/Severity"}}},
                   "Severity": {"type": "string", "enum": ["BLOCK", "REVIEW"]}}}}
                """);

        ObjectNode merged = merger.merge(List.of(
                OpenApiMerger.Source.available("content", content),
                OpenApiMerger.Source.available("risk", risk)), SETTINGS);

        JsonNode schemas = merged.path("components").path("schemas");
        assertEquals("HIGH", schemas.path("Severity").path("enum").get(1).asText());
        assertEquals("REVIEW", schemas.path("RiskSeverity").path("enum").get(1).asText());
        assertEquals("#/components/schemas/RiskSeverity",
                schemas.path("RiskFinding").path("properties").path("severity").path("$ref").asText());
        assertEquals("#/components/schemas/Severity",
                schemas.path("Finding").path("properties").path("severity").path("$ref").asText());
        assertEquals("#/components/schemas/RiskFinding", merged.at(
                "/paths/~1api~1scans/post/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/Finding", merged.at(
                "/paths/~1api~1scripts/get/responses/200/content/application~1json/schema/$ref").asText());
    }

    @Test
    void theVariantMostServicesShareKeepsTheName() {
        String shared = """
                {"components": {"schemas": {"Problem": {"type": "object", "required": ["type", "status"]}}}}""";
        ObjectNode odd = doc("""
                {"components": {"schemas": {"Problem": {"type": "object"}}}}""");

        ObjectNode merged = merger.merge(List.of(
                OpenApiMerger.Source.available("analytics", odd),
                OpenApiMerger.Source.available("campaign", doc(shared)),
                OpenApiMerger.Source.available("content", doc(shared))), SETTINGS);

        JsonNode schemas = merged.path("components").path("schemas");
        assertTrue(schemas.path("Problem").has("required"));
        assertFalse(schemas.path("AnalyticsProblem").has("required"));
        assertEquals(2, schemas.size());
    }

    @Test
    void listsServicesThatAreMissingAndStillServesTheOthers() {
        ObjectNode merged = merger.merge(List.of(
                OpenApiMerger.Source.available("content", doc("""
                        {"paths": {"/api/accounts": {"get": {"responses": {"200": {"description": "ok"}}}}}}""")),
                OpenApiMerger.Source.unavailable("risk", "not reachable")), SETTINGS);

        assertEquals("risk", merged.path("x-unavailable").get(0).asText());
        assertTrue(merged.path("info").path("description").asText().contains("risk (not reachable)"));
        assertTrue(merged.path("paths").has("/api/accounts"));
        assertEquals("2.0.0", merged.path("info").path("version").asText());
    }

    @Test
    void givesEverySecuredOperationTheOAuth2AlternativeAndKeepsPublicOnesPublic() {
        ObjectNode content = doc("""
                {"security": [{"bearer": []}],
                 "paths": {"/api/accounts": {"get": {"responses": {}}},
                           "/api/calendar": {"get": {"security": [], "responses": {}}}}}""");

        ObjectNode merged = merger.merge(List.of(OpenApiMerger.Source.available("content", content)), SETTINGS);

        assertFalse(merged.has("security"));
        JsonNode secured = merged.at("/paths/~1api~1accounts/get/security");
        assertEquals("[{\"bearer\":[]},{\"keycloak\":[]}]", secured.toString());
        assertEquals("[]", merged.at("/paths/~1api~1calendar/get/security").toString());
        assertEquals("https://id.example/realms/lightning/protocol/openid-connect/auth",
                merged.at("/components/securitySchemes/keycloak/flows/authorizationCode/authorizationUrl").asText());
    }

    @Test
    void makesDuplicateOperationIdsUnique() {
        String list = """
                {"paths": {"%s": {"get": {"operationId": "list", "responses": {}}}}}""";
        ObjectNode merged = merger.merge(List.of(
                OpenApiMerger.Source.available("content", doc(list.formatted("/api/topics"))),
                OpenApiMerger.Source.available("risk", doc(list.formatted("/api/risks")))), SETTINGS);

        assertEquals("list", merged.at("/paths/~1api~1topics/get/operationId").asText());
        assertEquals("riskList", merged.at("/paths/~1api~1risks/get/operationId").asText());
    }

    @Test
    void leavesTheSourcesUntouched() {
        ObjectNode risk = doc("""
                {"components": {"schemas": {"Problem": {"type": "string"}}}}""");
        String before = risk.toString();
        merger.merge(List.of(
                OpenApiMerger.Source.available("content", doc("""
                        {"components": {"schemas": {"Problem": {"type": "object"}}}}""")),
                OpenApiMerger.Source.available("risk", risk)), SETTINGS);
        assertEquals(before, risk.toString());
    }

    private static ObjectNode doc(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
