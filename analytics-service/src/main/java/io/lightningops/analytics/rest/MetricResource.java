package io.lightningops.analytics.rest;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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

import io.lightningops.analytics.service.MetricService;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.security.Roles;

@Path("/api/metrics")
@Tag(name = "Metrics", description = "Per-video metric snapshots: cumulative counters as of the moment they were read")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    private final MetricService service;

    public MetricResource(MetricService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR, Roles.COMPLIANCE})
    @Operation(operationId = "listMetrics", summary = "List metric snapshots",
            description = "Roles: admin, analyst, operator, compliance (risk-service reads the series with its caller's "
                    + "token to detect engagement anomalies). Newest capturedAt first (then by video id); filter by "
                    + "account, video and the window [from, to).")
    @APIResponse(responseCode = "200", description = "A page of snapshots")
    public Page<VideoSnapshotResponse> list(
            @Parameter(description = "Only the snapshots of this account's videos", example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10")
            @QueryParam("accountId") String accountId,
            @Parameter(description = "Only the snapshots of this video", example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f")
            @QueryParam("videoId") String videoId,
            @Parameter(description = "Only snapshots captured at or after this time (ISO-8601 with offset)",
                    example = "2026-11-26T00:00:00+08:00")
            @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Only snapshots captured before this time (ISO-8601 with offset); not before from",
                    example = "2026-11-27T00:00:00+08:00")
            @QueryParam("to") OffsetDateTime to,
            @Valid @BeanParam PageParams page) {
        return service.list(accountId, videoId, from, to, page);
    }
}
