package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQLite's transaction rules, the same assertions on both backends: on a SQLite file they are SQLite's own
 * behaviour, on PostgreSQL nana's emulation of it (statement savepoints, transaction statement checks).
 */
class SqliteTransactionRulesTest {
    @TempDir
    Path dir;

    private String url(String backend) throws SQLException {
        return backend.equals("sqlite") ? "jdbc:nana:" + dir.resolve("tx.db")
                : "jdbc:nana:" + TestPostgres.newDatabaseUrl().substring("jdbc:".length());
    }

    private static Connection withTable(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a INTEGER PRIMARY KEY)");
        }
        return c;
    }

    private static List<Long> rows(Connection c) throws SQLException {
        List<Long> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a FROM t ORDER BY a")) {
            while (rs.next()) {
                rows.add(rs.getLong(1));
            }
        }
        return rows;
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aFailingStatementInAManualCommitTransactionUndoesOnlyItself(String backend) throws SQLException {
        try (Connection c = withTable(url(backend))) {
            c.setAutoCommit(false);
            run(c, "INSERT INTO t VALUES (1)");
            SQLException duplicate = assertThrows(SQLException.class, () -> run(c, "INSERT INTO t VALUES (1)"));
            assertEquals("23505", duplicate.getSQLState());
            assertThrows(SQLException.class, () -> run(c, "SELECT * FROM missing"));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                insert.setInt(1, 1);
                assertThrows(SQLException.class, insert::executeUpdate);
                insert.setInt(1, 2);
                assertEquals(1, insert.executeUpdate());
            }
            c.commit();
            assertEquals(List.of(1L, 2L), rows(c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aFailingStatementAfterTheApplicationsBeginLeavesTheTransactionToCommit(String backend) throws SQLException {
        try (Connection c = withTable(url(backend))) {
            run(c, "BEGIN IMMEDIATE");
            run(c, "INSERT INTO t VALUES (1)");
            assertThrows(SQLException.class, () -> run(c, "INSERT INTO t VALUES (1)"));
            run(c, "INSERT INTO t VALUES (2)");
            run(c, "END");
            assertEquals(List.of(1L, 2L), rows(c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aFailingScriptInATransactionUndoesAllOfItselfAndNothingBefore(String backend) throws SQLException {
        try (Connection c = withTable(url(backend))) {
            c.setAutoCommit(false);
            run(c, "INSERT INTO t VALUES (1)");
            assertThrows(SQLException.class, () -> run(c, "INSERT INTO t VALUES (2); INSERT INTO t VALUES (1)"));
            run(c, "INSERT INTO t VALUES (3)");
            c.commit();
            assertEquals(List.of(1L, 3L), rows(c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aFailingBatchInATransactionLeavesItUsable(String backend) throws SQLException {
        try (Connection c = withTable(url(backend))) {
            c.setAutoCommit(false);
            run(c, "INSERT INTO t VALUES (1)");
            List<Long> before;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                insert.setInt(1, 2);
                insert.addBatch();
                insert.setInt(1, 1);
                insert.addBatch();
                assertThrows(BatchUpdateException.class, insert::executeBatch);
            }
            before = rows(c);
            run(c, "INSERT INTO t VALUES (3)");
            c.commit();
            List<Long> expected = new ArrayList<>(before);
            expected.add(3L);
            assertEquals(expected, rows(c));
            assertTrue(before.contains(1L));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void rollingBackToAReleasedSavepointFailsAndTheTransactionGoesOn(String backend) throws SQLException {
        try (Connection c = withTable(url(backend))) {
            c.setAutoCommit(false);
            run(c, "INSERT INTO t VALUES (1)");
            Savepoint savepoint = c.setSavepoint();
            run(c, "INSERT INTO t VALUES (2)");
            c.releaseSavepoint(savepoint);
            SQLException gone = assertThrows(SQLException.class, () -> c.rollback(savepoint));
            assertTrue(gone.getMessage().contains("no such savepoint"), gone.getMessage());
            assertThrows(SQLException.class, () -> run(c, "ROLLBACK TO nope"));
            run(c, "INSERT INTO t VALUES (3)");
            c.commit();
            assertEquals(List.of(1L, 2L, 3L), rows(c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aSavepointOutsideATransactionBeginsOneThatItsReleaseCommits(String backend) throws SQLException {
        String url = url(backend);
        try (Connection c = withTable(url); Connection other = DriverManager.getConnection(url)) {
            run(c, "SAVEPOINT Outer");
            run(c, "INSERT INTO t VALUES (1)");
            run(c, "SAVEPOINT inner");
            run(c, "INSERT INTO t VALUES (2)");
            run(c, "ROLLBACK TO inner");
            assertEquals(List.of(), rows(other), "nothing is committed yet");
            run(c, "RELEASE outer");
            assertEquals(List.of(1L), rows(other));
            assertThrows(SQLException.class, () -> run(c, "RELEASE outer"), "no transaction any more");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void transactionStatementsOutOfPlaceFailAsInSqlite(String backend) throws SQLException {
        try (Connection c = withTable(url(backend))) {
            SQLException commit = assertThrows(SQLException.class, () -> run(c, "COMMIT"));
            assertTrue(commit.getMessage().contains("cannot commit - no transaction is active"), commit.getMessage());
            SQLException rollback = assertThrows(SQLException.class, () -> run(c, "ROLLBACK"));
            assertTrue(rollback.getMessage().contains("cannot rollback - no transaction is active"),
                    rollback.getMessage());
            run(c, "BEGIN");
            SQLException nested = assertThrows(SQLException.class, () -> run(c, "BEGIN EXCLUSIVE"));
            assertTrue(nested.getMessage().contains("cannot start a transaction within a transaction"),
                    nested.getMessage());
            assertEquals(SqlErrors.DRIVER, nested.getSQLState());
            run(c, "INSERT INTO t VALUES (1)");
            run(c, "COMMIT TRANSACTION");
            assertEquals(List.of(1L), rows(c));
        }
    }
}
