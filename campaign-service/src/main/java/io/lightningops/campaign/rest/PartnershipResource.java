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

import io.lightningops.campaign.domain.ContractStatus;
import io.lightningops.campaign.service.PartnershipService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/partnerships")
@Tag(name = "Partnerships", description = "Contracts with partners and their lifecycle. MCN partner tokens see only "
        + "their own agency's partnerships; any other is 404.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnershipResource {

    private final PartnershipService service;
    private final Idempotency idempotency;

    public PartnershipResource(PartnershipService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createPartnership", summary = "Create a partnership (a DRAFT contract)",
            description = "Roles: admin, operator. The partnership belongs to the partner's agency (an MCN) or its "
                    + "MCN's (a signed creator), fixed now; that agency's partner tokens see it and get its events. "
                    + "Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartnershipRequest.class),
            examples = @ExampleObject(name = "partnership", value = Examples.PARTNERSHIP_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new partnership"),
                    @Header(name = "ETag", description = "Version")},
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class),
                    examples = @ExampleObject(name = "partnership", value = Examples.PARTNERSHIP)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull PartnershipRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/partnerships", request, () -> {
            PartnershipResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "listPartnerships", summary = "List partnerships",
            description = "Roles: admin, operator, analyst; partner (only its own agency's). Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of partnerships")
    public Page<PartnershipResponse> list(
            @Parameter(description = "Only this partner's") @QueryParam("partnerId") String partnerId,
            @Parameter(description = "Only in this status") @QueryParam("status") ContractStatus status,
            @Parameter(description = "Only this campaign's") @QueryParam("campaignId") String campaignId,
            @Valid @BeanParam PageParams page) {
        return service.list(partnerId, status, campaignId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "getPartnership", summary = "Read a partnership",
            description = "Roles: admin, operator, analyst; partner (only its own agency's: 404 for any other).")
    @APIResponse(responseCode = "200", description = "The partnership with its lifecycle steps",
            headers = @Header(name = "ETag", description = "Version"),
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class),
                    examples = @ExampleObject(name = "partnership", value = Examples.PARTNERSHIP)))
    public Response get(@PathParam("id") UUID id) {
        PartnershipResponse partnership = service.get(id);
        return ETags.ok(partnership, partnership.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updatePartnership", summary = "Update a partnership's description",
            description = "Roles: admin, operator. Requires If-Match. Title, description, campaign and dates; not the "
                    + "partner and not the status (use transitions). An ARCHIVED partnership is final (409).")
    @APIResponse(responseCode = "200", description = "The updated partnership",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnershipUpdate request) {
        PartnershipResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "transitionPartnership", summary = "Move the contract to its next status",
            description = "Roles: admin, operator. DRAFT -> LEGAL_REVIEW | ARCHIVED, LEGAL_REVIEW -> DRAFT | SIGNED, "
                    + "SIGNED -> IN_FORCE | ARCHIVED, IN_FORCE -> ARCHIVED; each step records who and when. Any other "
                    + "move is 409. If-Match is checked when sent. Emits partnership.status_changed.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TransitionRequest.class),
            examples = @ExampleObject(name = "to legal review", value = Examples.TRANSITION)))
    @APIResponse(responseCode = "200", description = "The partnership in its new status",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "409", description = "Not a legal next status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "illegal", value = Examples.ILLEGAL_TRANSITION)))
    public Response transition(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of your last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        PartnershipResponse moved = service.transition(id, ifMatch, request);
        return ETags.ok(moved, moved.version());
    }
}
