package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy as the driver enforces it, on every path SQL can take into a real SQLite file. */
class PolicyEnforcementTest {
    @TempDir
    Path dir;

    private Connection open(String query) throws SQLException {
        return DriverManager.getConnection("jdbc:nana:" + dir.resolve("app.db") + query);
    }

    private static void assertDenied(String expectedFragment, Executable action) {
        SQLException e = assertThrows(SQLException.class, action::run);
        assertEquals("42501", e.getSQLState(), e.getMessage());
        assertTrue(e instanceof SQLSyntaxErrorException, e.getClass().getName());
        assertTrue(e.getMessage().contains(expectedFragment), e.getMessage());
    }

    @FunctionalInterface
    interface Executable {
        void run() throws Exception;
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    @Test
    void forbiddenFunctionIsRefusedOnEveryExecutionPath() throws Exception {
        String sql = "SELECT load_extension('x')";
        try (Connection c = open(""); Statement s = c.createStatement()) {
            assertDenied("load_extension", () -> s.execute(sql));
            assertDenied("load_extension", () -> s.executeQuery(sql));
            assertDenied("load_extension", () -> s.executeUpdate(sql));
            assertDenied("load_extension", () -> s.executeLargeUpdate(sql));
            assertDenied("load_extension", () -> s.addBatch(sql));
            assertDenied("load_extension", () -> c.prepareStatement(sql));
            assertDenied("load_extension", () -> c.nativeSQL(sql));
        }
    }

    @Test
    void aForbiddenStatementLaterInAScriptStopsTheWholeScriptBeforeAnythingRuns() throws Exception {
        try (Connection c = open(""); Statement s = c.createStatement()) {
            assertDenied("statement 2 of 2", () ->
                    s.execute("CREATE TABLE created_first(x); SELECT load_extension('x')"));
            assertFalse(tableExists(c, "created_first"));
        }
    }

    @Test
    void aForbiddenEntrySplitAcrossBatchEntriesIsRefusedAndNoEntryRuns() throws Exception {
        try (Connection c = open(""); Statement s = c.createStatement()) {
            s.addBatch("CREATE TABLE from_batch(x)");
            assertDenied("load_extension", () -> s.addBatch("INSERT INTO from_batch SELECT load_extension('x')"));
            s.clearBatch();
            assertFalse(tableExists(c, "from_batch"));
        }
    }

    @Test
    void harmlessMentionsRun() throws Exception {
        try (Connection c = open(""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 'load_extension(''x'')' /* load_extension('y') */ AS note")) {
            assertTrue(rs.next());
            assertEquals("load_extension('x')", rs.getString("note"));
        }
    }

    @Test
    void addedForbiddenFunctionIsRefusedAndDefaultsStay() throws Exception {
        try (Connection c = open("?forbiddenFunctions=UPPER,lower"); Statement s = c.createStatement()) {
            assertDenied("upper", () -> s.execute("SELECT upper('a')"));
            assertDenied("lower", () -> s.execute("SELECT lower('a')"));
            assertDenied("load_extension", () -> s.execute("SELECT load_extension('x')"));
            assertTrue(s.execute("SELECT length('a')"));
        }
    }

    @Test
    void allowListModeRefusesEverythingElse() throws Exception {
        Properties p = new Properties();
        p.setProperty("allowedFunctions", "count, length");
        try (Connection c = DriverManager.getConnection("jdbc:nana::memory:", p); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(name TEXT)");
            assertTrue(s.execute("SELECT count(*), length('abc') FROM t"));
            assertDenied("upper", () -> s.execute("SELECT upper(name) FROM t"));
        }
    }

    /** A file made elsewhere may hold a view that calls a forbidden function nana never sees in the SQL. */
    @Test
    void aViewInAForeignFileCannotCallAForbiddenFunction() throws Exception {
        Path foreign = dir.resolve("foreign.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement s = raw.createStatement()) {
            s.execute("CREATE VIEW sneaky AS SELECT load_extension('/tmp/evil') AS x");
            s.execute("CREATE TABLE t(x)");
            s.execute("CREATE TRIGGER sneaky_trigger AFTER INSERT ON t BEGIN SELECT load_extension('/tmp/evil'); END");
        }
        try (Connection c = DriverManager.getConnection("jdbc:nana:" + foreign); Statement s = c.createStatement()) {
            SQLException viaView = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM sneaky"));
            assertTrue(viaView.getSQLState().startsWith("42"), viaView.getSQLState() + " " + viaView.getMessage());
            SQLException viaTrigger = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO t VALUES (1)"));
            assertTrue(viaTrigger.getSQLState().startsWith("42"), viaTrigger.getSQLState() + " " + viaTrigger.getMessage());
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the failed insert left no row");
            }
        }
    }

    /** The second layer on its own: SQL that never passed the lexer still cannot reach the built-in. */
    @Test
    void forbiddenBuiltInsAreReplacedOnTheConnectionItself() throws Exception {
        try (Connection c = open("?forbiddenFunctions=upper");
             Statement raw = c.unwrap(org.sqlite.SQLiteConnection.class).createStatement()) {
            for (String call : new String[] {"load_extension('x')", "load_extension('x', 'y')", "fts3_tokenizer('t')",
                    "upper('a')"}) {
                SQLException e = assertThrows(SQLException.class, () -> raw.executeQuery("SELECT " + call));
                assertTrue(e.getMessage().contains("forbidden by policy"), call + ": " + e.getMessage());
                assertEquals("42501", SqliteErrors.INSTANCE.translate(e).getSQLState());
            }
        }
    }

    @Test
    void connectionsAreHardened() throws Exception {
        try (Connection c = open(""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA trusted_schema")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
            assertDenied("trusted_schema", () -> s.execute("PRAGMA trusted_schema = ON"));
            SQLException tooBig = assertThrows(SQLException.class, () -> s.executeQuery("SELECT randomblob(2000000000)"));
            assertEquals("22023", tooBig.getSQLState(), tooBig.getMessage());
        }
    }

    @Test
    void sqliteJdbcBackupAndRestoreCommandsNeedThePolicyToAllowThem() throws Exception {
        Path copy = dir.resolve("copy.db");
        try (Connection c = open(""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
            assertDenied("BACKUP", () -> s.executeUpdate("backup to '" + copy + "'"));
            assertDenied("RESTORE", () -> s.executeUpdate("restore from '" + copy + "'"));
        }
        assertFalse(Files.exists(copy));
        try (Connection c = open("?allowedStatements=backup"); Statement s = c.createStatement()) {
            s.executeUpdate("backup to '" + copy + "'");
        }
        assertTrue(Files.size(copy) > 0);
    }

    @Test
    void attachIsRefusedUnlessAllowed() throws Exception {
        String attach = "ATTACH DATABASE '" + dir.resolve("other.db") + "' AS other";
        try (Connection c = open(""); Statement s = c.createStatement()) {
            assertDenied("ATTACH", () -> s.execute(attach));
        }
        try (Connection c = open("?allowedStatements=ATTACH,DETACH"); Statement s = c.createStatement()) {
            s.execute(attach);
            s.execute("DETACH DATABASE other");
        }
    }
}
