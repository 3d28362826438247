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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import io.lightningops.campaign.domain.SpendStatus;
import io.lightningops.campaign.service.SpendRequestService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/spend-requests")
@Tag(name = "Spend requests", description = "Requests to spend from a budget line and their approval chain")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpendRequestResource {

    private final SpendRequestService service;
    private final Idempotency idempotency;

    public SpendRequestResource(SpendRequestService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "createSpendRequest", summary = "Request to spend from a budget line",
            description = "Roles: admin, operator. The amount fixes the approval levels (lightning.budgets.approval: up to "
                    + "one-level-up-to = 5000.00 one level, up to two-levels-up-to = 50000.00 two, above three). An "
                    + "amount above the line's available money (plan - committed) is refused with 409 and nothing is "
                    + "created. Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SpendRequestCreate.class),
            examples = @ExampleObject(name = "request", value = Examples.SPEND_REQUEST_CREATE)))
    @APIResponse(responseCode = "201", description = "Created, awaiting level 1",
            headers = {@Header(name = "Location", description = "URL of the new request"),
                    @Header(name = "ETag", description = "Version of the request")},
            content = @Content(schema = @Schema(implementation = SpendRequestResponse.class),
                    examples = @ExampleObject(name = "pending", value = Examples.SPEND_REQUEST)))
    @APIResponse(responseCode = "409", description = "Over budget: the line has less available than the amount",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "over-budget", value = Examples.OVER_BUDGET)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull SpendRequestCreate request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/spend-requests", request, () -> {
            SpendRequestResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listSpendRequests", summary = "List spend requests",
            description = "Roles: admin, operator, analyst. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of spend requests")
    public Page<SpendRequestResponse> list(
            @Parameter(description = "Only requests in this status") @QueryParam("status") SpendStatus status,
            @Parameter(description = "Only requests against this line") @QueryParam("lineId") String lineId,
            @Parameter(description = "Only requests raised by this user", example = "operator") @QueryParam("requestedBy") String requestedBy,
            @Valid @BeanParam PageParams page) {
        return service.list(status, lineId, requestedBy, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getSpendRequest", summary = "Read a spend request",
            description = "Roles: admin, operator, analyst. With every decision taken so far.")
    @APIResponse(responseCode = "200", description = "The request",
            headers = @Header(name = "ETag", description = "Version of the request"),
            content = @Content(schema = @Schema(implementation = SpendRequestResponse.class),
                    examples = @ExampleObject(name = "pending", value = Examples.SPEND_REQUEST)))
    public Response get(@PathParam("id") UUID id) {
        SpendRequestResponse request = service.get(id);
        return ETags.ok(request, request.version());
    }

    @POST
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "decideSpendRequest", summary = "Decide at the level the request awaits",
            description = "Roles: admin, operator, further limited per level by lightning.budgets.approval.level{1,2,3}-roles "
                    + "(defaults: level 1 operator or admin, levels 2 and 3 admin); the requester never decides on their "
                    + "own request (403). Levels decide in order: a decision for another level than currentLevel, or on "
                    + "a closed request, is 409. REJECT closes the request and commits nothing. The last level's APPROVE "
                    + "commits the amount to the line, or answers 409 and commits nothing when the line no longer has "
                    + "the money (the request then still awaits that level).")
    @RequestBody(content = @Content(schema = @Schema(implementation = SpendDecisionRequest.class),
            examples = @ExampleObject(name = "approve", value = Examples.SPEND_DECISION)))
    @APIResponse(responseCode = "200", description = "The request after the decision",
            content = @Content(schema = @Schema(implementation = SpendRequestResponse.class)))
    @APIResponse(responseCode = "403", description = "Your roles may not decide at this level, or you raised the request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Out of order, closed, or over budget at the final approval",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "out-of-order", value = Examples.OUT_OF_ORDER)))
    public SpendRequestResponse decide(@PathParam("id") UUID id, @Valid @NotNull SpendDecisionRequest request) {
        return service.decide(id, request);
    }
}
