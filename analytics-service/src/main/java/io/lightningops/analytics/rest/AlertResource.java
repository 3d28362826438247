package io.lightningops.analytics.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.analytics.domain.AlertType;
import io.lightningops.analytics.service.AlertService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/alerts")
@Tag(name = "Alerts", description = "Plays drops, engagement collapses and anomaly hints, reported to risk-service")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final AlertService service;

    public AlertResource(AlertService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "listAlerts", summary = "List alerts",
            description = "Roles: admin, analyst, operator. Newest first. Rules run when a day is over (reporting zone) "
                    + "for each day that ingestion touched: PLAYS_DROP (the day's plays more than the account's threshold, "
                    + "default 20%, below the average of the 7 days before), ENGAGEMENT_COLLAPSE, and the hints "
                    + "PLAYS_SPIKE and LIKES_SPIKE. One alert per account, type and day. Each is reported to "
                    + "risk-service; `delivery` shows how that went.")
    @APIResponse(responseCode = "200", description = "A page of alerts",
            content = @Content(schema = @Schema(implementation = AlertResponse.class),
                    examples = @ExampleObject(name = "a plays drop", value = Examples.ALERT)))
    public Page<AlertResponse> list(
            @Parameter(description = "Only this account's alerts") @QueryParam("accountId") String accountId,
            @Parameter(description = "Only alerts of this type") @QueryParam("type") AlertType type,
            @Parameter(description = "true: only acknowledged alerts; false: only the others",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("acknowledged") Boolean acknowledged,
            @Valid @BeanParam PageParams page) {
        return service.list(accountId, type, acknowledged, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getAlert", summary = "Read an alert", description = "Roles: admin, analyst, operator.")
    @APIResponse(responseCode = "200", description = "The alert", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AlertResponse.class)))
    public Response get(@PathParam("id") String id) {
        AlertResponse alert = service.get(id);
        return ETags.ok(alert, alert.version());
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "acknowledgeAlert", summary = "Acknowledge an alert",
            description = "Roles: admin, analyst. Records who acknowledged it, when, and an optional note. An alert "
                    + "acknowledged already is answered as it is (a retry changes nothing). An If-Match, when sent, "
                    + "must name the current version.")
    @APIResponse(responseCode = "200", description = "The acknowledged alert", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response acknowledge(@PathParam("id") String id, @Valid AcknowledgementRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AlertResponse alert = service.acknowledge(id, request, ifMatch);
        return ETags.ok(alert, alert.version());
    }

    @GET
    @Path("/settings/{accountId}")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getAlertSettings", summary = "An account's alert thresholds",
            description = "Roles: admin, analyst, operator. The account's own thresholds, or the configured defaults "
                    + "(`custom: false`, no ETag).")
    @APIResponse(responseCode = "200", description = "The thresholds",
            content = @Content(schema = @Schema(implementation = AlertSettingsResponse.class)))
    public Response settings(@PathParam("accountId") String accountId) {
        AlertSettingsResponse settings = service.settings(accountId);
        return settings.version() == null ? Response.ok(settings).build() : ETags.ok(settings, settings.version());
    }

    @PUT
    @Path("/settings/{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "putAlertSettings", summary = "Set an account's alert thresholds",
            description = "Roles: admin, analyst. The first time needs no If-Match; afterwards If-Match must carry the "
                    + "ETag of the last GET (428 without, 412 when stale). Applies to days evaluated from now on.")
    @APIResponse(responseCode = "200", description = "The thresholds now in force", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AlertSettingsResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "The account has its own thresholds and If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response putSettings(@PathParam("accountId") String accountId, @Valid @NotNull AlertSettingsRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AlertSettingsResponse settings = service.putSettings(accountId, request, ifMatch);
        return ETags.ok(settings, settings.version());
    }
}
