package io.lightningops.campaign.rest;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.campaign.domain.PartnerType;
import io.lightningops.campaign.service.PartnerFilter;
import io.lightningops.campaign.service.PartnerService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/partners")
@Tag(name = "Partners", description = "Creators, MCN agencies and brands the brand works with")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    private final PartnerService service;
    private final Idempotency idempotency;

    public PartnerResource(PartnerService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createPartner", summary = "Create a partner",
            description = "Roles: admin, operator. An MCN needs an agency (the agency claim of its tokens), unique "
                    + "among partners; other types have none. Retries with the same Idempotency-Key replay the first "
                    + "response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartnerRequest.class), examples = {
            @ExampleObject(name = "mcn", value = Examples.MCN_REQUEST),
            @ExampleObject(name = "creator", value = Examples.CREATOR_REQUEST)}))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new partner"),
                    @Header(name = "ETag", description = "Version of the partner")},
            content = @Content(schema = @Schema(implementation = PartnerResponse.class),
                    examples = @ExampleObject(name = "partner", value = Examples.PARTNER)))
    @APIResponse(responseCode = "409", description = "Another partner has this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "conflict", value = Examples.CONFLICT)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull PartnerRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/partners", request, () -> {
            PartnerResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listPartners", summary = "List partners",
            description = "Roles: admin, operator, analyst. Filter by type, by agency to find the MCN of a tenant key, "
                    + "by mcnId for the creators of an MCN, by category, or by part of the name (q). Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of partners")
    public Page<PartnerResponse> list(
            @Parameter(description = "Only partners of this type") @QueryParam("type") PartnerType type,
            @Parameter(description = "Only the MCN with this agency key", example = "alpha")
            @QueryParam("agency") String agency,
            @Parameter(description = "Only the creators signed to this MCN") @QueryParam("mcnId") String mcnId,
            @Parameter(description = "Only this content vertical (any case)", example = "coffee")
            @QueryParam("category") String category,
            @Parameter(description = "Only partners whose name contains this (any case)") @QueryParam("q") String q,
            @Valid @BeanParam PageParams page) {
        return service.list(new PartnerFilter(type, agency, Ids.parse("mcnId", mcnId), category, q), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getPartner", summary = "Read a partner",
            description = "Roles: admin, operator, analyst. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The partner",
            headers = @Header(name = "ETag", description = "Version of the partner"),
            content = @Content(schema = @Schema(implementation = PartnerResponse.class),
                    examples = @ExampleObject(name = "partner", value = Examples.PARTNER)))
    public Response get(@PathParam("id") UUID id) {
        PartnerResponse partner = service.get(id);
        return ETags.ok(partner, partner.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updatePartner", summary = "Replace a partner",
            description = "Roles: admin, operator. Requires If-Match with the ETag of your last read.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartnerRequest.class),
            examples = @ExampleObject(name = "mcn", value = Examples.MCN_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated partner",
            headers = @Header(name = "ETag", description = "New version of the partner"),
            content = @Content(schema = @Schema(implementation = PartnerResponse.class)))
    @APIResponse(responseCode = "409", description = "Another partner has this agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnerRequest request) {
        PartnerResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }
}
