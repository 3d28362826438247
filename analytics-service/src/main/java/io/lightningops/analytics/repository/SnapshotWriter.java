package io.lightningops.analytics.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.analytics.rest.SnapshotRequest;

/**
 * Writes a batch of snapshots in one statement: the rows travel as arrays (one per column) and are unnested
 * on the server, upserted into {@code video_snapshots} by (video, capturedAt), folded into the per-day rollup
 * {@code video_daily} (the day's last cumulative values win) and queued for the alert rules in
 * {@code alert_checks}. One round trip per batch instead of one insert per row; the caller's transaction
 * holds it all.
 */
@ApplicationScoped
public class SnapshotWriter {

    private static final String UPSERT = """
            WITH input AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::bigint[], ?::bigint[], ?::bigint[],
                                     ?::bigint[], ?::bigint[], ?::bigint[], ?::numeric[], ?::numeric[])
                    AS t(video_id, account_id, captured_at, plays, likes, comments, shares, favorites, new_followers,
                         completion_rate, avg_watch_seconds)
            ), snapshots AS (
                INSERT INTO video_snapshots (video_id, account_id, captured_at, plays, likes, comments, shares, favorites,
                                             new_followers, completion_rate, avg_watch_seconds, ingested_at)
                SELECT video_id, account_id, captured_at, plays, likes, comments, shares, favorites, new_followers,
                       completion_rate, avg_watch_seconds, now()
                FROM input
                ON CONFLICT (video_id, captured_at) DO UPDATE SET
                    account_id = EXCLUDED.account_id, plays = EXCLUDED.plays, likes = EXCLUDED.likes,
                    comments = EXCLUDED.comments, shares = EXCLUDED.shares, favorites = EXCLUDED.favorites,
                    new_followers = EXCLUDED.new_followers, completion_rate = EXCLUDED.completion_rate,
                    avg_watch_seconds = EXCLUDED.avg_watch_seconds, ingested_at = EXCLUDED.ingested_at
            ), daily AS (
                INSERT INTO video_daily (account_id, video_id, day, captured_at, plays, likes, comments, shares, favorites,
                                         new_followers, completion_rate, avg_watch_seconds)
                SELECT DISTINCT ON (account_id, video_id, day) account_id, video_id, day, captured_at, plays, likes,
                       comments, shares, favorites, new_followers, completion_rate, avg_watch_seconds
                FROM (SELECT *, (captured_at AT TIME ZONE ?)::date AS day FROM input) dated
                ORDER BY account_id, video_id, day, captured_at DESC
                ON CONFLICT (account_id, video_id, day) DO UPDATE SET
                    captured_at = EXCLUDED.captured_at, plays = EXCLUDED.plays, likes = EXCLUDED.likes,
                    comments = EXCLUDED.comments, shares = EXCLUDED.shares, favorites = EXCLUDED.favorites,
                    new_followers = EXCLUDED.new_followers, completion_rate = EXCLUDED.completion_rate,
                    avg_watch_seconds = EXCLUDED.avg_watch_seconds
                WHERE video_daily.captured_at <= EXCLUDED.captured_at
            )
            INSERT INTO alert_checks (account_id, day)
            SELECT DISTINCT account_id, (captured_at AT TIME ZONE ?)::date FROM input
            ON CONFLICT (account_id, day) DO UPDATE SET queued_at = now()
            """;

    private final DataSource dataSource;

    public SnapshotWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Upserts the rows, which must be distinct by (videoId, capturedAt) and are best sorted by them: concurrent
     * batches then lock rows in the same order.
     */
    public void upsert(List<SnapshotRequest> rows, ZoneId zone) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            int p = 1;
            upsert.setArray(p++, c.createArrayOf("text", column(rows, SnapshotRequest::videoId, String[]::new)));
            upsert.setArray(p++, c.createArrayOf("text", column(rows, SnapshotRequest::accountId, String[]::new)));
            upsert.setArray(p++, c.createArrayOf("text", column(rows, r -> r.capturedAt().toString(), String[]::new)));
            upsert.setArray(p++, c.createArrayOf("bigint", column(rows, SnapshotRequest::plays, Long[]::new)));
            upsert.setArray(p++, c.createArrayOf("bigint", column(rows, SnapshotRequest::likes, Long[]::new)));
            upsert.setArray(p++, c.createArrayOf("bigint", column(rows, SnapshotRequest::comments, Long[]::new)));
            upsert.setArray(p++, c.createArrayOf("bigint", column(rows, SnapshotRequest::shares, Long[]::new)));
            upsert.setArray(p++, c.createArrayOf("bigint", column(rows, SnapshotRequest::favorites, Long[]::new)));
            upsert.setArray(p++, c.createArrayOf("bigint", column(rows, SnapshotRequest::newFollowers, Long[]::new)));
            upsert.setArray(p++, c.createArrayOf("numeric", column(rows, SnapshotRequest::completionRate, BigDecimal[]::new)));
            upsert.setArray(p++, c.createArrayOf("numeric", column(rows, SnapshotRequest::avgWatchSeconds, BigDecimal[]::new)));
            upsert.setString(p++, zone.getId());
            upsert.setString(p, zone.getId());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a batch of snapshots", e);
        }
    }

    private static <T> T[] column(Collection<SnapshotRequest> rows, Function<SnapshotRequest, T> value,
            IntFunction<T[]> array) {
        return rows.stream().map(value).toArray(array);
    }
}
