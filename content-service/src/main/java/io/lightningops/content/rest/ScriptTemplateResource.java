package io.lightningops.content.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.content.service.ScriptService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/scripts/templates")
@Tag(name = "Script templates", description = "Timed templates that scripts follow, e.g. hook → core value → emotional payoff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScriptTemplateResource {

    private final ScriptService service;
    private final Idempotency idempotency;

    public ScriptTemplateResource(ScriptService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createScriptTemplate", summary = "Create a template",
            description = "Roles: admin, operator. Segments in order, named in UPPER_SNAKE_CASE, each a window [from, to) "
                    + "in whole seconds: the first from 0, each from where the previous ends. Names are unique (409). A "
                    + "template never changes once created, so scripts on it stay valid. Retries with the same "
                    + "Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TemplateRequest.class),
            examples = @ExampleObject(name = "template", value = Examples.TEMPLATE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new template"),
                    @Header(name = "ETag", description = "Version of the template")},
            content = @Content(schema = @Schema(implementation = TemplateResponse.class),
                    examples = @ExampleObject(name = "default", value = Examples.TEMPLATE)))
    @APIResponse(responseCode = "409", description = "A template with this name exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull TemplateRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/scripts/templates", request, () -> {
            TemplateResponse created = service.createTemplate(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listScriptTemplates", summary = "List templates",
            description = "Roles: admin, operator, analyst, compliance. The default template first, then oldest first.")
    @APIResponse(responseCode = "200", description = "A page of templates")
    public Page<TemplateResponse> list(@Valid @BeanParam PageParams page) {
        return service.listTemplates(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getScriptTemplate", summary = "Read a template",
            description = "Roles: admin, operator, analyst, compliance.")
    @APIResponse(responseCode = "200", description = "The template",
            headers = @Header(name = "ETag", description = "Version of the template"),
            content = @Content(schema = @Schema(implementation = TemplateResponse.class),
                    examples = @ExampleObject(name = "default", value = Examples.TEMPLATE)))
    public Response get(@PathParam("id") UUID id) {
        TemplateResponse template = service.getTemplate(id);
        return ETags.ok(template, template.version());
    }
}
