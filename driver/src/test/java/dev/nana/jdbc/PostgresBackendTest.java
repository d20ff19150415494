package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** jdbc:nana:postgresql: against the real local server: the pipeline, values, transactions, refusals. */
class PostgresBackendTest {
    private String rawUrl;
    private String url;

    @BeforeEach
    void freshDatabase() throws SQLException {
        rawUrl = TestPostgres.newDatabaseUrl();
        url = "jdbc:nana:" + rawUrl.substring("jdbc:".length());
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection(url);
    }

    private static List<String> row(ResultSet rs) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            Object value = rs.getObject(i);
            values.add(value == null ? "null" : value.getClass().getSimpleName() + ":" + value);
        }
        return values;
    }

    private static List<String> only(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return row(rs);
        }
    }

    @Test
    void runsSqlThatNeedsNoRewriting() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL)");
            assertEquals(1, s.executeUpdate("INSERT INTO items (id, name) VALUES (1, 'first')"));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO items (id, name) VALUES (?, ?)")) {
                insert.setInt(1, 2);
                insert.setString(2, "second");
                assertEquals(1, insert.executeUpdate());
            }
            assertEquals(List.of("Integer:2", "String:second"), only(c, "SELECT id, name FROM items WHERE id = 2"));
            s.execute("UPDATE items SET name = 'one' WHERE id = 1; DELETE FROM items WHERE id = 2");
            assertEquals(List.of("Integer:1", "String:one"), only(c, "SELECT id, name FROM items"));
        }
    }

    @Test
    void givesSqliteJdbcValues() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE v (i2 int2, i4 int4, i8 int8, big int8, f4 float4, f8 float8, n numeric,"
                    + " t text, b bytea, flag boolean, nothing text)");
            s.execute("INSERT INTO v VALUES (7, 8, 9, 5000000000, 0.5, 0.25, 1.5, 'x', '\\x0102', true, NULL)");
            assertEquals(List.of("Integer:7", "Integer:8", "Integer:9", "Long:5000000000", "Double:0.5",
                    "Double:0.25", "Double:1.5", "String:x", "byte[]", "Integer:1", "null"),
                    only(c, "SELECT * FROM v").stream().map(v -> v.startsWith("byte[]") ? "byte[]" : v).toList());
            try (ResultSet rs = s.executeQuery("SELECT b, flag FROM v")) {
                rs.next();
                assertArrayEquals(new byte[] {1, 2}, (byte[]) rs.getObject("b"));
                assertEquals(1, rs.getObject("flag"));
            }
            assertEquals(List.of("Integer:9", "Long:5000000009", "Integer:2"),
                    only(c, "SELECT sum(i8), sum(i8) + sum(big), count(*) + 1 FROM v"));
        }
    }

    @Test
    void saysSqliteAndNamesTheRealServer() throws SQLException {
        try (Connection c = open()) {
            assertEquals("SQLite", c.getMetaData().getDatabaseProductName());
            NanaConnection nana = c.unwrap(NanaConnection.class);
            assertEquals("PostgreSQL", nana.backendProductName());
            assertTrue(nana.backendVersion().matches("\\d+.*"), nana.backendVersion());
            assertEquals(url, c.getMetaData().getURL());
        }
    }

    @Test
    void runsTransactionsAndSavepoints() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x int)");
            c.setAutoCommit(false);
            s.execute("INSERT INTO t VALUES (1)");
            var savepoint = c.setSavepoint();
            s.execute("INSERT INTO t VALUES (2)");
            c.rollback(savepoint);
            c.commit();
            s.execute("INSERT INTO t VALUES (3)");
            c.rollback();
            c.setAutoCommit(true);
            assertEquals(List.of("Integer:1"), only(c, "SELECT count(*) FROM t"));
        }
    }

    @Test
    void aScriptIsAllOrNothing() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x int PRIMARY KEY)");
            SQLException e = assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO t VALUES (1); INSERT INTO t VALUES (1)"));
            assertEquals("23505", e.getSQLState());
            assertEquals(List.of("Integer:0"), only(c, "SELECT count(*) FROM t"));
        }
    }

    @Test
    void readOnlyIsEnforcedByTheServer() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x int)");
            c.setReadOnly(true);
            assertTrue(c.isReadOnly());
            SQLException e = assertThrows(SQLException.class, () -> s.execute("INSERT INTO t VALUES (1)"));
            assertEquals("25006", e.getSQLState());
            c.setReadOnly(false);
            s.execute("INSERT INTO t VALUES (1)");
        }
    }

    @Test
    void passesPgjdbcPropertiesThrough() throws SQLException {
        try (Connection admin = DriverManager.getConnection(rawUrl); Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA app");
            s.execute("CREATE TABLE app.marker (x int)");
            Properties info = new Properties();
            info.setProperty("ApplicationName", "nana-seam-test");
            try (Connection c = DriverManager.getConnection(url + "&currentSchema=app", info)) {
                assertEquals(List.of("Integer:0"), only(c, "SELECT count(*) FROM marker"));
                assertEquals(List.of("Long:1"), only(admin, "SELECT count(*) FROM pg_stat_activity"
                        + " WHERE application_name = 'nana-seam-test' AND datname = current_database()"));
            }
        }
    }

    @Test
    void opensEveryHostOfAMultiHostUrl() throws SQLException {
        String multiHost = url.replaceFirst("//([^/]+)/", "//$1,$1/") + "&targetServerType=any";
        try (Connection c = DriverManager.getConnection(multiHost)) {
            assertEquals(List.of("Integer:1"), only(c, "SELECT 1"));
        }
    }

    @Test
    void thePolicyStillRefuses() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("SELECT load_extension('x')"));
            assertEquals("42501", e.getSQLState());
        }
    }

    private static void assertNotYet(String feature, Executable action) {
        SQLException e = assertThrows(SQLException.class, action);
        assertEquals(SqlErrors.NOT_SUPPORTED, e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().startsWith("nana: " + feature), e.getMessage());
        assertTrue(e.getMessage().contains("PostgreSQL"), e.getMessage());
    }

    @Test
    void refusesWhatNeedsSqliteClearly() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            NanaConnection nana = c.unwrap(NanaConnection.class);
            assertNotYet("the key-value store", nana::kv);
            // In SQL the rewriter's rule refuses it first, as every construct it cannot run: class 42.
            SQLException inSql = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM kv.data"));
            assertEquals("42N11", inSql.getSQLState(), inSql.getMessage());
            assertTrue(inSql.getMessage().contains("PostgreSQL"), inSql.getMessage());
            assertNotYet("application functions", () -> nana.createFunction("twice", 1, args -> args[0]));
            assertNotYet("backup", () -> nana.backup(java.nio.file.Path.of("x.db")));
        }
    }

    @Test
    void refusesSqlitesOwnStatementsBeforeAScriptRuns() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x int)");
            for (String sql : new String[] {"PRAGMA index_xinfo(t)", "INSERT INTO t VALUES (1); PRAGMA table_xinfo(t)"}) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql));
                assertEquals("42N11", e.getSQLState(), e.getMessage());
                assertTrue(e.getMessage().contains("cannot run on PostgreSQL"), e.getMessage());
            }
            assertThrows(SQLException.class, () -> c.prepareStatement("PRAGMA foreign_key_check(t)"));
            assertEquals(List.of("Integer:0"), only(c, "SELECT count(*) FROM t"));
        }
    }

    @Test
    void nanasSchemaRolledBackWithItsTransactionIsInstalledAgain() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY)"); // the first use installs the schema, in the transaction
            assertEquals(List.of("Integer:1"), only(c, "SELECT 'Hello' LIKE 'hello'"));
            c.rollback();
            c.setAutoCommit(true);
            for (int run = 0; run < 2; run++) { // installed again, then known
                assertEquals(List.of("Integer:1"), only(c, "SELECT 'Hello' LIKE 'hello'"));
            }
        }
        try (Connection other = DriverManager.getConnection(rawUrl); Statement s = other.createStatement();
             ResultSet comment = s.executeQuery("SELECT obj_description(to_regnamespace('nana'), 'pg_namespace')")) {
            assertTrue(comment.next() && comment.getString(1).startsWith("nana schema "), "committed this time");
        }
    }

    @Test
    void refusesEncryptionAtOpen() {
        Properties info = new Properties();
        info.setProperty("encryptionKey", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        assertNotYet("encryption", () -> DriverManager.getConnection(url, info).close());
    }

    @Test
    void closingRollsBackAndIsValidAnswers() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x int)");
        }
        Connection c = open();
        assertTrue(c.isValid(1));
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO t VALUES (1)");
        }
        c.close();
        assertFalse(c.isValid(1));
        try (Connection again = open()) {
            assertEquals(List.of("Integer:0"), only(again, "SELECT count(*) FROM t"));
        }
    }
}
