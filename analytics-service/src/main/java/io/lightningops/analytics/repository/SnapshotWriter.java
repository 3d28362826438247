package io.lightningops.analytics.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.analytics.rest.SnapshotRequest;

/**
 * Writes a batch of snapshots in one statement: the rows travel as arrays (one per column) and are unnested on the
 * server, stored in {@code video_snapshots} by (video, capturedAt), and the account days they fall on are queued for
 * the alert rules in {@code alert_checks} (a day already queued stays queued as it is: rewriting its row would make
 * concurrent batches of the same accounts wait on each other). One round trip per batch instead of one insert per
 * row; the caller's transaction holds it all. KPIs read the day's last snapshot of each video straight from
 * {@code video_snapshots}, so there is no second copy to keep.
 * <p>
 * Snapshots are nearly always new, and a plain insert costs PostgreSQL a good deal less than an upsert's
 * speculative insertion. So the batch is first inserted plainly, under a savepoint; only when one of its
 * snapshots is stored already (unique violation) is that undone and the batch upserted instead, where a repeated
 * snapshot replaces the stored one.
 */
@ApplicationScoped
public class SnapshotWriter {

    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INSERT = statement("");

    private static final String UPSERT = statement("""
            ON CONFLICT (video_id, captured_at) DO UPDATE SET
                account_id = EXCLUDED.account_id, plays = EXCLUDED.plays, likes = EXCLUDED.likes,
                comments = EXCLUDED.comments, shares = EXCLUDED.shares, favorites = EXCLUDED.favorites,
                new_followers = EXCLUDED.new_followers, completion_rate = EXCLUDED.completion_rate,
                avg_watch_seconds = EXCLUDED.avg_watch_seconds, ingested_at = EXCLUDED.ingested_at
            """);

    private static String statement(String onConflict) {
        return """
                WITH snapshots AS (
                    INSERT INTO video_snapshots (video_id, account_id, captured_at, plays, likes, comments, shares,
                                                 favorites, new_followers, completion_rate, avg_watch_seconds,
                                                 ingested_at)
                    SELECT *, now() FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::bigint[], ?::bigint[],
                                                ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::numeric[],
                                                ?::numeric[])
                    %s
                )
                INSERT INTO alert_checks (account_id, day)
                SELECT * FROM unnest(?::text[], ?::date[])
                ON CONFLICT (account_id, day) DO NOTHING
                """.formatted(onConflict);
    }

    /** A day of an account, in the reporting zone. */
    private record AccountDay(String accountId, LocalDate day) {

        static final Comparator<AccountDay> ORDER = Comparator.comparing(AccountDay::accountId)
                .thenComparing(AccountDay::day);
    }

    /** One array parameter of the statement and the SQL type of its elements. */
    private record Column(String type, Object[] values) {
    }

    private final DataSource dataSource;

    public SnapshotWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores the rows, which must be distinct by (videoId, capturedAt) and are best sorted by them: concurrent
     * batches then lock rows in the same order.
     */
    public void upsert(List<SnapshotRequest> rows, ZoneId zone) {
        if (rows.isEmpty()) {
            return;
        }
        List<Column> columns = columns(rows, zone);
        // savepoints as SQL: the pool refuses Connection.rollback(Savepoint) on a connection of a JTA transaction
        try (Connection c = dataSource.getConnection(); Statement savepoints = c.createStatement()) {
            savepoints.execute("SAVEPOINT before_insert");
            try {
                execute(c, INSERT, columns);
                savepoints.execute("RELEASE SAVEPOINT before_insert");
                return;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                savepoints.execute("ROLLBACK TO SAVEPOINT before_insert");
            }
            execute(c, UPSERT, columns);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a batch of snapshots", e);
        }
    }

    private static void execute(Connection c, String sql, List<Column> columns) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                statement.setArray(i + 1, c.createArrayOf(columns.get(i).type(), columns.get(i).values()));
            }
            statement.executeUpdate();
        }
    }

    /**
     * The statement's parameters in its order: the rows as one array per column, then the account days they fall on,
     * each once and sorted.
     */
    private static List<Column> columns(List<SnapshotRequest> rows, ZoneId zone) {
        int n = rows.size();
        String[] videos = new String[n];
        String[] accounts = new String[n];
        String[] times = new String[n];
        Long[] plays = new Long[n];
        Long[] likes = new Long[n];
        Long[] comments = new Long[n];
        Long[] shares = new Long[n];
        Long[] favorites = new Long[n];
        Long[] newFollowers = new Long[n];
        BigDecimal[] completion = new BigDecimal[n];
        BigDecimal[] watch = new BigDecimal[n];
        Set<AccountDay> days = new HashSet<>();
        for (int i = 0; i < n; i++) {
            SnapshotRequest row = rows.get(i);
            videos[i] = row.videoId();
            accounts[i] = row.accountId();
            times[i] = row.capturedAt().toString();
            plays[i] = row.plays();
            likes[i] = row.likes();
            comments[i] = row.comments();
            shares[i] = row.shares();
            favorites[i] = row.favorites();
            newFollowers[i] = row.newFollowers();
            completion[i] = row.completionRate();
            watch[i] = row.avgWatchSeconds();
            days.add(new AccountDay(row.accountId(), LocalDate.ofInstant(row.capturedAt().toInstant(), zone)));
        }
        List<AccountDay> sorted = new ArrayList<>(days);
        sorted.sort(AccountDay.ORDER);
        return List.of(new Column("text", videos), new Column("text", accounts), new Column("text", times),
                new Column("bigint", plays), new Column("bigint", likes), new Column("bigint", comments),
                new Column("bigint", shares), new Column("bigint", favorites), new Column("bigint", newFollowers),
                new Column("numeric", completion), new Column("numeric", watch),
                new Column("text", sorted.stream().map(AccountDay::accountId).toArray(String[]::new)),
                new Column("text", sorted.stream().map(day -> day.day().toString()).toArray(String[]::new)));
    }
}
