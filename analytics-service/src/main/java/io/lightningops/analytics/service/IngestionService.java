package io.lightningops.analytics.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.lightningops.analytics.config.MetricsConfig;
import io.lightningops.analytics.domain.EventType;
import io.lightningops.analytics.repository.AccountMetricsWriter;
import io.lightningops.analytics.repository.EventWriter;
import io.lightningops.analytics.repository.SnapshotWriter;
import io.lightningops.analytics.rest.AccountSnapshotRequest;
import io.lightningops.analytics.rest.BatchResult;
import io.lightningops.analytics.rest.EventRequest;
import io.lightningops.analytics.rest.LiveSessionRequest;
import io.lightningops.analytics.rest.Rejection;
import io.lightningops.analytics.rest.SnapshotRequest;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;

/**
 * Ingestion: batches validated row by row (a bad row is rejected with its index and reason, the good ones are
 * stored), written as one upsert per batch, so a repeated snapshot replaces the first instead of doubling it.
 */
@ApplicationScoped
@Transactional
public class IngestionService {

    /** The CSV columns of a video's counters (the public TikTok dataset's names) and the snapshot fields they fill. */
    static final Map<String, String> CSV_COUNTERS = csvCounters();
    static final String CSV_VIDEO = "video_id";
    /** Columns that may name the account of each row; otherwise the import's accountId applies to all. */
    static final List<String> CSV_ACCOUNT = List.of("account_id", "author", "handle");

    private final BatchRows batchRows;
    private final SnapshotWriter snapshots;
    private final AccountMetricsWriter accountMetrics;
    private final EventWriter events;
    private final MetricsConfig config;
    private final ObjectMapper json;

    public IngestionService(BatchRows batchRows, SnapshotWriter snapshots, AccountMetricsWriter accountMetrics,
            EventWriter events, MetricsConfig config, ObjectMapper json) {
        this.batchRows = batchRows;
        this.snapshots = snapshots;
        this.accountMetrics = accountMetrics;
        this.events = events;
        this.config = config;
        this.json = json;
    }

    public BatchResult snapshots(List<JsonNode> batch) {
        requireWithinLimit(batch.size(), config.maxBatchRows(), "A batch");
        BatchRows.Parsed<SnapshotRequest> parsed = batchRows.parse(batch, SnapshotRequest.class, this::futureSnapshot);
        store(parsed);
        return new BatchResult(parsed.rows().size(), parsed.rejected());
    }

    public BatchResult accountDays(List<JsonNode> batch) {
        requireWithinLimit(batch.size(), config.maxBatchRows(), "A batch");
        BatchRows.Parsed<AccountSnapshotRequest> parsed = batchRows.parse(batch, AccountSnapshotRequest.class,
                row -> row.date().isAfter(LocalDate.now(config.zone())) ? "date: must not be in the future" : null);
        accountMetrics.upsertDays(lastOfEach(parsed, row -> row.accountId() + '\n' + row.date()));
        return new BatchResult(parsed.rows().size(), parsed.rejected());
    }

    public BatchResult liveSessions(List<JsonNode> batch) {
        requireWithinLimit(batch.size(), config.maxBatchRows(), "A batch");
        BatchRows.Parsed<LiveSessionRequest> parsed = batchRows.parse(batch, LiveSessionRequest.class, row -> {
            if (row.peakViewers() > row.viewers()) {
                return "peakViewers: must not exceed viewers";
            }
            return inFuture(row.startedAt()) ? "startedAt: must not be in the future" : null;
        });
        accountMetrics.upsertLiveSessions(lastOfEach(parsed, LiveSessionRequest::sessionId));
        return new BatchResult(parsed.rows().size(), parsed.rejected());
    }

    /** Follows, orders and likes of single users, upserted on their eventId. */
    public BatchResult events(List<JsonNode> batch) {
        requireWithinLimit(batch.size(), config.maxBatchRows(), "A batch");
        BatchRows.Parsed<EventRequest> parsed = batchRows.parse(batch, EventRequest.class, row -> {
            if (row.type() == EventType.ORDER && row.amount() == null) {
                return "amount: must be given for an ORDER";
            }
            if (row.type() != EventType.ORDER && row.amount() != null) {
                return "amount: only an ORDER has an amount";
            }
            return inFuture(row.occurredAt()) ? "occurredAt: must not be in the future" : null;
        });
        events.upsert(lastOfEach(parsed, EventRequest::eventId), config.zone());
        return new BatchResult(parsed.rows().size(), parsed.rejected());
    }

    /**
     * Imports a CSV of video counters (the public TikTok dataset's columns: video_id, video_view_count,
     * video_like_count, video_comment_count, video_share_count, video_download_count) as snapshots at
     * {@code capturedAt}. A row with a blank or malformed counter is rejected with its line.
     */
    public BatchResult importCsv(String text, String accountId, OffsetDateTime capturedAt) {
        List<Csv.Record> records = Csv.parse(text == null ? "" : text);
        if (records.isEmpty()) {
            throw ApiException.invalid("body", "must be a CSV with a header line");
        }
        Map<String, Integer> columns = header(records.get(0));
        Integer accountColumn = CSV_ACCOUNT.stream().map(columns::get).filter(c -> c != null).findFirst().orElse(null);
        String defaultAccount = accountId == null || accountId.isBlank() ? null : accountId.strip();
        if (accountColumn == null && defaultAccount == null) {
            throw ApiException.invalid("accountId", "is required: the CSV has no account_id, author or handle column");
        }
        List<Csv.Record> data = records.subList(1, records.size());
        requireWithinLimit(data.size(), config.maxImportRows(), "An import");
        String at = (capturedAt == null ? OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) : capturedAt)
                .toString();

        List<JsonNode> rows = new ArrayList<>(data.size());
        List<Rejection> rejected = new ArrayList<>();
        Map<Integer, Integer> lineOf = new HashMap<>();
        for (int index = 0; index < data.size(); index++) {
            Csv.Record record = data.get(index);
            lineOf.put(index, record.line());
            ObjectNode row = json.createObjectNode();
            String reason = mapCsvRow(record, columns, accountColumn, defaultAccount, at, row);
            if (reason != null) {
                rejected.add(new Rejection(index, reason, record.line()));
                row = null;
            }
            rows.add(row);
        }
        BatchRows.Parsed<SnapshotRequest> parsed = batchRows.parse(rows, SnapshotRequest.class, this::futureSnapshot);
        for (Rejection rejection : parsed.rejected()) {
            if (rows.get(rejection.index()) != null) {
                rejected.add(new Rejection(rejection.index(), rejection.reason(), lineOf.get(rejection.index())));
            }
        }
        rejected.sort(Comparator.comparingInt(Rejection::index));
        store(parsed);
        return new BatchResult(parsed.rows().size(), rejected);
    }

    private void store(BatchRows.Parsed<SnapshotRequest> parsed) {
        List<SnapshotRequest> rows = lastOfEach(parsed, row -> row.videoId() + '\n' + row.capturedAt().toInstant());
        rows.sort(Comparator.comparing(SnapshotRequest::videoId).thenComparing(row -> row.capturedAt().toInstant()));
        for (int from = 0; from < rows.size(); from += config.maxBatchRows()) {
            snapshots.upsert(rows.subList(from, Math.min(rows.size(), from + config.maxBatchRows())), config.zone());
        }
    }

    private String futureSnapshot(SnapshotRequest row) {
        return inFuture(row.capturedAt()) ? "capturedAt: must not be in the future" : null;
    }

    private boolean inFuture(OffsetDateTime time) {
        return time.toInstant().isAfter(Instant.now().plus(config.futureTolerance()));
    }

    /** The rows, one per key: a later row of the batch with the same key replaces an earlier one. */
    private static <T> List<T> lastOfEach(BatchRows.Parsed<T> parsed, Function<T, String> key) {
        Map<String, T> rows = new LinkedHashMap<>();
        for (BatchRows.Row<T> row : parsed.rows()) {
            rows.put(key.apply(row.value()), row.value());
        }
        return new ArrayList<>(rows.values());
    }

    /** A 413 problem when a batch or import holds more rows than allowed. */
    static void requireWithinLimit(int rows, int max, String what) {
        if (rows > max) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                    what + " holds at most " + max + " rows and this one has " + rows + "; split it");
        }
    }

    private static Map<String, Integer> header(Csv.Record header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        if (!columns.containsKey(CSV_VIDEO)) {
            missing.add(CSV_VIDEO);
        }
        CSV_COUNTERS.forEach((column, field) -> {
            if (!columns.containsKey(column) && !field.equals("favorites")) {
                missing.add(column);
            }
        });
        if (!missing.isEmpty()) {
            throw ApiException.invalid("body", "the CSV header lacks the column(s) " + String.join(", ", missing));
        }
        return columns;
    }

    /** Fills {@code row} from the record, or answers why the record is bad input. */
    private static String mapCsvRow(Csv.Record record, Map<String, Integer> columns, Integer accountColumn,
            String defaultAccount, String capturedAt, ObjectNode row) {
        if (record.blank()) {
            return "the line is empty";
        }
        String video = cell(record, columns.get(CSV_VIDEO));
        if (video.isEmpty()) {
            return CSV_VIDEO + ": is blank";
        }
        String account = accountColumn == null ? "" : cell(record, accountColumn);
        row.put("videoId", video);
        row.put("accountId", account.isEmpty() ? defaultAccount : account);
        row.put("capturedAt", capturedAt);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> counter : CSV_COUNTERS.entrySet()) {
            Integer column = columns.get(counter.getKey());
            if (column == null) {
                continue;
            }
            String value = cell(record, column);
            if (value.isEmpty()) {
                problems.add(counter.getKey() + ": is blank");
            } else if (!value.matches("\\d{1,18}(\\.0+)?")) {
                problems.add(counter.getKey() + ": must be a whole number of 0 or more");
            } else {
                row.put(counter.getValue(), Long.parseLong(value.replaceFirst("\\.0+$", "")));
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static String cell(Csv.Record record, int column) {
        return column < record.fields().size() ? record.fields().get(column).strip() : "";
    }

    private static Map<String, String> csvCounters() {
        Map<String, String> counters = new LinkedHashMap<>();
        counters.put("video_view_count", "plays");
        counters.put("video_like_count", "likes");
        counters.put("video_comment_count", "comments");
        counters.put("video_share_count", "shares");
        // downloads are the dataset's "keep it" signal, the nearest to Douyin's favourites (收藏)
        counters.put("video_download_count", "favorites");
        return Collections.unmodifiableMap(counters);
    }
}
