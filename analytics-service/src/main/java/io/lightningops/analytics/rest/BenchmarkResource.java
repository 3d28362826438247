package io.lightningops.analytics.rest;

import java.time.LocalDate;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.analytics.service.BenchmarkService;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/benchmarks")
@Tag(name = "Benchmarks", description = "Competitor accounts, their public counters per day, and how they grow beside us")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

    private final BenchmarkService service;
    private final Idempotency idempotency;

    public BenchmarkResource(BenchmarkService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "createBenchmark", summary = "Register a competitor account",
            description = "Roles: admin, analyst. The Douyin id is unique among benchmarks (409 when taken). Retries with "
                    + "the same Idempotency-Key replay the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BenchmarkRequest.class),
            examples = @ExampleObject(name = "competitor", value = Examples.BENCHMARK_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "URL of the new benchmark"),
                    @Header(name = "ETag", description = "Version of the benchmark")},
            content = @Content(schema = @Schema(implementation = BenchmarkResponse.class),
                    examples = @ExampleObject(name = "competitor", value = Examples.BENCHMARK)))
    @APIResponse(responseCode = "409", description = "A benchmark with this Douyin id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key replays the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull BenchmarkRequest request, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /api/benchmarks", request, () -> {
            BenchmarkResponse created = service.create(request);
            return ETags.created(uri, created.id(), created, created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "listBenchmarks", summary = "List competitor accounts",
            description = "Roles: admin, analyst, operator. By name; filter by Douyin id.")
    @APIResponse(responseCode = "200", description = "A page of benchmarks")
    public Page<BenchmarkResponse> list(
            @Parameter(description = "Only the benchmark with this Douyin id") @QueryParam("douyinId") String douyinId,
            @Valid @BeanParam PageParams page) {
        return service.list(douyinId, page);
    }

    @GET
    @Path("/comparison")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "compareBenchmarks", summary = "Our growth over a window beside each competitor's",
            description = "Roles: admin, analyst, operator. The window is the calendar days [from, to] of the reporting "
                    + "zone, at most lightning.kpis.max-window-days. Ours: followers, their growth and growth rate, "
                    + "plays and likes gained, videos, exactly as GET /api/kpis. Each competitor: followers at the "
                    + "start (its last snapshot before the window, else its first in it) and at the end (its last "
                    + "snapshot up to to), growth and growth rate, total likes and videos gained between the same two "
                    + "snapshots, and its growth rate minus ours. Figures a competitor lacks snapshots for are null.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(schema = @Schema(implementation = BenchmarkComparison.class),
                    examples = @ExampleObject(name = "a month", value = Examples.BENCHMARK_COMPARISON)))
    @APIResponse(responseCode = "400", description = "accountId, from or to missing, from after to, or too long a window",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public BenchmarkComparison compare(@BeanParam WindowParams window) {
        return service.compare(window.accountId(), window.from(), window.to());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getBenchmark", summary = "Read a competitor account",
            description = "Roles: admin, analyst, operator. The ETag header is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The benchmark",
            headers = @Header(name = "ETag", description = "Version of the benchmark"),
            content = @Content(schema = @Schema(implementation = BenchmarkResponse.class),
                    examples = @ExampleObject(name = "competitor", value = Examples.BENCHMARK)))
    public Response get(@PathParam("id") UUID id) {
        BenchmarkResponse benchmark = service.get(id);
        return ETags.ok(benchmark, benchmark.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "updateBenchmark", summary = "Replace a competitor account's name, Douyin id and notes",
            description = "Roles: admin, analyst. Requires If-Match with the ETag of your last read (428 without, 412 "
                    + "when stale). Its snapshots stay.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BenchmarkRequest.class),
            examples = @ExampleObject(name = "competitor", value = Examples.BENCHMARK_REQUEST)))
    @APIResponse(responseCode = "200", description = "The updated benchmark",
            headers = @Header(name = "ETag", description = "New version of the benchmark"),
            content = @Content(schema = @Schema(implementation = BenchmarkResponse.class)))
    @APIResponse(responseCode = "409", description = "Another benchmark has this Douyin id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of your last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BenchmarkRequest request) {
        BenchmarkResponse updated = service.update(id, ifMatch, request);
        return ETags.ok(updated, updated.version());
    }

    @POST
    @Path("/{id}/snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "ingestBenchmarkSnapshots", summary = "Ingest a competitor's public counters per day",
            description = "Roles: admin, analyst. A JSON array of {date, followers, totalLikes, videos}, counters at the "
                    + "end of the day. " + MetricResource.BATCH_RULES + "A second snapshot of the same day replaces the "
                    + "first. At most lightning.metrics.max-batch-rows rows.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BenchmarkSnapshotRequest.class),
            examples = @ExampleObject(name = "two days, one bad", value = Examples.BENCHMARK_SNAPSHOTS)))
    @APIResponse(responseCode = "200", description = "The rows accepted and those rejected",
            content = @Content(schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "result", value = Examples.BENCHMARK_SNAPSHOTS_RESULT)))
    @APIResponse(responseCode = "413", description = "More rows than lightning.metrics.max-batch-rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response ingest(@PathParam("id") UUID id, byte[] batch,
            @Parameter(description = "Makes a retry safe: the same key replays the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /api/benchmarks/" + id + "/snapshots", batch,
                () -> Response.ok(service.ingest(id, batch)).build());
    }

    @GET
    @Path("/{id}/snapshots")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "listBenchmarkSnapshots", summary = "List a competitor's snapshots",
            description = "Roles: admin, analyst, operator. Newest day first; filter by the days [from, to].")
    @APIResponse(responseCode = "200", description = "A page of snapshots",
            content = @Content(examples = @ExampleObject(name = "a page", value = Examples.BENCHMARK_SNAPSHOT_PAGE)))
    public Page<BenchmarkSnapshotResponse> snapshots(@PathParam("id") UUID id,
            @Parameter(description = "First day (inclusive)", example = "2026-11-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive)", example = "2026-11-30") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageParams page) {
        return service.snapshots(id, from, to, page);
    }
}
