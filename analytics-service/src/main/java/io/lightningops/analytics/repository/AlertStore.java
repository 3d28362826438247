package io.lightningops.analytics.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.analytics.domain.AlertType;
import io.lightningops.analytics.domain.DeliveryStatus;

/**
 * The queues of the alert machinery, safe with several replicas (rows are claimed with SKIP LOCKED): the days
 * waiting for evaluation, the alerts (one per account, type and day) and the outbox of reports to risk-service.
 */
@ApplicationScoped
public class AlertStore {

    public record DueCheck(String accountId, LocalDate day) {
    }

    /** An alert as risk-service is told about it. */
    public record Report(UUID alertId, String accountId, AlertType type, BigDecimal observed, BigDecimal baseline,
            Instant detectedAt, String message, int attempts) {
    }

    private final DataSource dataSource;

    public AlertStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Removes and returns up to {@code limit} queued days that are over in {@code zone}. */
    public List<DueCheck> takeDueChecks(ZoneId zone, int limit) {
        String sql = """
                DELETE FROM alert_checks WHERE (account_id, day) IN (
                    SELECT account_id, day FROM alert_checks WHERE day < (now() AT TIME ZONE ?)::date
                    ORDER BY queued_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING account_id, day
                """;
        try (Connection c = dataSource.getConnection(); PreparedStatement take = c.prepareStatement(sql)) {
            take.setString(1, zone.getId());
            take.setInt(2, limit);
            List<DueCheck> due = new ArrayList<>();
            try (ResultSet row = take.executeQuery()) {
                while (row.next()) {
                    due.add(new DueCheck(row.getString(1), row.getObject(2, LocalDate.class)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the days to evaluate", e);
        }
    }

    /** Stores the alert and queues its report, unless the account already has one of this type for the day. */
    public boolean raise(String accountId, AlertType type, LocalDate day, BigDecimal observed, BigDecimal baseline,
            BigDecimal threshold, String message) {
        String insert = """
                INSERT INTO alerts (id, account_id, type, severity, day, observed, baseline, threshold, message,
                                    detected_at, delivery_status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?)
                ON CONFLICT (account_id, type, day) DO NOTHING
                """;
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement alert = c.prepareStatement(insert)) {
            alert.setObject(1, id);
            alert.setString(2, accountId);
            alert.setString(3, type.name());
            alert.setString(4, type.severity().name());
            alert.setObject(5, day);
            alert.setBigDecimal(6, observed);
            alert.setBigDecimal(7, baseline);
            alert.setBigDecimal(8, threshold);
            alert.setString(9, message);
            alert.setString(10, DeliveryStatus.PENDING.name());
            if (alert.executeUpdate() == 0) {
                return false;
            }
            try (PreparedStatement outbox = c.prepareStatement("INSERT INTO alert_outbox (alert_id) VALUES (?)")) {
                outbox.setObject(1, id);
                outbox.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store an alert", e);
        }
    }

    /** Claims up to {@code limit} due reports, hiding them from other replicas for {@code lease}. */
    public List<Report> claimDue(int limit, Duration lease) {
        String sql = """
                WITH due AS (
                    SELECT alert_id FROM alert_outbox WHERE next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED
                ), claimed AS (
                    UPDATE alert_outbox o SET next_attempt_at = now() + make_interval(secs => ?)
                    FROM due WHERE o.alert_id = due.alert_id
                    RETURNING o.alert_id, o.attempts
                )
                SELECT a.id, a.account_id, a.type, a.observed, a.baseline, a.detected_at, a.message, claimed.attempts
                FROM claimed JOIN alerts a ON a.id = claimed.alert_id
                """;
        try (Connection c = dataSource.getConnection(); PreparedStatement claim = c.prepareStatement(sql)) {
            claim.setInt(1, limit);
            claim.setDouble(2, lease.toMillis() / 1000.0);
            List<Report> reports = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
                while (row.next()) {
                    reports.add(new Report(row.getObject(1, UUID.class), row.getString(2), AlertType.valueOf(row.getString(3)),
                            row.getBigDecimal(4), row.getBigDecimal(5), row.getTimestamp(6).toInstant(), row.getString(7),
                            row.getInt(8)));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim alert reports", e);
        }
    }

    public void delivered(UUID alertId, int attempts, String incidentId) {
        finish(alertId, DeliveryStatus.DELIVERED, attempts, null, incidentId);
    }

    public void failed(UUID alertId, int attempts, String error) {
        finish(alertId, DeliveryStatus.FAILED, attempts, error, null);
    }

    /** Keeps the report in the outbox for another attempt at {@code next}. */
    public void retryAt(UUID alertId, int attempts, Instant next, String error) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement outbox = c.prepareStatement(
                        "UPDATE alert_outbox SET attempts = ?, next_attempt_at = ? WHERE alert_id = ?");
                PreparedStatement alert = c.prepareStatement(
                        "UPDATE alerts SET delivery_attempts = ?, last_error = ?, version = version + 1 WHERE id = ?")) {
            outbox.setInt(1, attempts);
            outbox.setTimestamp(2, Timestamp.from(next));
            outbox.setObject(3, alertId);
            outbox.executeUpdate();
            alert.setInt(1, attempts);
            alert.setString(2, truncate(error));
            alert.setObject(3, alertId);
            alert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reschedule an alert report", e);
        }
    }

    private void finish(UUID alertId, DeliveryStatus status, int attempts, String error, String incidentId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement outbox = c.prepareStatement("DELETE FROM alert_outbox WHERE alert_id = ?");
                PreparedStatement alert = c.prepareStatement("""
                        UPDATE alerts SET delivery_status = ?, delivery_attempts = ?, last_error = ?, incident_id = ?,
                            delivered_at = CASE WHEN ? THEN now() END, version = version + 1
                        WHERE id = ?""")) {
            outbox.setObject(1, alertId);
            outbox.executeUpdate();
            alert.setString(1, status.name());
            alert.setInt(2, attempts);
            alert.setString(3, truncate(error));
            alert.setString(4, incidentId);
            alert.setBoolean(5, status == DeliveryStatus.DELIVERED);
            alert.setObject(6, alertId);
            alert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record an alert report", e);
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
