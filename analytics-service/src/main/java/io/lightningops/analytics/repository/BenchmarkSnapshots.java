package io.lightningops.analytics.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.analytics.rest.BenchmarkSnapshotRequest;
import io.lightningops.analytics.rest.BenchmarkSnapshotResponse;

/** Competitors' per-day counters: upserts, pages of them, and the two snapshots that bound a window. */
@ApplicationScoped
public class BenchmarkSnapshots {

    /** A competitor's snapshots at the start and the end of a window; a side is null when it has none. */
    public record Bounds(UUID benchmarkId, String name, String douyinId, BenchmarkSnapshotResponse start,
            BenchmarkSnapshotResponse end) {
    }

    private static final String UPSERT = """
            INSERT INTO benchmark_snapshots (benchmark_id, day, followers, total_likes, videos, ingested_at)
            VALUES (?, ?, ?, ?, ?, now())
            ON CONFLICT (benchmark_id, day) DO UPDATE SET followers = EXCLUDED.followers,
                total_likes = EXCLUDED.total_likes, videos = EXCLUDED.videos, ingested_at = EXCLUDED.ingested_at
            """;

    private static final String PAGE = """
            SELECT day, followers, total_likes, videos, count(*) OVER () FROM benchmark_snapshots
            WHERE benchmark_id = ? AND day >= coalesce(?, '-infinity'::date) AND day <= coalesce(?, 'infinity'::date)
            ORDER BY day DESC LIMIT ? OFFSET ?
            """;

    /** The start is the last snapshot before the window, else the first in it, as followers are for our account. */
    private static final String BOUNDS = """
            SELECT b.id, b.name, b.douyin_id, s.day, s.followers, s.total_likes, s.videos,
                   e.day, e.followers, e.total_likes, e.videos
            FROM benchmark_accounts b
            LEFT JOIN LATERAL (
                SELECT * FROM (
                    (SELECT 0 AS k, day, followers, total_likes, videos FROM benchmark_snapshots
                     WHERE benchmark_id = b.id AND day < ? ORDER BY day DESC LIMIT 1)
                    UNION ALL
                    (SELECT 1 AS k, day, followers, total_likes, videos FROM benchmark_snapshots
                     WHERE benchmark_id = b.id AND day BETWEEN ? AND ? ORDER BY day LIMIT 1)) c
                ORDER BY k LIMIT 1) s ON true
            LEFT JOIN LATERAL (
                SELECT day, followers, total_likes, videos FROM benchmark_snapshots
                WHERE benchmark_id = b.id AND day <= ? ORDER BY day DESC LIMIT 1) e ON true
            ORDER BY b.name, b.id
            """;

    private final DataSource dataSource;

    public BenchmarkSnapshots(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows distinct by date. */
    public void upsert(UUID benchmarkId, List<BenchmarkSnapshotRequest> rows) {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            for (BenchmarkSnapshotRequest row : rows) {
                upsert.setObject(1, benchmarkId);
                upsert.setObject(2, row.date());
                upsert.setLong(3, row.followers());
                upsert.setLong(4, row.totalLikes());
                upsert.setLong(5, row.videos());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store benchmark snapshots", e);
        }
    }

    public record Slice(List<BenchmarkSnapshotResponse> items, long total) {
    }

    /** Days [from, to] (either may be null), newest first. */
    public Slice page(UUID benchmarkId, LocalDate from, LocalDate to, int offset, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(PAGE)) {
            query.setObject(1, benchmarkId);
            query.setObject(2, from, Types.DATE);
            query.setObject(3, to, Types.DATE);
            query.setInt(4, limit);
            query.setInt(5, offset);
            List<BenchmarkSnapshotResponse> items = new ArrayList<>();
            long total = 0;
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    items.add(snapshot(row, 1));
                    total = row.getLong(5);
                }
            }
            return new Slice(items, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read benchmark snapshots", e);
        }
    }

    /** Every benchmark with its snapshots bounding [from, to], by name. */
    public List<Bounds> bounds(LocalDate from, LocalDate to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(BOUNDS)) {
            query.setObject(1, from);
            query.setObject(2, from);
            query.setObject(3, to);
            query.setObject(4, to);
            List<Bounds> bounds = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    bounds.add(new Bounds(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                            row.getObject(4) == null ? null : snapshot(row, 4),
                            row.getObject(8) == null ? null : snapshot(row, 8)));
                }
            }
            return bounds;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the benchmarks of a window", e);
        }
    }

    private static BenchmarkSnapshotResponse snapshot(ResultSet row, int first) throws SQLException {
        return new BenchmarkSnapshotResponse(row.getObject(first, LocalDate.class), row.getLong(first + 1),
                row.getLong(first + 2), row.getLong(first + 3));
    }
}
