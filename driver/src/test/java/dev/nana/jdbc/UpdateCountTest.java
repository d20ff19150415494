package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement that changes no rows reports 0, never the count of the UPDATE before it (which sqlite-jdbc reports:
 * SQLite's changes() keeps the last INSERT, UPDATE or DELETE's count).
 */
class UpdateCountTest {
    /** Changes three rows just before the statement under test. */
    private static final String THREE_ROWS = "UPDATE t SET x = x + 1";

    @TempDir
    Path dir;
    Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:nana:" + dir.resolve("counts.db"));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t(x INTEGER)");
            s.execute("INSERT INTO t VALUES (1), (2), (3)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /** {@code before} readies the statement (a transaction to end, a savepoint to release); {@code after} tidies. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
                          | CREATE TABLE u(y)                  |
                          | CREATE INDEX tx ON t(x)            |
                          | ALTER TABLE t ADD COLUMN z         |
            CREATE TABLE u(y) | DROP TABLE u                   |
                          | BEGIN                              | COMMIT
            BEGIN         | COMMIT                             |
            BEGIN         | ROLLBACK                           |
                          | SAVEPOINT a                        | RELEASE a
            SAVEPOINT a   | RELEASE a                          |
            SAVEPOINT a   | ROLLBACK TO a                      | RELEASE a
                          | PRAGMA user_version = 7            |
                          | PRAGMA foreign_keys = ON           |
                          | VACUUM                             |
                          | ANALYZE                            |
                          | REINDEX                            |
            """)
    void statementsThatChangeNoRowsCountZero(String before, String sql, String after) throws SQLException {
        try (Statement s = connection.createStatement()) {
            runIf(s, before);
            assertEquals(3, s.executeUpdate(THREE_ROWS));
            assertFalse(s.execute(sql));
            assertEquals(0, s.getUpdateCount(), "execute");
            assertEquals(0, s.getLargeUpdateCount());
            runIf(s, after);
        }
        try (Statement s = connection.createStatement()) {
            undo(s, sql);
            runIf(s, before);
            s.executeUpdate(THREE_ROWS);
            assertEquals(0, s.executeUpdate(sql), "executeUpdate");
            assertEquals(0, s.getUpdateCount());
            runIf(s, after);
        }
        try (Statement s = connection.createStatement()) {
            undo(s, sql);
            runIf(s, before);
            s.executeUpdate(THREE_ROWS);
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                assertEquals(0, ps.executeUpdate(), "PreparedStatement.executeUpdate");
                assertEquals(0, ps.getUpdateCount());
            }
            runIf(s, after);
        }
    }

    private static void runIf(Statement s, String sql) throws SQLException {
        if (sql != null) {
            s.execute(sql);
        }
    }

    /** Statements that leave something behind are undone so they can run again. */
    private static void undo(Statement s, String sql) throws SQLException {
        if (sql.startsWith("CREATE TABLE")) {
            s.execute("DROP TABLE u");
        } else if (sql.startsWith("CREATE INDEX")) {
            s.execute("DROP INDEX tx");
        } else if (sql.startsWith("ALTER")) {
            s.execute("ALTER TABLE t DROP COLUMN z");
        }
    }

    @Test
    void preparedExecuteOfDdlCountsZero() throws SQLException {
        try (Statement s = connection.createStatement();
             PreparedStatement ps = connection.prepareStatement("CREATE TABLE IF NOT EXISTS u(y)")) {
            s.executeUpdate(THREE_ROWS);
            assertFalse(ps.execute());
            assertEquals(0, ps.getUpdateCount());
        }
    }

    @Test
    void rowsChangedAreCountedAndResultsHaveNoCount() throws SQLException {
        try (Statement s = connection.createStatement()) {
            assertEquals(3, s.executeUpdate(THREE_ROWS));
            assertEquals(3, s.getUpdateCount(), "the count of the current result, as JDBC says");
            assertFalse(s.execute("DELETE FROM t WHERE x = 2"));
            assertEquals(1, s.getUpdateCount());
            assertTrue(s.execute("PRAGMA user_version"));
            assertEquals(-1, s.getUpdateCount());
            assertFalse(s.getMoreResults());
            assertEquals(-1, s.getUpdateCount());
            assertNull(s.getResultSet());
        }
    }

    @Test
    void scriptsAndBatchesAddOnlyRowsReallyChanged() throws SQLException {
        try (Statement s = connection.createStatement()) {
            assertFalse(s.execute(THREE_ROWS + "; CREATE TABLE u(y); PRAGMA user_version = 3"));
            assertEquals(3, s.getUpdateCount());
            s.addBatch(THREE_ROWS);
            s.addBatch("CREATE TABLE v(y)");
            s.addBatch("DROP TABLE v; " + THREE_ROWS);
            assertArrayEquals(new int[] {3, 0, 3}, s.executeBatch());
        }
    }
}
