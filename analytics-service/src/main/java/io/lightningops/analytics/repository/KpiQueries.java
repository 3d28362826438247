package io.lightningops.analytics.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.analytics.config.MetricsConfig;

/**
 * The reads behind KPIs, trends, reports and alerts, all from {@code video_snapshots}. A video's figures of a day are
 * its last snapshot of that calendar day in the reporting zone ({@code lightning.metrics.zone}). A counter over days
 * [from, to] is an increment: per video, its value in the last snapshot of the window minus its value in the last
 * snapshot before it (0 when the video had none), never a sum of cumulative values. Each query reads the account's
 * snapshots in the window (index on account and time) plus one earlier snapshot per video (primary key), so its
 * cost follows the account's videos and days, not the size of the table.
 */
@ApplicationScoped
public class KpiQueries {

    /** The increments of one video over a window, with its rates as of the window's last day. */
    public record VideoWindow(String videoId, long plays, long likes, long comments, long shares, long favorites,
            long newFollowers, BigDecimal completionRate, BigDecimal avgWatchSeconds, long totalPlays) {
    }

    /**
     * The increments of all of an account's videos on one day; {@code weightedCompletion} and
     * {@code weightedWatch} are sums of rate × plays over the videos that reported the rate, whose plays are
     * {@code completionPlays} and {@code watchPlays}.
     */
    public record DayTotals(LocalDate day, long videos, long plays, long likes, long comments, long shares,
            long favorites, long newFollowers, BigDecimal weightedCompletion, long completionPlays,
            BigDecimal weightedWatch, long watchPlays) {
    }

    /** The account-level figures of a window: followers before it (else on its first day) and at its end, visits and live sessions in it. */
    public record AccountWindow(Long followersBefore, Long followersEnd, long profileVisits, long liveSessions,
            long liveViewers, long livePeakViewers, BigDecimal liveGmv, long liveOrders, long liveSeconds) {
    }

    private static final String PER_VIDEO = """
            WITH last AS (
                SELECT DISTINCT ON (video_id) video_id, plays, likes, comments, shares, favorites, new_followers,
                       completion_rate, avg_watch_seconds
                FROM video_snapshots WHERE account_id = ? AND captured_at >= ? AND captured_at < ?
                ORDER BY video_id, captured_at DESC
            )
            SELECT l.video_id,
                   l.plays - coalesce(p.plays, 0), l.likes - coalesce(p.likes, 0),
                   l.comments - coalesce(p.comments, 0), l.shares - coalesce(p.shares, 0),
                   coalesce(l.favorites - coalesce(p.favorites, 0), 0),
                   coalesce(l.new_followers - coalesce(p.new_followers, 0), 0),
                   l.completion_rate, l.avg_watch_seconds, l.plays
            FROM last l LEFT JOIN LATERAL (
                SELECT plays, likes, comments, shares, favorites, new_followers FROM video_snapshots b
                WHERE b.video_id = l.video_id AND b.captured_at < ? AND b.account_id = ?
                ORDER BY b.captured_at DESC LIMIT 1) p ON true
            """;

    private static final String PER_DAY = """
            WITH win AS (
                SELECT DISTINCT ON (video_id, day) video_id, day, plays, likes, comments, shares, favorites,
                       new_followers, completion_rate, avg_watch_seconds
                FROM (SELECT *, (captured_at AT TIME ZONE ?)::date AS day FROM video_snapshots
                      WHERE account_id = ? AND captured_at >= ? AND captured_at < ?) dated
                ORDER BY video_id, day, captured_at DESC
            ), prev AS (
                SELECT v.video_id, b.* FROM (SELECT DISTINCT video_id FROM win) v
                CROSS JOIN LATERAL (
                    SELECT (captured_at AT TIME ZONE ?)::date AS day, plays, likes, comments, shares, favorites,
                           new_followers, completion_rate, avg_watch_seconds
                    FROM video_snapshots b WHERE b.video_id = v.video_id AND b.captured_at < ? AND b.account_id = ?
                    ORDER BY b.captured_at DESC LIMIT 1) b
            ), deltas AS (
                SELECT day, completion_rate, avg_watch_seconds,
                       plays - coalesce(lag(plays) OVER w, 0) AS plays,
                       likes - coalesce(lag(likes) OVER w, 0) AS likes,
                       comments - coalesce(lag(comments) OVER w, 0) AS comments,
                       shares - coalesce(lag(shares) OVER w, 0) AS shares,
                       coalesce(favorites - coalesce(lag(favorites) OVER w, 0), 0) AS favorites,
                       coalesce(new_followers - coalesce(lag(new_followers) OVER w, 0), 0) AS new_followers
                FROM (SELECT * FROM win UNION ALL SELECT * FROM prev) rows
                WINDOW w AS (PARTITION BY video_id ORDER BY day)
            )
            SELECT day, count(*), sum(plays), sum(likes), sum(comments), sum(shares), sum(favorites),
                   sum(new_followers),
                   coalesce(sum(completion_rate * plays) FILTER (WHERE completion_rate IS NOT NULL), 0),
                   coalesce(sum(plays) FILTER (WHERE completion_rate IS NOT NULL), 0),
                   coalesce(sum(avg_watch_seconds * plays) FILTER (WHERE avg_watch_seconds IS NOT NULL), 0),
                   coalesce(sum(plays) FILTER (WHERE avg_watch_seconds IS NOT NULL), 0)
            FROM deltas WHERE day >= ?
            GROUP BY day ORDER BY day
            """;

    private static final String ACCOUNT = """
            SELECT coalesce((SELECT followers FROM account_daily WHERE account_id = ? AND day < ? ORDER BY day DESC LIMIT 1),
                            (SELECT followers FROM account_daily WHERE account_id = ? AND day BETWEEN ? AND ?
                             ORDER BY day LIMIT 1)),
                   (SELECT followers FROM account_daily WHERE account_id = ? AND day <= ? ORDER BY day DESC LIMIT 1),
                   (SELECT coalesce(sum(profile_visits), 0) FROM account_daily WHERE account_id = ? AND day BETWEEN ? AND ?),
                   count(*), coalesce(sum(viewers), 0), coalesce(max(peak_viewers), 0), coalesce(sum(gmv), 0),
                   coalesce(sum(orders), 0), coalesce(sum(duration_seconds), 0)
            FROM live_sessions
            WHERE account_id = ? AND started_at >= ? AND started_at < ?
            """;

    private final DataSource dataSource;
    private final ZoneId zone;

    public KpiQueries(DataSource dataSource, MetricsConfig config) {
        this.dataSource = dataSource;
        this.zone = config.zone();
    }

    /** The first moment of {@code day} in the reporting zone. */
    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** Every video of the account with a snapshot in [from, to], with its increments over the window. */
    public List<VideoWindow> perVideo(String accountId, LocalDate from, LocalDate to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(PER_VIDEO)) {
            query.setString(1, accountId);
            query.setObject(2, startOf(from));
            query.setObject(3, startOf(to.plusDays(1)));
            query.setObject(4, startOf(from));
            query.setString(5, accountId);
            List<VideoWindow> videos = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    videos.add(new VideoWindow(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4),
                            row.getLong(5), row.getLong(6), row.getLong(7), row.getBigDecimal(8), row.getBigDecimal(9),
                            row.getLong(10)));
                }
            }
            return videos;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the videos of a window", e);
        }
    }

    /** The account's increments per day of [from, to]; days without any snapshot are absent. */
    public List<DayTotals> perDay(String accountId, LocalDate from, LocalDate to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(PER_DAY)) {
            int p = 1;
            query.setString(p++, zone.getId());
            query.setString(p++, accountId);
            query.setObject(p++, startOf(from));
            query.setObject(p++, startOf(to.plusDays(1)));
            query.setString(p++, zone.getId());
            query.setObject(p++, startOf(from));
            query.setString(p++, accountId);
            query.setObject(p, from);
            List<DayTotals> days = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    days.add(new DayTotals(row.getObject(1, LocalDate.class), row.getLong(2), row.getLong(3),
                            row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8),
                            row.getBigDecimal(9), row.getLong(10), row.getBigDecimal(11), row.getLong(12)));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the days of a window", e);
        }
    }

    /** Followers, profile visits and live sessions (started in the window's days) of [from, to]. */
    public AccountWindow account(String accountId, LocalDate from, LocalDate to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(ACCOUNT)) {
            int p = 1;
            query.setString(p++, accountId);
            query.setObject(p++, from);
            query.setString(p++, accountId);
            query.setObject(p++, from);
            query.setObject(p++, to);
            query.setString(p++, accountId);
            query.setObject(p++, to);
            query.setString(p++, accountId);
            query.setObject(p++, from);
            query.setObject(p++, to);
            query.setString(p++, accountId);
            query.setObject(p++, startOf(from));
            query.setObject(p, startOf(to.plusDays(1)));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new AccountWindow((Long) row.getObject(1), (Long) row.getObject(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getLong(6), row.getBigDecimal(7), row.getLong(8), row.getLong(9));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the account figures of a window", e);
        }
    }
}
