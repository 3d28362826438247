package io.lightningops.risk.rest;

import java.net.URI;
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

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;
import io.lightningops.risk.domain.IncidentStatus;
import io.lightningops.risk.domain.IncidentType;
import io.lightningops.risk.domain.RiskTier;
import io.lightningops.risk.service.IncidentService;

@Path("/api/incidents")
@Tag(name = "Incidents", description = "Incidents on the crisis clock: acknowledge at once, handle within 48 hours, "
        + "repair within 7 days; escalation by tier and overdue deadlines; a playbook per type")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private final IncidentService service;
    private final Idempotency idempotency;

    public IncidentResource(IncidentService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "openIncident", summary = "Open an incident by hand",
            description = "Roles: admin, compliance. The incident is OPEN; its deadlines are stored now: acknowledge "
                    + "within the tier's time (1h GENERAL, 30m IMPORTANT, 15m MAJOR by default), handle within 48 hours, "
                    + "repair within 7 days; its checklist is the playbook of its type. Retries with the same "
                    + "Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = IncidentRequest.class),
            examples = @ExampleObject(name = "violation", value = Examples.INCIDENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Opened",
            headers = {@Header(name = "Location", description = "URL of the new incident"),
                    @Header(name = "ETag", description = "Version of the incident")},
            content = @Content(schema = @Schema(implementation = IncidentResponse.class),
                    examples = @ExampleObject(name = "incident", value = Examples.INCIDENT)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response open(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull IncidentRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/incidents", request, () -> {
            IncidentResponse opened = service.open(request);
            return ETags.created(uri, opened.id(), opened, opened.version());
        });
    }

    @POST
    @Path("/alerts")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.ANALYST})
    @Operation(operationId = "reportAlert", summary = "Report an analytics alert",
            description = "Roles: admin, compliance, analyst (analytics-service calls it with its caller's token). "
                    + "Raises a CANDIDATE incident awaiting confirmation: the type by the alert type "
                    + "(lightning.incidents.alerts.types, e.g. PLAYS_DROP → METRIC_ANOMALY), the tier by "
                    + "|observed − baseline| / baseline (IMPORTANT from 0.30, MAJOR from 0.50 by default). Idempotent "
                    + "on alertId: a report of an alert already reported answers 200 with the same incident and changes "
                    + "nothing.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AlertRequest.class),
            examples = @ExampleObject(name = "plays drop", value = Examples.ALERT_REQUEST)))
    @APIResponse(responseCode = "201", description = "A new candidate incident",
            headers = @Header(name = "Location", description = "URL of the incident"),
            content = @Content(schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "200", description = "The alert was reported before: its incident",
            headers = @Header(name = "Location", description = "URL of the incident"),
            content = @Content(schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "409", description = "The same alert is being reported concurrently; retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response reportAlert(@Valid @NotNull AlertRequest request, @Context UriInfo uri) {
        IncidentService.AlertOutcome outcome = service.fromAlert(request);
        IncidentResponse incident = outcome.incident();
        URI location = uri.getBaseUriBuilder().path("api/incidents").path(incident.id()).build();
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(location).header(HttpHeaders.ETAG, ETags.of(incident.version())).entity(incident).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "listIncidents", summary = "List incidents",
            description = "Roles: admin, compliance, operator, analyst. Newest first. `overdue=true` lists the live "
                    + "incidents with a deadline passed unmet (flagged `overdue`, with `overdueDeadlines` and a raised "
                    + "`escalationLevel`); `overdue=false` the others.")
    @APIResponse(responseCode = "200", description = "A page of incidents")
    public Page<IncidentResponse> list(
            @Parameter(description = "Only incidents in this status") @QueryParam("status") IncidentStatus status,
            @Parameter(description = "Only incidents of this type") @QueryParam("type") IncidentType type,
            @Parameter(description = "Only incidents of this tier") @QueryParam("tier") RiskTier tier,
            @Parameter(description = "true: only overdue incidents; false: only the others",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "Only incidents of this account") @QueryParam("accountId") String accountId,
            @Valid @BeanParam PageParams page) {
        return service.list(status, type, tier, flag("overdue", overdue), accountId, page);
    }

    /** A strict boolean query parameter: JAX-RS would read anything but "true" as false. */
    private static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalid(name, "must be true or false");
        };
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "getIncident", summary = "Read an incident",
            description = "Roles: admin, compliance, operator, analyst. Overdue flags and escalation are computed "
                    + "against the current time.")
    @APIResponse(responseCode = "200", description = "The incident",
            headers = @Header(name = "ETag", description = "Version of the incident"),
            content = @Content(schema = @Schema(implementation = IncidentResponse.class),
                    examples = @ExampleObject(name = "incident", value = Examples.INCIDENT)))
    public Response get(@PathParam("id") UUID id) {
        IncidentResponse incident = service.get(id);
        return ETags.ok(incident, incident.version());
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "transitionIncident", summary = "Move an incident to another status",
            description = "Roles: admin, compliance. CANDIDATE → OPEN (confirm), ACKNOWLEDGED or DISMISSED; OPEN → "
                    + "ACKNOWLEDGED or DISMISSED; ACKNOWLEDGED → HANDLED or DISMISSED; HANDLED → REPAIRED; REPAIRED → "
                    + "CLOSED. ACKNOWLEDGED, HANDLED and REPAIRED meet their deadlines; any other move is a 409. "
                    + "If-Match is optional: with it, a stale version is a 412.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TransitionRequest.class),
            examples = @ExampleObject(name = "acknowledge", value = Examples.INCIDENT_TRANSITION)))
    @APIResponse(responseCode = "200", description = "The incident in its new status",
            headers = @Header(name = "ETag", description = "New version of the incident"),
            content = @Content(schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "409", description = "The incident cannot move to that status from its current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match names a stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response transition(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of your last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        IncidentResponse incident = service.transition(id, ifMatch, request);
        return ETags.ok(incident, incident.version());
    }

    @POST
    @Path("/{id}/steps/{step}")
    @RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
    @Operation(operationId = "completeIncidentStep", summary = "Tick off a playbook step",
            description = "Roles: admin, compliance. Records who did the step and when, with an optional note. A step "
                    + "not in the incident's playbook is a 404; a step already done, or an incident CLOSED or "
                    + "DISMISSED, is a 409.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = StepRequest.class)))
    @APIResponse(responseCode = "200", description = "The incident with the step done",
            headers = @Header(name = "ETag", description = "New version of the incident"),
            content = @Content(schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "409", description = "The step is done already, or the incident is over",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response completeStep(@PathParam("id") UUID id,
            @Parameter(description = "The step code, e.g. TAKE_DOWN", example = "TAKE_DOWN") @PathParam("step") String step,
            @Valid StepRequest request) {
        IncidentResponse incident = service.completeStep(id, step, request);
        return ETags.ok(incident, incident.version());
    }
}
