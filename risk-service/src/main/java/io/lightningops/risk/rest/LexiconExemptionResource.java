package io.lightningops.risk.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;
import io.lightningops.risk.service.LexiconService;

@Path("/api/lexicon/exemptions")
@Tag(name = "Lexicon")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LexiconExemptionResource {

    private final LexiconService service;
    private final Idempotency idempotency;

    public LexiconExemptionResource(LexiconService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "createLexiconExemption", summary = "Add an exemption phrase",
            description = "Roles: admin, compliance. From the next scan on, a finding lying wholly inside an occurrence "
                    + "of the phrase is dropped (最 inside 最近; a registered product name). Phrases are unique in their "
                    + "folded form (409).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExemptionRequest.class),
            examples = @ExampleObject(name = "exemption", value = Examples.EXEMPTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Added",
            headers = {@Header(name = "Location", description = "URL of the new exemption"),
                    @Header(name = "ETag", description = "Version of the exemption")},
            content = @Content(schema = @Schema(implementation = ExemptionResponse.class),
                    examples = @ExampleObject(name = "exemption", value = Examples.EXEMPTION)))
    @APIResponse(responseCode = "409", description = "There is already an exemption with the same folded form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ExemptionRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/lexicon/exemptions", request, () -> {
            ExemptionResponse created = service.createExemption(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listLexiconExemptions", summary = "List exemption phrases",
            description = "Roles: admin, compliance, operator, analyst. In folded-form order; `q` filters by a part of "
                    + "the phrase.")
    @APIResponse(responseCode = "200", description = "A page of exemptions")
    public Page<ExemptionResponse> list(
            @Parameter(description = "Only phrases containing this text (folded)", example = "最") @QueryParam("q") String q,
            @Valid @BeanParam PageParams page) {
        return service.listExemptions(q, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getLexiconExemption", summary = "Read an exemption phrase",
            description = "Roles: admin, compliance, operator, analyst. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The exemption",
            headers = @Header(name = "ETag", description = "Version of the exemption"),
            content = @Content(schema = @Schema(implementation = ExemptionResponse.class),
                    examples = @ExampleObject(name = "exemption", value = Examples.EXEMPTION)))
    public Response get(@PathParam("id") UUID id) {
        ExemptionResponse exemption = service.getExemption(id);
        return ETags.ok(exemption, exemption.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "updateLexiconExemption", summary = "Replace an exemption phrase",
            description = "Roles: admin, compliance. Requires If-Match with the ETag of your last read.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExemptionRequest.class),
            examples = @ExampleObject(name = "exemption", value = Examples.EXEMPTION_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated exemption",
            headers = @Header(name = "ETag", description = "New version of the exemption"),
            content = @Content(schema = @Schema(implementation = ExemptionResponse.class)))
    @APIResponse(responseCode = "409", description = "Another exemption has the same folded form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ExemptionRequest request) {
        ExemptionResponse updated = service.updateExemption(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "deleteLexiconExemption", summary = "Remove an exemption phrase",
            description = "Roles: admin, compliance. Findings inside the phrase are reported again from the next scan on.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id) {
        service.deleteExemption(id);
        return Response.noContent().build();
    }
}
