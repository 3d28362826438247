package io.lightningops.analytics.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.analytics.service.InsightService;
import io.lightningops.analytics.service.KpiService;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/kpis")
@Tag(name = "KPIs", description = "An account's KPIs and daily trend over a window of days")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    static final String READ_ROLES = "Roles: admin, analyst, operator. ";
    static final String WINDOW = "The window is the calendar days [from, to] of the reporting zone "
            + "(lightning.metrics.zone), at most lightning.kpis.max-window-days; a missing or reversed window is a 400 "
            + "problem with violations. ";

    private final KpiService service;
    private final InsightService insights;

    public KpiResource(KpiService service, InsightService insights) {
        this.service = service;
        this.insights = insights;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getKpis", summary = "An account's KPIs over a window",
            description = "Roles: admin, analyst, operator. The window is the calendar days [from, to] of the reporting "
                    + "zone (lightning.metrics.zone, Asia/Shanghai), at most lightning.kpis.max-window-days. Counters "
                    + "are increments: per video, its cumulative value on the window's last day with a snapshot minus "
                    + "its value on the last day before the window (0 for a video first seen in the window), summed "
                    + "over the videos. Rates are decimals: window totals / window plays (engagement: likes + comments "
                    + "+ shares); completion rate and watch time are weighted by each video's plays in the window. "
                    + "Followers come from account snapshots; goals from lightning.kpis.goals.")
    @APIResponse(responseCode = "200", description = "The KPIs",
            content = @Content(schema = @Schema(implementation = KpiResponse.class),
                    examples = @ExampleObject(name = "a month", value = Examples.KPIS)))
    public KpiResponse kpis(@BeanParam WindowParams window) {
        return service.kpis(window.accountId(), window.from(), window.to());
    }

    @GET
    @Path("/daily")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getKpiTrend", summary = "An account's figures per day of a window",
            description = "Roles: admin, analyst, operator. The increments of each day of [from, to] that has snapshots, "
                    + "in day order; they add up to the window's counters of GET /api/kpis.")
    @APIResponse(responseCode = "200", description = "One entry per day with data")
    public List<DayFigures> daily(@BeanParam WindowParams window) {
        return service.trend(window.accountId(), window.from(), window.to());
    }

    @GET
    @Path("/funnel")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getFunnel", summary = "An account's funnel: plays → likes → follows → orders",
            description = READ_ROLES + WINDOW + "Plays and likes are the window's increments, the same figures as "
                    + "GET /api/kpis; follows and orders are the FOLLOW and ORDER events (POST /api/metrics/events) "
                    + "whose day lies in the window. Each step has its count, its conversion from the previous step "
                    + "and from plays, as decimals with 6 places (null when divided by 0).")
    @APIResponse(responseCode = "200", description = "The funnel",
            content = @Content(schema = @Schema(implementation = FunnelResponse.class),
                    examples = @ExampleObject(name = "a month", value = Examples.FUNNEL)))
    @APIResponse(responseCode = "400", description = "accountId, from or to missing, from after to, or too long a window",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public FunnelResponse funnel(@BeanParam WindowParams window) {
        return insights.funnel(window.accountId(), window.from(), window.to());
    }

    @GET
    @Path("/cohorts")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getCohorts", summary = "Retention (D1, D7) and LTV of follower cohorts",
            description = READ_ROLES + WINDOW + "A user's cohort day is the calendar day of their first FOLLOW event "
                    + "of the account (ever); the cohorts are those whose day lies in [from, to]. D1 (D7) retention is "
                    + "the share of the cohort's users with at least one event of any type (FOLLOW, ORDER, LIKE) on the "
                    + "calendar day cohort day + 1 (+ 7); it is null until that day is over. LTV is the cohort's order "
                    + "revenue on the days [cohort day, cohort day + lightning.kpis.ltv-days − 1] divided by its users, "
                    + "exact CNY rounded half up to the fen; ltvFinal tells whether those days are over.")
    @APIResponse(responseCode = "200", description = "The cohorts",
            content = @Content(schema = @Schema(implementation = CohortResponse.class),
                    examples = @ExampleObject(name = "two cohorts", value = Examples.COHORTS)))
    @APIResponse(responseCode = "400", description = "accountId, from or to missing, from after to, or too long a window",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CohortResponse cohorts(@BeanParam WindowParams window) {
        return insights.cohorts(window.accountId(), window.from(), window.to());
    }
}
