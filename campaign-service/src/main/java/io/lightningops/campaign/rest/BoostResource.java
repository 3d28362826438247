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

import io.lightningops.campaign.domain.BidStrategy;
import io.lightningops.campaign.domain.TimeSlot;
import io.lightningops.campaign.service.BoostService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/boosts")
@Tag(name = "Boosts", description = "Paid DOU+ boosts: spend, bid strategy, time slot, GMV and ROI")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoostResource {

    private final BoostService service;
    private final Idempotency idempotency;

    public BoostResource(BoostService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createBoost", summary = "Record a DOU+ boost",
            description = "Roles: admin, operator. Spend and GMV are decimal strings in CNY; ROI = gmv / spend to 4 "
                    + "decimals, rounded half up. Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BoostRequest.class),
            examples = @ExampleObject(name = "boost", value = Examples.BOOST_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new boost"),
                    @Header(name = "ETag", description = "Version of the boost")},
            content = @Content(schema = @Schema(implementation = BoostResponse.class),
                    examples = @ExampleObject(name = "boost", value = Examples.BOOST)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull BoostRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/boosts", request, () -> {
            BoostResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listBoosts", summary = "List boosts", description = "Roles: admin, operator, analyst. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of boosts")
    public Page<BoostResponse> list(@Parameter(description = "Only this campaign's") @QueryParam("campaignId") String campaignId,
            @Parameter(description = "Only this bid strategy") @QueryParam("bidStrategy") BidStrategy bidStrategy,
            @Parameter(description = "Only this time slot") @QueryParam("timeSlot") TimeSlot timeSlot,
            @Valid @BeanParam PageParams page) {
        return service.list(campaignId, bidStrategy, timeSlot, page);
    }

    @GET
    @Path("/comparison")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "compareBoosts", summary = "Compare boosts across bid strategies and time slots",
            description = "Roles: admin, operator, analyst. Count, total spend, total GMV and ROI (total GMV / total "
                    + "spend, 4 decimals, half up) overall, per bid strategy, per time slot and per pair; groups without "
                    + "boosts are left out. For one campaign with campaignId (404 if unknown), else for all.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(schema = @Schema(implementation = BoostComparison.class),
                    examples = @ExampleObject(name = "comparison", value = Examples.BOOST_COMPARISON)))
    public BoostComparison compare(@Parameter(description = "The campaign to compare") @QueryParam("campaignId") String campaignId) {
        return service.compare(campaignId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getBoost", summary = "Read a boost", description = "Roles: admin, operator, analyst.")
    @APIResponse(responseCode = "200", description = "The boost",
            headers = @Header(name = "ETag", description = "Version of the boost"),
            content = @Content(schema = @Schema(implementation = BoostResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        BoostResponse boost = service.get(id);
        return ETags.ok(boost, boost.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "updateBoost", summary = "Replace a boost, e.g. with the GMV it brought",
            description = "Roles: admin, operator. Requires If-Match with the ETag of your last read.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BoostRequest.class),
            examples = @ExampleObject(name = "boost", value = Examples.BOOST_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated boost",
            headers = @Header(name = "ETag", description = "New version of the boost"),
            content = @Content(schema = @Schema(implementation = BoostResponse.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BoostRequest request) {
        BoostResponse boost = service.update(id, ifMatch, request);
        return ETags.ok(boost, boost.version());
    }
}
