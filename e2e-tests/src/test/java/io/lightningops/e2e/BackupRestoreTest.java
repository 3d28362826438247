package io.lightningops.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * {@code ./suite backup} and {@code ./suite restore --into}: data created through the gateway is
 * backed up, restored into fresh databases, and every row of every table (and every sequence) is
 * found there again: per table the row count and an md5 over its rows in primary-key order, the
 * same in the original and in the restored database. The fresh databases and the test's backup
 * are removed afterwards.
 */
class BackupRestoreTest {

    private static final List<String> DATABASES = List.of("content", "analytics", "campaign", "risk");

    @Test
    void aBackupRestoredIntoFreshDatabasesHoldsEveryRowOfEveryTable() throws Exception {
        String accountId = createDataThroughTheGateway();
        String suffix = "e2e" + System.currentTimeMillis();
        Path backup = null;
        try {
            // The suite keeps running, so a background job may write while the backup runs: the
            // backup is known to hold exactly `before` when nothing changed from before to after.
            Map<String, Map<String, String>> before = null;
            for (int attempt = 1; attempt <= 3; attempt++) {
                before = fingerprints("");
                backup = backupDirectory(Suite.launcherOutput("backup"));
                if (before.equals(fingerprints(""))) {
                    break;
                }
                deleteTree(backup);
                backup = null;
            }
            assertTrue(backup != null, "the databases kept changing during three backups");

            // the service databases are not empty: a restore without --into or --force refuses
            Path refused = backup;
            assertThrows(IllegalStateException.class, () -> Suite.launcher("restore", refused.toString()));

            Suite.launcher("restore", backup.toString(), "--into", suffix);
            Map<String, Map<String, String>> restored = fingerprints("_" + suffix);
            for (String db : DATABASES) {
                assertFalse(before.get(db).isEmpty(), db + " has tables");
                assertEquals(before.get(db), restored.get(db), "every table of " + db + " restored into " + db + "_" + suffix);
            }
            try (Connection c = connect("content", "content_" + suffix);
                    PreparedStatement q = c.prepareStatement("SELECT count(*) FROM accounts WHERE id = ?::uuid")) {
                q.setString(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "the account created through the gateway is in the restored database");
                }
            }
        } finally {
            for (String db : DATABASES) {
                try (Connection c = connect(db, "postgres"); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + db + "_" + suffix);
                }
            }
            if (backup != null) {
                deleteTree(backup);
            }
        }
    }

    /** Rows in every service database, through the gateway; returns the new account's id. */
    private static String createDataThroughTheGateway() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String accountId = Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("name", "备份测试号", "douyinId", "backup_" + tag, "tier", "MAIN"))
                .post("/api/accounts").then().statusCode(201).extract().path("id");
        Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("accountId", accountId, "title", "备份与恢复", "script", "每一行都在", "layer", "VALUE"))
                .post("/api/videos").then().statusCode(201);
        Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("name", "备份MCN", "type", "MCN", "agency", "backup-" + tag))
                .post("/api/partners").then().statusCode(201);
        Suite.as("operator").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("contentType", "VIDEO", "contentRef", UUID.randomUUID().toString(),
                        "title", "备份审核", "text", "冷萃咖啡"))
                .post("/api/reviews").then().statusCode(201);
        // analytics-service has no write endpoint yet: its tables are compared as they are
        return accountId;
    }

    private static Path backupDirectory(String printed) {
        return printed.lines().filter(line -> line.startsWith("backup: ")).map(line -> Path.of(line.substring(8).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("./suite backup printed no 'backup: <dir>' line:\n" + printed));
    }

    /** Per database (named {@code <db><suffix>}): per table "rows md5", per sequence its state. */
    private static Map<String, Map<String, String>> fingerprints(String suffix) throws SQLException {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (String db : DATABASES) {
            try (Connection c = connect(db, db + suffix)) {
                all.put(db, fingerprint(c));
            }
        }
        return all;
    }

    private static Map<String, String> fingerprint(Connection c) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT c.oid::regclass::text, c.relkind FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'S')"
                        + " AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1")) {
            while (rs.next()) {
                (rs.getString(2).equals("S") ? sequences : tables).add(rs.getString(1));
            }
        }
        for (String table : tables) {
            String order = primaryKeyOrder(c, table);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY "
                            + order + ")), '-') FROM " + table + " t")) {
                rs.next();
                result.put("table " + table, rs.getLong(1) + " " + rs.getString(2));
            }
        }
        for (String sequence : sequences) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT last_value, is_called FROM " + sequence)) {
                rs.next();
                result.put("sequence " + sequence, rs.getLong(1) + " " + rs.getBoolean(2));
            }
        }
        return result;
    }

    /** The primary key's columns, quoted, in key order; the whole row where a table has none. */
    private static String primaryKeyOrder(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT quote_ident(a.attname) FROM pg_index i"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
                + " WHERE i.indrelid = ?::regclass AND i.indisprimary"
                + " ORDER BY array_position(i.indkey::int2[], a.attnum)")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    columns.add("t." + rs.getString(1));
                }
            }
        }
        return columns.isEmpty() ? "t::text" : String.join(", ", columns);
    }

    /** As the service's own role, with the password ./suite env exports (or .suite/secrets.env). */
    private static Connection connect(String role, String database) throws SQLException {
        String host = env("DB_HOST", "localhost");
        String port = env("DB_PORT", "5432");
        Properties props = new Properties();
        props.setProperty("user", role);
        props.setProperty("password", password(role));
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, props);
    }

    private static String password(String role) {
        String name = role.toUpperCase() + "_DB_PASSWORD";
        String value = System.getenv(name);
        if (value != null && !value.isBlank()) {
            return value;
        }
        Path secrets = Path.of(System.getProperty("suite.home", "."), ".suite", "secrets.env");
        try (Stream<String> lines = Files.lines(secrets)) {
            return lines.filter(line -> line.startsWith(name + "=")).map(line -> line.substring(name.length() + 1))
                    .findFirst().orElseThrow(() -> new IllegalStateException(name + " is not in " + secrets));
        } catch (IOException e) {
            throw new IllegalStateException(name + " is not set: run the test with ./suite test or after source <(./suite env)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
