package io.lightningops.analytics.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.analytics.service.ReportService;
import io.lightningops.defaults.security.Roles;

/**
 * Daily and monthly reports in three forms, chosen by Accept: JSON, CSV and a self-contained HTML page with charts.
 * One method per report; JAX-RS negotiates the form (406 for anything else) and {@link ReportWriter} writes CSV and HTML.
 */
@Path("/api/reports")
@Tag(name = "Reports", description = "Daily and monthly reports: key figures, trend, goals, best and worst videos")
public class ReportResource {

    static final String CSV = "text/csv; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";
    private static final String ROLES = "Roles: admin, analyst, operator. ";
    private static final String DAILY = "The day's 20 key figures against the day before, the 14 days up to it, the "
            + "playbook's goals, and the 5 videos with the most and the fewest plays. Counters are increments, the same "
            + "as GET /api/kpis for that day. Accept: application/json, text/csv or text/html (a page with charts).";
    private static final String MONTHLY = "The month's 20 key figures against the month before, its days, the "
            + "playbook's goals, and the 5 videos with the most and the fewest plays. Counters are increments, the same "
            + "as GET /api/kpis for the month. Accept: application/json, text/csv or text/html (a page with charts).";

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Path("/daily")
    @Produces({MediaType.APPLICATION_JSON, CSV, HTML})
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "dailyReport", summary = "Daily report", description = ROLES + DAILY)
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class)),
                    @Content(mediaType = "text/csv"), @Content(mediaType = MediaType.TEXT_HTML)})
    public ReportResponse daily(
            @Parameter(description = "The account", required = true) @QueryParam("accountId") String accountId,
            @Parameter(description = "The day (reporting zone)", required = true, example = "2026-11-25")
            @QueryParam("date") LocalDate date) {
        return service.daily(accountId, date);
    }

    @GET
    @Path("/monthly")
    @Produces({MediaType.APPLICATION_JSON, CSV, HTML})
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "monthlyReport", summary = "Monthly report", description = ROLES + MONTHLY)
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class)),
                    @Content(mediaType = "text/csv"), @Content(mediaType = MediaType.TEXT_HTML)})
    public ReportResponse monthly(
            @Parameter(description = "The account", required = true) @QueryParam("accountId") String accountId,
            @Parameter(description = "The month", required = true, example = "2026-11") @QueryParam("month") String month) {
        return service.monthly(accountId, month);
    }
}
