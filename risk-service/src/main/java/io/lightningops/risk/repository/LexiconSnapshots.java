package io.lightningops.risk.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.lightningops.risk.scan.LexiconMatcher;
import io.lightningops.risk.scan.Severity;

/**
 * Reads the lexicon for the matcher straight over JDBC: the revision on every scan (one indexed row, no
 * ORM session) and, when it moved, the whole lexicon as one consistent snapshot.
 */
@ApplicationScoped
public class LexiconSnapshots {

    /** One revision of the lexicon: its terms and exemption phrases. */
    public record Snapshot(long revision, List<LexiconMatcher.Term> terms, List<String> exemptions) {
    }

    private final DataSource dataSource;

    public LexiconSnapshots(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The current revision; every committed change of terms or exemptions has moved it. */
    public long revision() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT revision FROM lexicon_revision WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the lexicon revision", e);
        }
    }

    /**
     * The lexicon as of one moment: revision, terms and exemptions read in one repeatable-read transaction
     * of its own, so that a caller's transaction (if any) neither matters nor is touched.
     */
    public Snapshot load() {
        return QuarkusTransaction.requiringNew().call(this::loadConsistently);
    }

    private Snapshot loadConsistently() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (Statement isolation = c.createStatement()) {
                // the first statement of the transaction: every read below sees the same committed state
                isolation.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            long revision;
            try (PreparedStatement select = c.prepareStatement("SELECT revision FROM lexicon_revision WHERE id = 1");
                    ResultSet row = select.executeQuery()) {
                revision = row.next() ? row.getLong(1) : 0;
            }
            List<LexiconMatcher.Term> terms = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT term, category, severity, suggestion FROM lexicon_terms ORDER BY created_at, id")) {
                select.setFetchSize(5000);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        terms.add(new LexiconMatcher.Term(row.getString(1), row.getString(2),
                                Severity.valueOf(row.getString(3)), row.getString(4)));
                    }
                }
            }
            List<String> exemptions = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT phrase FROM lexicon_exemptions");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    exemptions.add(row.getString(1));
                }
            }
            return new Snapshot(revision, terms, exemptions);
        }
    }
}
