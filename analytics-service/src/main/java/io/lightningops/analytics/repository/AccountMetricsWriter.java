package io.lightningops.analytics.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.analytics.rest.AccountSnapshotRequest;
import io.lightningops.analytics.rest.LiveSessionRequest;

/** Upserts account-level daily snapshots and live-stream sessions as JDBC batches (one round trip each). */
@ApplicationScoped
public class AccountMetricsWriter {

    private static final String UPSERT_DAY = """
            INSERT INTO account_daily (account_id, day, followers, profile_visits, ingested_at) VALUES (?, ?, ?, ?, now())
            ON CONFLICT (account_id, day) DO UPDATE SET followers = EXCLUDED.followers,
                profile_visits = EXCLUDED.profile_visits, ingested_at = EXCLUDED.ingested_at
            """;

    private static final String UPSERT_LIVE = """
            INSERT INTO live_sessions (session_id, account_id, started_at, duration_seconds, viewers, peak_viewers, gmv,
                                       orders, new_followers, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (session_id) DO UPDATE SET account_id = EXCLUDED.account_id, started_at = EXCLUDED.started_at,
                duration_seconds = EXCLUDED.duration_seconds, viewers = EXCLUDED.viewers,
                peak_viewers = EXCLUDED.peak_viewers, gmv = EXCLUDED.gmv, orders = EXCLUDED.orders,
                new_followers = EXCLUDED.new_followers, ingested_at = EXCLUDED.ingested_at
            """;

    private final DataSource dataSource;

    public AccountMetricsWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows distinct by (accountId, date). */
    public void upsertDays(List<AccountSnapshotRequest> rows) {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(UPSERT_DAY)) {
            for (AccountSnapshotRequest row : rows) {
                upsert.setString(1, row.accountId());
                upsert.setObject(2, row.date());
                upsert.setLong(3, row.followers());
                setLong(upsert, 4, row.profileVisits());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store account snapshots", e);
        }
    }

    /** Rows distinct by sessionId. */
    public void upsertLiveSessions(List<LiveSessionRequest> rows) {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(UPSERT_LIVE)) {
            for (LiveSessionRequest row : rows) {
                upsert.setString(1, row.sessionId());
                upsert.setString(2, row.accountId());
                upsert.setObject(3, row.startedAt());
                upsert.setInt(4, row.durationSeconds());
                upsert.setLong(5, row.viewers());
                upsert.setLong(6, row.peakViewers());
                upsert.setBigDecimal(7, row.gmv());
                setLong(upsert, 8, row.orders());
                setLong(upsert, 9, row.newFollowers());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store live sessions", e);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
