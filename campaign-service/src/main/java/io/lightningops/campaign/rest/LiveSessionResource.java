package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
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

import io.lightningops.campaign.domain.LiveSessionStatus;
import io.lightningops.campaign.service.LiveSessionService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/live-sessions")
@Tag(name = "Live sessions", description = "The live-stream schedule: sessions, weekly plans, hosts, coupons, results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LiveSessionResource {

    private final LiveSessionService service;
    private final Idempotency idempotency;

    public LiveSessionResource(LiveSessionService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "scheduleLiveSession", summary = "Schedule a live session",
            description = "Roles: admin, operator. campaignId and couponIds must name existing ones. Retries with the "
                    + "same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = LiveSessionRequest.class),
            examples = @ExampleObject(name = "session", value = Examples.LIVE_SESSION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Scheduled",
            headers = {@Header(name = "Location", description = "URL of the new session"),
                    @Header(name = "ETag", description = "Version of the session")},
            content = @Content(schema = @Schema(implementation = LiveSessionResponse.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response schedule(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull LiveSessionRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/live-sessions", request, () -> {
            LiveSessionResponse created = service.schedule(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @POST
    @Path("/plans")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "planLiveSessions", summary = "Schedule a weekly plan of live sessions",
            description = "Roles: admin, operator. Makes one session on each chosen weekday of each calendar week (Monday to Sunday) from firstDay's, none before firstDay "
                    + "(e.g. TUESDAY and FRIDAY for two brand sessions a week), at startTime in offset (+08:00 by default); "
                    + "they share a planId. Retries with the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = LivePlanRequest.class),
            examples = @ExampleObject(name = "twice-a-week", value = Examples.LIVE_PLAN_REQUEST)))
    @APIResponse(responseCode = "201", description = "Scheduled",
            headers = @Header(name = "Location", description = "URL of the plan's sessions"),
            content = @Content(schema = @Schema(implementation = LivePlanResponse.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response plan(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull LivePlanRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/live-sessions/plans", request, () -> {
            LivePlanResponse plan = service.plan(request);
            return Response.created(uri.getBaseUriBuilder().path("api/live-sessions").queryParam("planId", plan.planId())
                    .build()).entity(plan).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listLiveSessions", summary = "List the schedule",
            description = "Roles: admin, operator, analyst. In start order; from inclusive, to exclusive.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    public Page<LiveSessionResponse> list(
            @Parameter(description = "Sessions starting at or after", example = "2026-11-01T00:00:00+08:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Sessions starting before", example = "2026-12-01T00:00:00+08:00") @QueryParam("to") OffsetDateTime to,
            @Parameter(description = "Only this campaign's") @QueryParam("campaignId") String campaignId,
            @Parameter(description = "Only this plan's") @QueryParam("planId") String planId,
            @Parameter(description = "Only this status") @QueryParam("status") LiveSessionStatus status,
            @Valid @BeanParam PageParams page) {
        return service.list(from, to, campaignId, planId, status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getLiveSession", summary = "Read a live session", description = "Roles: admin, operator, analyst.")
    @APIResponse(responseCode = "200", description = "The session",
            headers = @Header(name = "ETag", description = "Version of the session"),
            content = @Content(schema = @Schema(implementation = LiveSessionResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        LiveSessionResponse session = service.get(id);
        return ETags.ok(session, session.version());
    }

    @PUT
    @Path("/{id}/results")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "recordLiveResults", summary = "Record (or correct) a session's results",
            description = "Roles: admin, operator. Requires If-Match. The session becomes COMPLETED; a cancelled one "
                    + "takes no results (409); peakViewers may not exceed viewers.")
    @RequestBody(content = @Content(schema = @Schema(implementation = LiveResultsRequest.class),
            examples = @ExampleObject(name = "results", value = Examples.LIVE_RESULTS)))
    @APIResponse(responseCode = "200", description = "The session with its results",
            headers = @Header(name = "ETag", description = "New version of the session"),
            content = @Content(schema = @Schema(implementation = LiveSessionResponse.class)))
    @APIResponse(responseCode = "409", description = "The session was cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response results(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LiveResultsRequest request) {
        LiveSessionResponse session = service.recordResults(id, ifMatch, request);
        return ETags.ok(session, session.version());
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "cancelLiveSession", summary = "Call off a scheduled session",
            description = "Roles: admin, operator. A session with results cannot be cancelled (409).")
    @APIResponse(responseCode = "200", description = "The cancelled session",
            content = @Content(schema = @Schema(implementation = LiveSessionResponse.class)))
    @APIResponse(responseCode = "409", description = "The session already has results",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response cancel(@PathParam("id") UUID id) {
        LiveSessionResponse session = service.cancel(id);
        return ETags.ok(session, session.version());
    }
}
