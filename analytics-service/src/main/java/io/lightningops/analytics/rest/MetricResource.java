package io.lightningops.analytics.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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

import io.lightningops.analytics.service.IngestionService;
import io.lightningops.analytics.service.MetricService;
import io.lightningops.defaults.idempotency.Idempotency;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.Problem;
import io.lightningops.defaults.security.Roles;

@Path("/api/metrics")
@Tag(name = "Metrics", description = "Per-video metric snapshots: cumulative counters as of the moment they were read")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    static final String WRITE_ROLES = "Roles: admin, analyst. ";
    static final String BATCH_RULES = "Each row is validated on its own: a bad row is rejected with its index and reason and "
            + "never sinks the good ones. A retry with the same Idempotency-Key replays the first answer and stores nothing "
            + "again. ";

    private final MetricService service;
    private final IngestionService ingestion;
    private final Idempotency idempotency;

    public MetricResource(MetricService service, IngestionService ingestion, Idempotency idempotency) {
        this.service = service;
        this.ingestion = ingestion;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "ingestSnapshots", summary = "Ingest a batch of per-video snapshots",
            description = WRITE_ROLES + "Cumulative counters as of capturedAt. " + BATCH_RULES
                    + "A snapshot of a video at a capturedAt already stored replaces it (upsert). At most "
                    + "lightning.metrics.max-batch-rows rows (5,000 by default); a larger batch is a 413 problem.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SnapshotRequest.class),
            examples = @ExampleObject(name = "one good row, one bad", value = Examples.SNAPSHOT_BATCH)))
    @APIResponse(responseCode = "200", description = "The rows accepted and those rejected",
            content = @Content(schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "result", value = Examples.BATCH_RESULT)))
    @APIResponse(responseCode = "413", description = "More rows than lightning.metrics.max-batch-rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response ingest(byte[] batch,
            @Parameter(description = "Makes a retry safe: the same key replays the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /api/metrics/batch", batch,
                () -> Response.ok(ingestion.snapshots(batch)).build());
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "importSnapshots", summary = "Import per-video counters from a CSV",
            description = WRITE_ROLES + "A CSV with a header line and the columns of the public TikTok dataset: video_id "
                    + "→ videoId, video_view_count → plays, video_like_count → likes, video_comment_count → comments, "
                    + "video_share_count → shares, video_download_count (optional) → favorites; other columns are "
                    + "ignored. The account is the row's account_id, author or handle column when the CSV has one, "
                    + "otherwise the accountId parameter; every row is a snapshot at capturedAt (default: now). A row "
                    + "with a blank or malformed counter (or an empty line) is rejected with its index among the data rows "
                    + "and its line in the file. " + BATCH_RULES + "At most lightning.metrics.max-import-rows data rows.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "two rows, one blank", value = Examples.IMPORT_CSV)))
    @APIResponse(responseCode = "200", description = "The rows accepted and those rejected",
            content = @Content(schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "result", value = Examples.IMPORT_RESULT)))
    @APIResponse(responseCode = "413", description = "More data rows than lightning.metrics.max-import-rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response importCsv(String csv,
            @Parameter(description = "The account of every row, unless the CSV names one per row",
                    example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10")
            @QueryParam("accountId") String accountId,
            @Parameter(description = "When the counters were read (ISO-8601 with offset); default now",
                    example = "2026-11-26T12:00:00+08:00")
            @QueryParam("capturedAt") OffsetDateTime capturedAt,
            @Parameter(description = "Makes a retry safe: the same key replays the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /api/metrics/import",
                List.of(csv == null ? "" : csv, String.valueOf(accountId), String.valueOf(capturedAt)),
                () -> Response.ok(ingestion.importCsv(csv, accountId, capturedAt)).build());
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "ingestAccountSnapshots", summary = "Ingest account-level daily snapshots",
            description = WRITE_ROLES + "Followers at the end of a day and profile visits during it. " + BATCH_RULES
                    + "A second snapshot of an account and day replaces the first.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AccountSnapshotRequest.class),
            examples = @ExampleObject(name = "one day", value = Examples.ACCOUNT_BATCH)))
    @APIResponse(responseCode = "200", description = "The rows accepted and those rejected",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "413", description = "More rows than lightning.metrics.max-batch-rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response ingestAccounts(byte[] batch,
            @Parameter(description = "Makes a retry safe: the same key replays the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /api/metrics/accounts", batch,
                () -> Response.ok(ingestion.accountDays(batch)).build());
    }

    @GET
    @Path("/accounts")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "listAccountSnapshots", summary = "List account-level daily snapshots",
            description = "Roles: admin, analyst, operator. Newest day first; filter by account and the days [from, to].")
    @APIResponse(responseCode = "200", description = "A page of account days",
            content = @Content(schema = @Schema(implementation = AccountSnapshotResponse.class),
                    examples = @ExampleObject(name = "a day", value = Examples.ACCOUNT_SNAPSHOT)))
    public Page<AccountSnapshotResponse> listAccounts(
            @Parameter(description = "Only this account's days") @QueryParam("accountId") String accountId,
            @Parameter(description = "First day (inclusive)", example = "2026-11-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive)", example = "2026-11-30") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageParams page) {
        return service.listAccountDays(accountId, from, to, page);
    }

    @POST
    @Path("/live-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "ingestLiveSessions", summary = "Ingest live-stream sessions",
            description = WRITE_ROLES + "Viewers, peak viewers, duration and GMV (exact CNY, a decimal string) of each "
                    + "session. " + BATCH_RULES + "A session sent again (same sessionId) replaces its figures.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LiveSessionRequest.class),
            examples = @ExampleObject(name = "one session", value = Examples.LIVE_BATCH)))
    @APIResponse(responseCode = "200", description = "The rows accepted and those rejected",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "413", description = "More rows than lightning.metrics.max-batch-rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response ingestLiveSessions(byte[] batch,
            @Parameter(description = "Makes a retry safe: the same key replays the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /api/metrics/live-sessions", batch,
                () -> Response.ok(ingestion.liveSessions(batch)).build());
    }

    @POST
    @Path("/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "ingestEvents", summary = "Ingest user events: follows, orders, likes",
            description = WRITE_ROLES + "Single users' FOLLOW, ORDER and LIKE events, the base of funnels "
                    + "(GET /api/kpis/funnel) and cohorts (GET /api/kpis/cohorts). userRef is pseudonymous. An ORDER "
                    + "carries its amount (exact CNY, a decimal string); other types carry none. " + BATCH_RULES
                    + "An event sent again (same eventId) replaces the first. At most lightning.metrics.max-batch-rows rows.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EventRequest.class),
            examples = @ExampleObject(name = "a follow, an order, an order without amount", value = Examples.EVENT_BATCH)))
    @APIResponse(responseCode = "200", description = "The rows accepted and those rejected",
            content = @Content(schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "result", value = Examples.EVENT_RESULT)))
    @APIResponse(responseCode = "413", description = "More rows than lightning.metrics.max-batch-rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response ingestEvents(byte[] batch,
            @Parameter(description = "Makes a retry safe: the same key replays the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /api/metrics/events", batch,
                () -> Response.ok(ingestion.events(batch)).build());
    }

    @GET
    @Path("/live-sessions")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "listLiveSessions", summary = "List live-stream sessions",
            description = "Roles: admin, analyst, operator. Newest first; filter by account and start time [from, to).")
    @APIResponse(responseCode = "200", description = "A page of live sessions",
            content = @Content(schema = @Schema(implementation = LiveSessionResponse.class),
                    examples = @ExampleObject(name = "a session", value = Examples.LIVE_SESSION)))
    public Page<LiveSessionResponse> listLiveSessions(
            @Parameter(description = "Only this account's sessions") @QueryParam("accountId") String accountId,
            @Parameter(description = "Started at or after (ISO-8601 with offset)") @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Started before (ISO-8601 with offset)") @QueryParam("to") OffsetDateTime to,
            @Valid @BeanParam PageParams page) {
        return service.listLiveSessions(accountId, from, to, page);
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
