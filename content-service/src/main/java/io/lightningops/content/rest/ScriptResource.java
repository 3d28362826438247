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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/scripts")
@Tag(name = "Scripts", description = "Video scripts on timed templates, validated segment by segment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScriptResource {

    private static final String RULES = " Segments are checked against the template (the default one when templateId is "
            + "absent): every template segment present once, in the template's order, each inside its window, not "
            + "overlapping the previous one, ending within the template's length. Every problem is reported at once, "
            + "as a violation with its field path (e.g. segments[1].end), in a 400 problem.";

    private final ScriptService service;
    private final Idempotency idempotency;

    public ScriptResource(ScriptService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createScript", summary = "Write a script",
            description = "Roles: admin, operator." + RULES + " Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScriptRequest.class),
            examples = @ExampleObject(name = "script", value = Examples.SCRIPT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new script"),
                    @Header(name = "ETag", description = "Version of the script")},
            content = @Content(schema = @Schema(implementation = ScriptResponse.class),
                    examples = @ExampleObject(name = "script", value = Examples.SCRIPT)))
    @APIResponse(responseCode = "400", description = "Invalid, or the segments do not fit the template (all violations)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "violations", value = Examples.SCRIPT_VIOLATIONS)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ScriptRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/scripts", request, () -> {
            ScriptResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @POST
    @Path("/checks")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "checkScript", summary = "Check segments against a template without saving",
            description = "Roles: admin, operator. A dry run for editors: answers 200 with `valid` and the violations "
                    + "that a create would refuse." + RULES)
    @RequestBody(content = @Content(schema = @Schema(implementation = ScriptCheckRequest.class)))
    @APIResponse(responseCode = "200", description = "Whether the segments fit, and every way they do not",
            content = @Content(schema = @Schema(implementation = ScriptCheckResponse.class)))
    public ScriptCheckResponse check(@Valid @NotNull ScriptCheckRequest request) {
        return service.check(request.templateId(), request.segments());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listScripts", summary = "List scripts",
            description = "Roles: admin, operator, analyst, compliance. Oldest first; filter by template, topic and account.")
    @APIResponse(responseCode = "200", description = "A page of scripts")
    public Page<ScriptResponse> list(
            @Parameter(description = "Only scripts on this template", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("templateId") String templateId,
            @Parameter(description = "Only scripts for this topic", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("topicId") String topicId,
            @Parameter(description = "Only scripts for this account", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("accountId") String accountId,
            @Valid @BeanParam PageParams page) {
        return service.list(Ids.parse("templateId", templateId), Ids.parse("topicId", topicId),
                Ids.parse("accountId", accountId), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getScript", summary = "Read a script",
            description = "Roles: admin, operator, analyst, compliance. `text` is the segments' words joined, as a scan "
                    + "reads them. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The script",
            headers = @Header(name = "ETag", description = "Version of the script"),
            content = @Content(schema = @Schema(implementation = ScriptResponse.class),
                    examples = @ExampleObject(name = "script", value = Examples.SCRIPT)))
    public Response get(@PathParam("id") UUID id) {
        ScriptResponse script = service.get(id);
        return ETags.ok(script, script.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updateScript", summary = "Replace a script",
            description = "Roles: admin, operator. Requires If-Match with the ETag of your last read." + RULES)
    @RequestBody(content = @Content(schema = @Schema(implementation = ScriptRequest.class),
            examples = @ExampleObject(name = "script", value = Examples.SCRIPT_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated script",
            headers = @Header(name = "ETag", description = "New version of the script"),
            content = @Content(schema = @Schema(implementation = ScriptResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid, or the segments do not fit the template (all violations)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "violations", value = Examples.SCRIPT_VIOLATIONS)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ScriptRequest request) {
        ScriptResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }
}
