package dev.nana.jdbc;

import static dev.nana.jdbc.GeneratedKeysTest.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteConfig;

/**
 * The JDBC behaviours sqlite-jdbc's users rely on (generated keys, update counts, savepoints, batch results,
 * metadata, getters on each storage class, refused optional features), each run on raw sqlite-jdbc and on nana
 * against a fresh file: both must observe the same. The only exceptions are the deliberate differences of
 * {@link Difference}, each asserted to differ exactly as docs/compatibility.md lists it. sqlite-jdbc's
 * configuration ({@code SQLiteConfig.toProperties()}, pragmas in the URL) is compared by the settings it takes
 * effect on ({@link #configurations}); the settings nana refuses are {@link ConfigurationDifference}s.
 */
class SqliteJdbcAgreementTest {
    private static final String SCHEMA = "CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL,"
            + " n INTEGER DEFAULT 0)";

    @TempDir
    Path dir;
    private int files;

    enum Backend {
        SQLITE_JDBC("jdbc:sqlite:"), NANA("jdbc:nana:");

        final String prefix;

        Backend(String prefix) {
            this.prefix = prefix;
        }
    }

    /** What a scenario saw on one connection: values, lists of them, or how it failed ({@link #failure}). */
    @FunctionalInterface
    interface Scenario {
        Object observe(Connection connection) throws SQLException;
    }

    /** Runs {@code scenario} on a new file holding {@link #SCHEMA} and one row, {@code (41, 'earlier')}. */
    private Object observe(Backend backend, Scenario scenario) throws SQLException {
        Path file = dir.resolve(backend.name().toLowerCase() + "-" + files++ + ".db");
        try (Connection connection = DriverManager.getConnection(backend.prefix + file)) {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate(SCHEMA);
                s.executeUpdate("INSERT INTO item(id, name) VALUES (41, 'earlier')");
            }
            try {
                return scenario.observe(connection);
            } catch (SQLException e) {
                return failure(e);
            } catch (RuntimeException e) { // a bug of the driver's, which a scenario may show
                return e.getClass().getSimpleName();
            }
        }
    }

    /**
     * How an SQLException shows here: its kind, not its message or SQLState (nana gives SQLStates, sqlite-jdbc
     * mostly none), and for a batch the counts it reports.
     */
    private static String failure(SQLException e) {
        if (e instanceof BatchUpdateException batch) {
            return "batch failed, counts " + Arrays.toString(batch.getLargeUpdateCounts());
        }
        if (e instanceof SQLFeatureNotSupportedException) {
            return "not supported";
        }
        return "SQLException";
    }

    private static Object failureOf(Scenario scenario, Connection connection) {
        try {
            return scenario.observe(connection);
        } catch (SQLException e) {
            return failure(e);
        }
    }

    // ---- what scenarios look at

    private static List<List<Object>> rows(Connection connection, String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rows(rs);
        }
    }

    private static List<List<Object>> rows(ResultSet rs) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                row.add(rs.getObject(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The named columns of a metadata result, row by row. */
    private static List<List<Object>> columns(ResultSet rs, String... names) throws SQLException {
        try (rs) {
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (String name : names) {
                    row.add(rs.getObject(name));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static Scenario updateCounts(String... sql) {
        return c -> {
            List<Object> counts = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                for (String one : sql) {
                    counts.add(s.execute(one) ? "rows" : s.getUpdateCount());
                }
            }
            return counts;
        };
    }

    // ---- the agreements

    static Stream<Arguments> agreements() {
        return Stream.of(
                agreement("keys of inserts asked for with RETURN_GENERATED_KEYS", c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO item(name) VALUES (?)",
                            Statement.RETURN_GENERATED_KEYS); Statement s = c.createStatement()) {
                        ps.setString(1, "a");
                        ps.executeUpdate();
                        List<Object> keys = new ArrayList<>(keys(ps));
                        ps.setString(1, "b");
                        ps.execute();
                        keys.addAll(keys(ps));
                        s.executeUpdate("INSERT INTO item(name) VALUES ('c')", Statement.RETURN_GENERATED_KEYS);
                        keys.addAll(keys(s));
                        return keys;
                    }
                }),
                agreement("keys read right after an insert that did not ask for them", c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO item(name) VALUES (?)");
                         Statement s = c.createStatement()) {
                        ps.setString(1, "a");
                        ps.executeUpdate();
                        List<Object> keys = new ArrayList<>(keys(ps));
                        s.execute("INSERT INTO item(name) VALUES ('b')");
                        keys.addAll(keys(s));
                        s.executeUpdate("INSERT INTO item(id, name) VALUES (100, 'c')");
                        keys.addAll(keys(s));
                        s.executeUpdate("REPLACE INTO item(id, name) VALUES (100, 'd')");
                        keys.addAll(keys(s));
                        s.executeUpdate("WITH v(x) AS (SELECT 'e') INSERT INTO item(name) SELECT x FROM v");
                        keys.addAll(keys(s));
                        return keys;
                    }
                }),
                agreement("keys of a multi-row insert: the last rowid", c -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO item(name) VALUES ('a'), ('b'), ('c')");
                        return keys(s);
                    }
                }),
                agreement("keys of an insert asked for survive another statement's insert", c -> {
                    try (PreparedStatement asked = c.prepareStatement("INSERT INTO item(name) VALUES (?)",
                            Statement.RETURN_GENERATED_KEYS); Statement other = c.createStatement()) {
                        asked.setString(1, "a");
                        asked.executeUpdate();
                        other.executeUpdate("INSERT INTO item(name) VALUES ('b')");
                        return keys(asked);
                    }
                }),
                agreement("no keys after statements that insert nothing", c -> {
                    List<Object> keys = new ArrayList<>();
                    try (Statement s = c.createStatement()) {
                        for (String sql : List.of("UPDATE item SET n = 1", "DELETE FROM item WHERE id = 0",
                                "SELECT * FROM item", "CREATE TABLE other(x)")) {
                            s.execute(sql);
                            keys.add(keys(s));
                        }
                    }
                    return keys;
                }),
                agreement("update counts of INSERT, UPDATE, DELETE and queries through execute", updateCounts(
                        "INSERT INTO item(name) VALUES ('a'), ('b')", "UPDATE item SET n = n + 1",
                        "DELETE FROM item WHERE name = 'a'", "SELECT * FROM item", "PRAGMA user_version")),
                agreement("executeUpdate counts, DDL and transaction control included", c -> {
                    try (Statement s = c.createStatement()) {
                        return List.of(s.executeUpdate("INSERT INTO item(name) VALUES ('a'), ('b')"),
                                s.executeUpdate("UPDATE item SET n = 2"), s.executeUpdate("CREATE TABLE u(x)"),
                                s.executeUpdate("BEGIN"), s.executeUpdate("DELETE FROM item"),
                                s.executeUpdate("ROLLBACK"), s.executeUpdate("PRAGMA user_version = 3"));
                    }
                }),
                agreement("PreparedStatement update counts", c -> {
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO item(name) VALUES (?)");
                         PreparedStatement update = c.prepareStatement("UPDATE item SET n = ? WHERE n = 0")) {
                        insert.setString(1, "a");
                        int inserted = insert.executeUpdate();
                        update.setInt(1, 5);
                        boolean rows = update.execute();
                        return List.of(inserted, rows, update.getUpdateCount());
                    }
                }),
                agreement("savepoints: named, unnamed, nested, rolled back to and released", c -> {
                    c.setAutoCommit(false);
                    List<Object> seen = new ArrayList<>();
                    try (Statement s = c.createStatement()) {
                        Savepoint outer = c.setSavepoint("outer");
                        seen.add(outer.getSavepointName());
                        s.executeUpdate("INSERT INTO item(name) VALUES ('in outer')");
                        Savepoint inner = c.setSavepoint();
                        s.executeUpdate("INSERT INTO item(name) VALUES ('in inner')");
                        c.rollback(inner);
                        seen.add(rows(c, "SELECT name FROM item ORDER BY id"));
                        c.releaseSavepoint(outer);
                        c.commit();
                        seen.add(failureOf(x -> {
                            c.rollback(outer);
                            return "rolled back to a released savepoint";
                        }, c));
                        c.rollback();
                        c.setAutoCommit(true);
                    }
                    seen.add(rows(c, "SELECT name FROM item ORDER BY id"));
                    return seen;
                }),
                agreement("savepoint then rollback of the whole transaction", c -> {
                    c.setAutoCommit(false);
                    try (Statement s = c.createStatement()) {
                        c.setSavepoint("a");
                        s.executeUpdate("INSERT INTO item(name) VALUES ('gone')");
                        c.rollback();
                    }
                    c.setAutoCommit(true);
                    return rows(c, "SELECT name FROM item");
                }),
                agreement("batch counts", c -> {
                    try (Statement s = c.createStatement();
                         PreparedStatement ps = c.prepareStatement("INSERT INTO item(name) VALUES (?)")) {
                        s.addBatch("INSERT INTO item(name) VALUES ('a')");
                        s.addBatch("INSERT INTO item(name) VALUES ('b'), ('c')");
                        s.addBatch("UPDATE item SET n = 1");
                        s.addBatch("DELETE FROM item WHERE name = 'x'");
                        List<Object> seen = new ArrayList<>();
                        seen.add(Arrays.toString(s.executeBatch()));
                        seen.add(Arrays.toString(s.executeBatch()));
                        for (String name : List.of("d", "e")) {
                            ps.setString(1, name);
                            ps.addBatch();
                        }
                        seen.add(Arrays.toString(ps.executeBatch()));
                        seen.add(rows(c, "SELECT count(*) FROM item"));
                        return seen;
                    }
                }),
                agreement("database metadata: product, tables, columns, keys, indexes", c -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("CREATE TABLE part(code TEXT NOT NULL, item_id INTEGER REFERENCES item(id),"
                                + " weight REAL, PRIMARY KEY (code, item_id))");
                        s.executeUpdate("CREATE INDEX part_weight ON part(weight)");
                        s.executeUpdate("CREATE VIEW names AS SELECT name FROM item");
                    }
                    DatabaseMetaData md = c.getMetaData();
                    return List.of(md.getDatabaseProductName(), md.getDatabaseProductVersion(),
                            md.supportsGetGeneratedKeys(), md.supportsSavepoints(), md.supportsBatchUpdates(),
                            md.supportsTransactions(), md.getIdentifierQuoteString(),
                            columns(md.getTables(null, null, "%", null), "TABLE_NAME", "TABLE_TYPE"),
                            columns(md.getColumns(null, null, "part", "%"), "COLUMN_NAME", "TYPE_NAME", "DATA_TYPE",
                                    "NULLABLE", "ORDINAL_POSITION"),
                            columns(md.getPrimaryKeys(null, null, "part"), "COLUMN_NAME", "KEY_SEQ"),
                            columns(md.getImportedKeys(null, null, "part"), "PKTABLE_NAME", "PKCOLUMN_NAME",
                                    "FKCOLUMN_NAME"),
                            columns(md.getIndexInfo(null, null, "item", false, false), "INDEX_NAME", "NON_UNIQUE",
                                    "COLUMN_NAME"));
                }),
                agreement("result set metadata: labels, names, types", c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                            "SELECT id, name AS label, n + 1, 2.5 AS r, x'00' AS b, NULL AS nothing FROM item")) {
                        ResultSetMetaData md = rs.getMetaData();
                        List<Object> seen = new ArrayList<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            seen.add(List.of(md.getColumnLabel(i), md.getColumnName(i), md.getColumnType(i),
                                    String.valueOf(md.getColumnTypeName(i)), md.isNullable(i)));
                        }
                        return seen;
                    }
                }),
                agreement("getters on each storage class", c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 42, 1099511627776,"
                            + " 2.5, '12', '7 dwarfs', 'text', x'0102', NULL, 0, '1'")) {
                        rs.next();
                        List<Object> seen = new ArrayList<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            int column = i;
                            Object value = rs.getObject(column);
                            seen.add(List.of(value == null ? "null" : value.getClass().getSimpleName(),
                                    value instanceof byte[] bytes ? hex(bytes) : String.valueOf(value),
                                    String.valueOf(rs.getString(column)),
                                    failureOf(x -> rs.getInt(column), c), failureOf(x -> rs.getLong(column), c),
                                    failureOf(x -> rs.getDouble(column), c), failureOf(x -> rs.getBoolean(column), c),
                                    failureOf(x -> hex(rs.getBytes(column)), c), rs.wasNull()));
                        }
                        return seen;
                    }
                }),
                agreement("optional features both refuse as not supported", c -> {
                    List<Object> seen = new ArrayList<>();
                    try (Statement s = c.createStatement(); PreparedStatement ps = c.prepareStatement("SELECT ?")) {
                        seen.add(failureOf(x -> x.createBlob(), c));
                        seen.add(failureOf(x -> x.createSQLXML(), c));
                        seen.add(failureOf(x -> {
                            ps.setArray(1, null);
                            return "bound";
                        }, c));
                        seen.add(failureOf(x -> {
                            s.execute("SELECT 1");
                            return s.getMoreResults(Statement.KEEP_CURRENT_RESULT);
                        }, c));
                        try (ResultSet rs = s.executeQuery("SELECT id, name FROM item")) {
                            rs.next();
                            seen.add(failureOf(x -> {
                                rs.updateString(2, "changed");
                                return "updated";
                            }, c));
                        }
                        seen.add(failureOf(x -> x.getMetaData().getRowIdLifetime(), c));
                    }
                    return seen;
                }));
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? "null" : HexFormat.of().formatHex(bytes);
    }

    private static Arguments agreement(String name, Scenario scenario) {
        return Arguments.of(name, scenario);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreements")
    void nanaObservesWhatSqliteJdbcObserves(String name, Scenario scenario) throws SQLException {
        assertEquals(observe(Backend.SQLITE_JDBC, scenario), observe(Backend.NANA, scenario));
    }

    // ---- the deliberate differences (docs/compatibility.md, "Deliberate differences from sqlite-jdbc")

    enum Difference {
        /** sqlite-jdbc answers last_insert_rowid() of an earlier insert (row 41). */
        KEYS_OF_AN_INSERT_THAT_INSERTED_NOTHING(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO item(name) VALUES ('earlier')",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.executeUpdate();
                return keys(ps);
            }
        }, List.of(41L), List.of()),
        KEYS_OF_AN_UPSERT_THAT_UPDATED(c -> {
            try (Statement s = c.createStatement();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO item(name) VALUES ('earlier')"
                         + " ON CONFLICT(name) DO UPDATE SET n = n + 1", Statement.RETURN_GENERATED_KEYS)) {
                s.executeUpdate("INSERT INTO item(id, name) VALUES (50, 'later')");
                ps.executeUpdate();
                return keys(ps);
            }
        }, List.of(50L), List.of()),
        KEYS_OF_AN_INSERT_INTO_A_TABLE_WITHOUT_ROWID(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE tag(name TEXT PRIMARY KEY) WITHOUT ROWID");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag VALUES ('x')",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.executeUpdate();
                    return keys(ps);
                }
            }
        }, List.of(41L), List.of()),
        /** sqlite-jdbc pays a query after every INSERT for these keys; nana only for statements that ask. */
        KEYS_NOT_ASKED_FOR_AFTER_OTHER_SQL(c -> {
            try (Statement unasked = c.createStatement(); Statement other = c.createStatement()) {
                unasked.executeUpdate("INSERT INTO item(name) VALUES ('a')");
                other.executeUpdate("INSERT INTO item(name) VALUES ('b')");
                return keys(unasked);
            }
        }, List.of(42L), "SQLException"),
        KEYS_NOT_ASKED_FOR_OF_AN_UPSERT(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO item(name) VALUES ('new') ON CONFLICT(name) DO UPDATE SET n = 1");
                return keys(s);
            }
        }, List.of(42L), "SQLException"),
        KEYS_AFTER_A_BATCH(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item(name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, "a");
                ps.addBatch();
                ps.setString(1, "b");
                ps.addBatch();
                ps.executeBatch();
                return keys(ps);
            }
        }, List.of(), "SQLException"),
        KEYS_READ_TWICE(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO item(name) VALUES ('a')", Statement.RETURN_GENERATED_KEYS);
                keys(s);
                return keys(s);
            }
        }, List.of(), List.of(42L)),
        KEYS_ASKED_FOR_BY_COLUMN(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO item(name) VALUES ('a')", new String[] {"id"});
                return keys(s);
            }
        }, "not supported", List.of(42L)),
        /** sqlite-jdbc takes keys after execute and executeUpdate only, not after executeQuery. */
        KEYS_OF_INSERT_RETURNING_RUN_AS_A_QUERY(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item(name) VALUES ('r') RETURNING id, name",
                    Statement.RETURN_GENERATED_KEYS)) {
                List<Object> seen = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    seen.add(rows(rs));
                }
                seen.add(keys(ps));
                return seen;
            }
        }, List.of(List.of(List.of(42, "r")), List.of()), List.of(List.of(List.of(42, "r")), List.of(42L))),
        /** sqlite-jdbc recognises an INSERT by a regular expression on its text; nana by its lexer. */
        KEYS_OF_AN_INSERT_AFTER_A_COMMENT(c -> {
            try (PreparedStatement ps = c.prepareStatement("/* new item */ INSERT INTO item(name) VALUES ('a')",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.executeUpdate();
                return keys(ps);
            }
        }, List.of(), List.of(42L)),
        /** sqlite-jdbc reports SQLite's changes(), which still holds the count of the UPDATE before. */
        UPDATE_COUNT_OF_STATEMENTS_THAT_CHANGE_NO_ROWS(c -> {
            List<Object> seen = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO item(name) VALUES ('a'), ('b')");
                for (String sql : List.of("UPDATE item SET n = 1", "CREATE TABLE u(x)", "BEGIN", "SAVEPOINT a",
                        "RELEASE a", "ROLLBACK", "PRAGMA user_version = 3")) {
                    s.execute(sql);
                    seen.add(s.getUpdateCount());
                }
                try (PreparedStatement ddl = c.prepareStatement("CREATE TABLE IF NOT EXISTS v(x)")) {
                    seen.add(ddl.executeUpdate());
                }
            }
            return seen;
        }, List.of(3, 3, 3, 3, 3, 3, 3, 3), List.of(3, 0, 0, 0, 0, 0, 0, 0)),
        /** JDBC: getUpdateCount is the current result's count; sqlite-jdbc's Statement forgets it. */
        UPDATE_COUNT_AFTER_EXECUTE_UPDATE(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE item SET n = 1");
                return s.getUpdateCount();
            }
        }, "NullPointerException", 1),
        /** nana's batches are all-or-nothing (docs/scripts.md). */
        STATEMENT_BATCH_IS_ALL_OR_NOTHING(c -> {
            List<Object> seen = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                s.addBatch("INSERT INTO item(name) VALUES ('a')");
                s.addBatch("INSERT INTO item(name) VALUES ('earlier')");
                s.addBatch("INSERT INTO item(name) VALUES ('b')");
                seen.add(failureOf(x -> s.executeBatch(), c));
            }
            seen.add(rows(c, "SELECT name FROM item ORDER BY id"));
            return seen;
        }, List.of("batch failed, counts [1, 0, 0]", List.of(List.of("earlier"), List.of("a"))),
                List.of("batch failed, counts [-3, -3, -3]", List.of(List.of("earlier")))),
        PREPARED_BATCH_IS_ALL_OR_NOTHING(c -> {
            List<Object> seen = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item(name) VALUES (?)")) {
                for (String name : List.of("a", "earlier", "b")) {
                    ps.setString(1, name);
                    ps.addBatch();
                }
                seen.add(failureOf(x -> ps.executeBatch(), c));
            }
            seen.add(rows(c, "SELECT name FROM item ORDER BY id"));
            return seen;
        }, List.of("SQLException", List.of(List.of("earlier"), List.of("a"))),
                List.of("batch failed, counts [-3, -3, -3]", List.of(List.of("earlier")))),
        /** sqlite-jdbc's Statement.execute runs the first statement of a string and drops the others. */
        SCRIPTS_RUN_EVERY_STATEMENT(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO item(name) VALUES ('a'); INSERT INTO item(name) VALUES ('b')");
            }
            return rows(c, "SELECT count(*) FROM item");
        }, List.of(List.of(2)), List.of(List.of(3))),
        /** JDBC names SQLFeatureNotSupportedException for these; sqlite-jdbc throws a plain SQLException. */
        UNSUPPORTED_CURSORS_AND_PROCEDURES_ARE_NOT_SUPPORTED(c -> List.of(
                failureOf(x -> x.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY), c),
                failureOf(x -> x.prepareStatement("SELECT 1", ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_UPDATABLE), c),
                failureOf(x -> {
                    x.setHoldability(ResultSet.HOLD_CURSORS_OVER_COMMIT);
                    return "set";
                }, c),
                failureOf(x -> x.prepareCall("{call f()}"), c)),
                List.of("SQLException", "SQLException", "SQLException", "SQLException"),
                List.of("not supported", "not supported", "not supported", "not supported")),
        /** nana is its own driver: DatabaseMetaData names it (the database product stays SQLite). */
        DRIVER_NAME(c -> c.getMetaData().getDriverName(), "SQLite JDBC", DriverVersion.NAME);

        final Scenario scenario;
        final Object sqliteJdbc;
        final Object nana;

        Difference(Scenario scenario, Object sqliteJdbc, Object nana) {
            this.scenario = scenario;
            this.sqliteJdbc = sqliteJdbc;
            this.nana = nana;
        }
    }

    @ParameterizedTest
    @EnumSource(Difference.class)
    void nanaDiffersOnlyAsDocumented(Difference difference) throws SQLException {
        assertNotEquals(difference.sqliteJdbc, difference.nana);
        assertEquals(difference.sqliteJdbc, observe(Backend.SQLITE_JDBC, difference.scenario), "sqlite-jdbc");
        assertEquals(difference.nana, observe(Backend.NANA, difference.scenario), "nana");
    }

    @Test
    void everyDifferenceIsListedWithItsReason() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "compatibility.md"));
        for (Difference difference : Difference.values()) {
            assertTrue(doc.contains("`" + difference.name() + "`"), difference + " is not in docs/compatibility.md");
        }
    }

    // ---- sqlite-jdbc's configuration

    /**
     * What the PRAGMAs named read on a connection opened with {@code query} appended to the URL and
     * {@code properties}, on a file that already holds {@link #SCHEMA} (so read-only opens work), followed by
     * what a write then does.
     */
    private Object observeConfigured(Backend backend, String query, Properties properties, String... pragmas)
            throws SQLException {
        Path file = dir.resolve(backend.name().toLowerCase() + "-configured-" + files++ + ".db");
        try (Connection setUp = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = setUp.createStatement()) {
            s.executeUpdate(SCHEMA);
        }
        try (Connection connection = DriverManager.getConnection(backend.prefix + file + query, properties)) {
            List<Object> seen = new ArrayList<>();
            for (String pragma : pragmas) {
                seen.add(rows(connection, "PRAGMA " + pragma));
            }
            seen.add(failureOf(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO item(name) VALUES ('written')");
                }
            }, connection));
            return seen;
        } catch (SQLException e) {
            return failure(e);
        }
    }

    private static Properties configured(Consumer<SQLiteConfig> settings) {
        SQLiteConfig config = new SQLiteConfig();
        settings.accept(config);
        return config.toProperties();
    }

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("SQLiteConfig's defaults", "", configured(config -> { }),
                        new String[] {"busy_timeout"}),
                Arguments.of("SQLiteConfig with journal mode, synchronous, foreign keys, busy timeout", "",
                        configured(config -> {
                            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
                            config.enforceForeignKeys(true);
                            config.setBusyTimeout(5000);
                        }), new String[] {"journal_mode", "synchronous", "foreign_keys", "busy_timeout"}),
                Arguments.of("SQLiteConfig read-only", "", configured(config -> config.setReadOnly(true)),
                        new String[] {"query_only"}),
                Arguments.of("pragmas in the URL",
                        "?journal_mode=WAL&foreign_keys=on&busy_timeout=5000&cache_size=-4000", new Properties(),
                        new String[] {"journal_mode", "foreign_keys", "busy_timeout", "cache_size"}),
                Arguments.of("journal mode DELETE in the URL", "?journal_mode=DELETE", new Properties(),
                        new String[] {"journal_mode"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void sqliteJdbcsConfigurationTakesTheSameEffect(String name, String query, Properties properties,
                                                     String[] pragmas) throws SQLException {
        Object sqliteJdbc = observeConfigured(Backend.SQLITE_JDBC, query, properties, pragmas);
        assertEquals(sqliteJdbc, observeConfigured(Backend.NANA, query, properties, pragmas));
        assertTrue(sqliteJdbc instanceof List<?>, "the configuration opens a connection: " + sqliteJdbc);
    }

    /** Settings that would weaken nana's hardening: sqlite-jdbc opens, nana refuses (HY024 naming the key). */
    enum ConfigurationDifference {
        EXTENSION_LOADING_SETTING_REFUSED(configured(config -> config.enableLoadExtension(true)));

        final Properties properties;

        ConfigurationDifference(Properties properties) {
            this.properties = properties;
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigurationDifference.class)
    void settingsThatWeakenTheHardeningAreRefused(ConfigurationDifference difference) throws SQLException {
        assertTrue(observeConfigured(Backend.SQLITE_JDBC, "", difference.properties) instanceof List<?>);
        assertEquals("SQLException", observeConfigured(Backend.NANA, "", difference.properties));
    }

    @Test
    void everyConfigurationDifferenceIsListed() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "compatibility.md"));
        for (ConfigurationDifference difference : ConfigurationDifference.values()) {
            assertTrue(doc.contains("`" + difference.name() + "`"), difference + " is not in docs/compatibility.md");
        }
    }
}
