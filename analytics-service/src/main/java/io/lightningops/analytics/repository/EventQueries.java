package io.lightningops.analytics.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** The reads of user events behind funnels and cohorts (days are the stored calendar days of the reporting zone). */
@ApplicationScoped
public class EventQueries {

    /** An account's events of a window of days: counts, distinct users and order revenue. */
    public record EventWindow(long follows, long followers, long orders, long buyers, BigDecimal revenue) {
    }

    /**
     * One cohort: the users whose first FOLLOW of the account fell on {@code day}; how many of them had any event
     * on day + 1 and on day + 7; the revenue of their orders on days [day, day + ltvDays − 1].
     */
    public record CohortRow(LocalDate day, long users, long activeDay1, long activeDay7, BigDecimal revenue) {
    }

    private static final String WINDOW = """
            SELECT count(*) FILTER (WHERE type = 'FOLLOW'),
                   count(DISTINCT user_ref) FILTER (WHERE type = 'FOLLOW'),
                   count(*) FILTER (WHERE type = 'ORDER'),
                   count(DISTINCT user_ref) FILTER (WHERE type = 'ORDER'),
                   coalesce(sum(amount) FILTER (WHERE type = 'ORDER'), 0)
            FROM events WHERE account_id = ? AND type IN ('FOLLOW', 'ORDER') AND day BETWEEN ? AND ?
            """;

    private static final String COHORTS = """
            WITH cohort AS (
                SELECT user_ref, min(day) AS day FROM events
                WHERE account_id = ? AND type = 'FOLLOW' GROUP BY user_ref
                HAVING min(day) BETWEEN ? AND ?
            )
            SELECT c.day, count(*),
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM events e WHERE e.account_id = ? AND e.user_ref = c.user_ref
                                                   AND e.day = c.day + 1)),
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM events e WHERE e.account_id = ? AND e.user_ref = c.user_ref
                                                   AND e.day = c.day + 7)),
                   coalesce(sum(o.revenue), 0)
            FROM cohort c LEFT JOIN LATERAL (
                SELECT sum(amount) AS revenue FROM events e
                WHERE e.account_id = ? AND e.user_ref = c.user_ref AND e.type = 'ORDER'
                  AND e.day BETWEEN c.day AND c.day + ? - 1) o ON true
            GROUP BY c.day ORDER BY c.day
            """;

    private final DataSource dataSource;

    public EventQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public EventWindow window(String accountId, LocalDate from, LocalDate to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(WINDOW)) {
            query.setString(1, accountId);
            query.setObject(2, from);
            query.setObject(3, to);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new EventWindow(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getBigDecimal(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the events of a window", e);
        }
    }

    /** The cohorts whose day lies in [from, to], in day order; days without a first follow are absent. */
    public List<CohortRow> cohorts(String accountId, LocalDate from, LocalDate to, int ltvDays) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(COHORTS)) {
            query.setString(1, accountId);
            query.setObject(2, from);
            query.setObject(3, to);
            query.setString(4, accountId);
            query.setString(5, accountId);
            query.setString(6, accountId);
            query.setInt(7, ltvDays);
            List<CohortRow> cohorts = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    cohorts.add(new CohortRow(row.getObject(1, LocalDate.class), row.getLong(2), row.getLong(3),
                            row.getLong(4), row.getBigDecimal(5)));
                }
            }
            return cohorts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cohorts of a window", e);
        }
    }
}
