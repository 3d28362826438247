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
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


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

    public IngestionService(BatchRows batchRows, SnapshotWriter snapshots, AccountMetricsWriter accountMetrics,
            EventWriter events, MetricsConfig config) {
        this.batchRows = batchRows;
        this.snapshots = snapshots;
        this.accountMetrics = accountMetrics;
        this.events = events;
        this.config = config;
    }

    public BatchResult snapshots(byte[] batch) {
        BatchRows.Parsed<SnapshotRequest> parsed = batchRows.parse(batch, SnapshotRequest.class, config.maxBatchRows(), this::futureSnapshot);
        store(parsed.rows());
        return new BatchResult(parsed.rows().size(), parsed.rejected());
    }

    public BatchResult accountDays(byte[] batch) {
        BatchRows.Parsed<AccountSnapshotRequest> parsed = batchRows.parse(batch, AccountSnapshotRequest.class, config.maxBatchRows(),
                row -> row.date().isAfter(LocalDate.now(config.zone())) ? "date: must not be in the future" : null);
        accountMetrics.upsertDays(lastOfEach(parsed, row -> row.accountId() + '\n' + row.date()));
        return new BatchResult(parsed.rows().size(), parsed.rejected());
    }

    public BatchResult liveSessions(byte[] batch) {
        BatchRows.Parsed<LiveSessionRequest> parsed = batchRows.parse(batch, LiveSessionRequest.class, config.maxBatchRows(), row -> {
            if (row.peakViewers() > row.viewers()) {
                return "peakViewers: must not exceed viewers";
            }
            return inFuture(row.startedAt()) ? "startedAt: must not be in the future" : null;
        });
        accountMetrics.upsertLiveSessions(lastOfEach(parsed, LiveSessionRequest::sessionId));
        return new BatchResult(parsed.rows().size(), parsed.rejected());
    }

    /** Follows, orders and likes of single users, upserted on their eventId. */
    public BatchResult events(byte[] batch) {
        BatchRows.Parsed<EventRequest> parsed = batchRows.parse(batch, EventRequest.class, config.maxBatchRows(), row -> {
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
        BatchRows.requireWithinLimit(data.size(), config.maxImportRows(), "An import");
        OffsetDateTime at = capturedAt == null ? OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                : capturedAt;

        List<BatchRows.Row<SnapshotRequest>> rows = new ArrayList<>(data.size());
        List<Rejection> rejected = new ArrayList<>();
        for (int index = 0; index < data.size(); index++) {
            Csv.Record record = data.get(index);
            String reason;
            SnapshotRequest row = null;
            try {
                row = csvRow(record, columns, accountColumn, defaultAccount, at);
                reason = batchRows.reasonToReject(row, this::futureSnapshot);
            } catch (BadCsvRow e) {
                reason = e.getMessage();
            }
            if (reason == null) {
                rows.add(new BatchRows.Row<>(index, row));
            } else {
                rejected.add(new Rejection(index, reason, record.line()));
            }
        }
        store(rows);
        return new BatchResult(rows.size(), rejected);
    }

    /**
     * One row per video and instant (a later row of the batch replaces an earlier one), sorted by them so that
     * concurrent batches lock rows in the same order, written in chunks of max-batch-rows.
     */
    private void store(List<BatchRows.Row<SnapshotRequest>> good) {
        TreeMap<SnapshotKey, SnapshotRequest> latest = new TreeMap<>();
        for (BatchRows.Row<SnapshotRequest> row : good) {
            latest.put(new SnapshotKey(row.value().videoId(), row.value().capturedAt().toInstant()), row.value());
        }
        List<SnapshotRequest> rows = new ArrayList<>(latest.values());
        for (int from = 0; from < rows.size(); from += config.maxBatchRows()) {
            snapshots.upsert(rows.subList(from, Math.min(rows.size(), from + config.maxBatchRows())), config.zone());
        }
    }

    /** A snapshot's identity: its video and the instant it was captured, whatever offset it was written with. */
    private record SnapshotKey(String videoId, Instant capturedAt) implements Comparable<SnapshotKey> {

        private static final Comparator<SnapshotKey> ORDER = Comparator.comparing(SnapshotKey::videoId)
                .thenComparing(SnapshotKey::capturedAt);

        @Override
        public int compareTo(SnapshotKey other) {
            return ORDER.compare(this, other);
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

    /** The record as a snapshot at {@code capturedAt}; a {@link BadCsvRow} says why the record is bad input. */
    private static SnapshotRequest csvRow(Csv.Record record, Map<String, Integer> columns, Integer accountColumn,
            String defaultAccount, OffsetDateTime capturedAt) {
        if (record.blank()) {
            throw new BadCsvRow("the line is empty");
        }
        String video = cell(record, columns.get(CSV_VIDEO));
        if (video.isEmpty()) {
            throw new BadCsvRow(CSV_VIDEO + ": is blank");
        }
        String account = accountColumn == null ? "" : cell(record, accountColumn);
        Map<String, Long> counters = new HashMap<>();
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
                counters.put(counter.getValue(), Long.parseLong(value.replaceFirst("\\.0+$", "")));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadCsvRow(String.join("; ", problems));
        }
        return new SnapshotRequest(video, account.isEmpty() ? defaultAccount : account, capturedAt,
                counters.get("plays"), counters.get("likes"), counters.get("comments"), counters.get("shares"),
                counters.get("favorites"), null, null, null);
    }

    /** Why a CSV record cannot be a snapshot. */
    private static final class BadCsvRow extends RuntimeException {
        BadCsvRow(String reason) {
            super(reason, null, false, false);
        }
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
