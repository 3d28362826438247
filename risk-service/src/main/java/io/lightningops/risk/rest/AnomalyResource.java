package io.lightningops.risk.rest;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;
import io.lightningops.risk.service.AnomalyService;

@Path("/api/risks/anomalies")
@Tag(name = "Engagement anomalies", description = "Signs of bought or faked engagement (cheating), with their evidence")
@Produces(MediaType.APPLICATION_JSON)
public class AnomalyResource {

    private final AnomalyService service;

    public AnomalyResource(AnomalyService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.COMPLIANCE})
    @Operation(operationId = "listAnomalies", summary = "Check an account for engagement anomalies",
            description = "Roles: admin, analyst, compliance. Reads the account's metric series over [from, to) from "
                    + "analytics-service with the caller's token (default window: the last 7 days; at most 31 days) and "
                    + "flags LIKES_WITHOUT_PLAYS (likes gained between two snapshots of a video above 0.30 per play "
                    + "gained, at least 50), FOLLOWERS_WITHOUT_PLAYS (new followers above 0.05 per play gained, at "
                    + "least 30) and, from the comments ingested here, IDENTICAL_COMMENT_BURST (at least 5 comments of "
                    + "a video with the same folded text within 10 minutes). Thresholds are configuration. If "
                    + "analytics-service is unreachable, failing or too slow, the answer is a 503 problem.")
    @APIResponse(responseCode = "200", description = "The flags with their evidence (none: an empty list)",
            content = @Content(schema = @Schema(implementation = AnomalyReport.class),
                    examples = @ExampleObject(name = "flags", value = Examples.ANOMALY_REPORT)))
    @APIResponse(responseCode = "502", description = "analytics-service refused the request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "analytics-service is unavailable; retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AnomalyReport check(
            @Parameter(description = "The content-service account", required = true) @QueryParam("accountId") String accountId,
            @Parameter(description = "Start of the window (ISO-8601 with offset)", example = "2026-11-19T00:00:00+08:00")
            @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "End of the window, exclusive", example = "2026-11-26T00:00:00+08:00")
            @QueryParam("to") OffsetDateTime to) {
        return service.report(accountId, from, to);
    }
}
