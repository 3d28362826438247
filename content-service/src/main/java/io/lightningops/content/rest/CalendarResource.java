package io.lightningops.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.content.service.CalendarService;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/calendar")
@Tag(name = "Calendar", description = "Per account: scheduled videos by day, plans under the 3+1 cadence, and the content mix")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final CalendarService service;
    private final Idempotency idempotency;

    public CalendarResource(CalendarService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "getCalendar", summary = "An account's calendar",
            description = "Roles: admin, operator, analyst, compliance. The account's SCHEDULED and PUBLISHED videos "
                    + "with a slot in the days [from, to] (dates in lightning.calendar.zone, at most max-days), every "
                    + "day listed, and the content-layer mix of the period against its targets.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(schema = @Schema(implementation = CalendarResponse.class),
                    examples = @ExampleObject(name = "calendar", value = Examples.CALENDAR)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CalendarResponse calendar(
            @Parameter(description = "The account", required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("accountId") String accountId,
            @Parameter(description = "First day, e.g. 2026-12-01", required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day (inclusive)", required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to) {
        return service.calendar(accountId, from, to);
    }

    @POST
    @Path("/plans")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "planCalendar", summary = "Propose (and optionally apply) a publishing plan",
            description = "Roles: admin, operator. Days from startDate under the cadence (\"3+1\": three regular days "
                    + "then one push day, repeating from the first day), each with the slot times; fills free future "
                    + "slots from the account's APPROVED videos: a push day takes the newest video of the first layer "
                    + "of lightning.calendar.push-priority (TRAFFIC, CONVERSION, VALUE) that has one; a regular day the "
                    + "oldest video of the layer furthest below its target share. Reports the period's mix (videos "
                    + "already on the calendar and proposed) with deviations beyond the tolerance flagged. With "
                    + "apply=true the proposed videos are SCHEDULED, all or none: a video no longer APPROVED or a slot "
                    + "taken meanwhile is a 409 and nothing is scheduled. Idempotency-Key replays.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PlanRequest.class),
            examples = @ExampleObject(name = "28 days 3+1", value = Examples.PLAN_REQUEST)))
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class),
                    examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "apply: a slot was taken or a video scheduled meanwhile; nothing was applied",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response plan(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull PlanRequest request) {
        return idempotency.run(idempotencyKey, "POST /api/calendar/plans", request,
                () -> Response.ok(service.plan(request)).build());
    }
}
