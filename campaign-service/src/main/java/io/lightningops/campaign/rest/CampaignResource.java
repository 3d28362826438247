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

import io.lightningops.campaign.domain.CampaignStatus;
import io.lightningops.campaign.domain.PartnerType;
import io.lightningops.campaign.service.CampaignService;
import io.lightningops.campaign.service.PartnerFilter;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/campaigns")
@Tag(name = "Campaigns", description = "Campaigns: objective, window, channels, partners, budget line, lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private final CampaignService service;
    private final Idempotency idempotency;

    public CampaignResource(CampaignService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createCampaign", summary = "Create a campaign",
            description = "Roles: admin, operator. Starts as DRAFT. partnerIds and budgetLineId must name existing "
                    + "partners and a budget line. evaluationWeights, when given, holds all six weights (0 to 100, "
                    + "adding up to more than 0) and overrides the configured ones for this campaign's partner ranking. "
                    + "Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CampaignRequest.class),
            examples = @ExampleObject(name = "campaign", value = Examples.CAMPAIGN_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new campaign"),
                    @Header(name = "ETag", description = "Version of the campaign")},
            content = @Content(schema = @Schema(implementation = CampaignResponse.class),
                    examples = @ExampleObject(name = "campaign", value = Examples.CAMPAIGN)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull CampaignRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/campaigns", request, () -> {
            CampaignResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listCampaigns", summary = "List campaigns", description = "Roles: admin, operator, analyst. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of campaigns")
    public Page<CampaignResponse> list(@Parameter(description = "Only this status") @QueryParam("status") CampaignStatus status,
            @Parameter(description = "Only campaigns with this partner") @QueryParam("partnerId") String partnerId,
            @Valid @BeanParam PageParams page) {
        return service.list(status, partnerId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getCampaign", summary = "Read a campaign",
            description = "Roles: admin, operator, analyst. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The campaign",
            headers = @Header(name = "ETag", description = "Version of the campaign"),
            content = @Content(schema = @Schema(implementation = CampaignResponse.class),
                    examples = @ExampleObject(name = "campaign", value = Examples.CAMPAIGN)))
    public Response get(@PathParam("id") UUID id) {
        CampaignResponse campaign = service.get(id);
        return ETags.ok(campaign, campaign.version());
    }

    @GET
    @Path("/{id}/rankings")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "rankPartnersForCampaign", summary = "Rank partners for a campaign",
            description = "Roles: admin, operator, analyst. Evaluated partners (optionally of one type or category), "
                    + "best first, each scored with the campaign's evaluationWeights (the configured weights where it "
                    + "has none); an evaluation made for this campaign is preferred over a partner's general one. "
                    + "Unknown campaign: 404.")
    @APIResponse(responseCode = "200", description = "A page of ranked partners and the weights used",
            content = @Content(schema = @Schema(implementation = RankingResponse.class)))
    public RankingResponse rankings(@PathParam("id") UUID id,
            @Parameter(description = "Only partners of this type") @QueryParam("type") PartnerType type,
            @Parameter(description = "Only partners of this content category") @QueryParam("category") String category,
            @Valid @BeanParam PageParams page) {
        return service.rankings(id, new PartnerFilter(type, null, null, category, null), page);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updateCampaign", summary = "Replace a campaign",
            description = "Roles: admin, operator. Requires If-Match with the ETag of your last read. The status "
                    + "changes only through transitions.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CampaignRequest.class),
            examples = @ExampleObject(name = "campaign", value = Examples.CAMPAIGN_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated campaign",
            headers = @Header(name = "ETag", description = "New version of the campaign"),
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CampaignRequest request) {
        CampaignResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "transitionCampaign", summary = "Move a campaign to another status",
            description = "Roles: admin, operator. DRAFT → ACTIVE or CANCELLED; ACTIVE → PAUSED, COMPLETED or "
                    + "CANCELLED; PAUSED → ACTIVE, COMPLETED or CANCELLED; COMPLETED and CANCELLED are final (409). "
                    + "If-Match is optional; when sent, a stale one is 412.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CampaignTransitionRequest.class),
            examples = @ExampleObject(name = "activate", value = Examples.CAMPAIGN_TRANSITION)))
    @APIResponse(responseCode = "200", description = "The campaign in its new status",
            headers = @Header(name = "ETag", description = "New version of the campaign"),
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @APIResponse(responseCode = "409", description = "The transition is not allowed from the current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match names a stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response transition(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of your last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CampaignTransitionRequest request) {
        CampaignResponse moved = service.transition(id, ifMatch, request.status());
        return ETags.ok(moved, moved.version());
    }
}
