package io.lightningops.analytics.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.analytics.rest.EventRequest;

/** Upserts user events on their event id as one JDBC batch. */
@ApplicationScoped
public class EventWriter {

    private static final String UPSERT = """
            INSERT INTO events (event_id, type, account_id, video_id, user_ref, occurred_at, day, amount, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (event_id) DO UPDATE SET type = EXCLUDED.type, account_id = EXCLUDED.account_id,
                video_id = EXCLUDED.video_id, user_ref = EXCLUDED.user_ref, occurred_at = EXCLUDED.occurred_at,
                day = EXCLUDED.day, amount = EXCLUDED.amount, ingested_at = EXCLUDED.ingested_at
            """;

    private final DataSource dataSource;

    public EventWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows distinct by eventId; {@code zone} gives each event its calendar day. */
    public void upsert(List<EventRequest> rows, ZoneId zone) {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            for (EventRequest row : rows) {
                upsert.setString(1, row.eventId());
                upsert.setString(2, row.type().name());
                upsert.setString(3, row.accountId());
                upsert.setString(4, row.videoId());
                upsert.setString(5, row.userRef());
                upsert.setObject(6, row.occurredAt());
                upsert.setObject(7, row.occurredAt().atZoneSameInstant(zone).toLocalDate());
                upsert.setBigDecimal(8, row.amount());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store events", e);
        }
    }
}
