package io.lightningops.defaults.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.problem.ProblemType;

/**
 * Documents the errors every operation can answer, so that no service repeats them on each method:
 * the Problem schema, and 400/401/403/404/412/428/500/503 problem responses where they apply. An
 * operation that documents a status itself keeps its own description.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("Violation", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid input field")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("name")))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("must not be blank"))));
        components.addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail: the body of every 4xx and 5xx response")
                .required(List.of("type", "title", "status", "detail"))
                .addProperty("type", string("URI of the problem type", ProblemType.NOT_FOUND.uri()))
                .addProperty("title", string("Summary of the problem type", "Not Found"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(404)))
                .addProperty("detail", string("What went wrong in this occurrence", "No account with id 42"))
                .addProperty("instance", string("The request path", "/api/accounts/42"))
                .addProperty("requestId", string("X-Request-Id of the request", "7c0e0e1a-9f7e-4a55-9a53-3f9e8f0e2c11"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation"))));

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathParameter = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), hasPathParameter);
            }
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean hasPathParameter) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            add(responses, ProblemType.VALIDATION, "Invalid input; `violations` names each bad field");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, ProblemType.UNAUTHORIZED, "No bearer token, or an invalid or expired one");
            add(responses, ProblemType.FORBIDDEN, "The token lacks a role this operation requires");
        }
        if (hasPathParameter) {
            add(responses, ProblemType.NOT_FOUND, "No such resource, or not visible to the caller");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            add(responses, ProblemType.PRECONDITION_FAILED, "If-Match names a stale version");
            add(responses, ProblemType.PRECONDITION_REQUIRED, "If-Match is missing");
        }
        add(responses, ProblemType.INTERNAL, "Unexpected failure; quote the requestId");
        add(responses, ProblemType.SERVICE_UNAVAILABLE, "A backing service (database, identity provider) is unavailable");
    }

    private static void add(APIResponses responses, ProblemType type, String description) {
        String status = String.valueOf(type.status());
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null && existing.getContent().getMediaTypes() != null
                && !existing.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        // SmallRye adds bare 401/403 entries for secured operations; give them our description and the problem body
        APIResponse response = OASFactory.createAPIResponse()
                .description(existing == null || existing.getDescription() == null
                        || existing.getDescription().startsWith("Not ") ? description : existing.getDescription())
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        responses.addAPIResponse(status, response);
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description)
                .examples(List.of(example));
    }
}
