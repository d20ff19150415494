package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nana runs transactions itself: begun at the first statement, IMMEDIATE unless read-only. */
class TransactionTest {
    @TempDir
    Path dir;
    Connection first;
    Connection second;

    @BeforeEach
    void open() throws SQLException {
        String url = "jdbc:nana:" + dir.resolve("tx.db") + "?busyTimeout=100";
        first = DriverManager.getConnection(url);
        second = DriverManager.getConnection(url);
        first.createStatement().execute("CREATE TABLE t(x INTEGER)");
    }

    @AfterEach
    void close() throws SQLException {
        first.close();
        second.close();
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insert(Connection c, int x) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO t VALUES (" + x + ")");
        }
    }

    @Test
    void anIdleConnectionInManualCommitModeHoldsNoLock() throws SQLException {
        first.setAutoCommit(false);
        insert(first, 1);
        first.commit();
        insert(second, 2);
        assertEquals(2, count(second));
    }

    @Test
    void aTransactionTakesTheWriteLockAtItsFirstStatementAndReleasesItAtTheEnd() throws SQLException {
        first.setAutoCommit(false);
        assertEquals(0, count(first));
        SQLException blocked = assertThrows(SQLException.class, () -> insert(second, 2));
        assertEquals("40001", blocked.getSQLState());
        first.rollback();
        insert(second, 2);
        assertEquals(1, count(first), "a new transaction sees the committed row");
        first.commit();
    }

    /** In-JVM writers queue at nana's gate; one kept waiting past busyTimeout gets 40001 naming the file. */
    @Test
    void writersOfOneFileQueueAndAnOverdueOneIsTransient() throws Exception {
        first.setAutoCommit(false);
        insert(first, 1);
        SQLException waited = assertThrows(SQLException.class, () -> insert(second, 2));
        assertEquals("40001", waited.getSQLState());
        assertTrue(waited.getMessage().contains("tx.db"), waited.getMessage());
        java.util.concurrent.CompletableFuture<Void> queued = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (Connection third = DriverManager.getConnection("jdbc:nana:" + dir.resolve("tx.db"))) {
                insert(third, 3);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        first.commit();
        queued.get();
        assertEquals(2, count(second));
    }

    @Test
    void readOnlyTransactionsTakeNoWriteLockAndRefuseWrites() throws SQLException {
        first.setReadOnly(true);
        first.setAutoCommit(false);
        assertEquals(0, count(first));
        insert(second, 1);
        SQLException e = assertThrows(SQLException.class, () -> insert(first, 2));
        assertEquals("25006", e.getSQLState(), e.getMessage());
        first.commit();
        first.setReadOnly(false);
        insert(first, 3);
        assertTrue(first.getAutoCommit() == false && !first.isReadOnly());
        first.commit();
        assertEquals(2, count(second));
    }

    @Test
    void savepoints() throws SQLException {
        first.setAutoCommit(false);
        insert(first, 1);
        Savepoint named = first.setSavepoint("before two");
        insert(first, 2);
        Savepoint unnamed = first.setSavepoint();
        insert(first, 3);
        first.rollback(unnamed);
        assertEquals(2, count(first));
        first.rollback(named);
        first.releaseSavepoint(named);
        first.commit();
        assertEquals(1, count(second));
        assertEquals("before two", named.getSavepointName());
        assertThrows(SQLException.class, unnamed::getSavepointName);
    }

    @Test
    void switchingAutocommitOnCommitsAndClosingRollsBack() throws SQLException {
        first.setAutoCommit(false);
        insert(first, 1);
        first.setAutoCommit(true);
        assertEquals(1, count(second));
        first.setAutoCommit(false);
        insert(first, 2);
        first.close();
        assertEquals(1, count(second));
        insert(second, 3);
    }

    @Test
    void abortEndsTheConnectionAndFreesTheWriteTurn() throws SQLException {
        first.setAutoCommit(false);
        insert(first, 1);
        first.abort(Runnable::run);
        assertTrue(first.isClosed());
        insert(second, 2);
        assertEquals(1, count(second), "the aborted transaction was rolled back");
    }

    @Test
    void commitInAutocommitModeIsAnError() {
        assertThrows(SQLException.class, first::commit);
        assertThrows(SQLException.class, first::rollback);
        assertThrows(SQLException.class, first::setSavepoint);
    }

    @Test
    void theApplicationMayEndTheTransactionWithItsOwnSql() throws SQLException {
        first.setAutoCommit(false);
        insert(first, 1);
        first.createStatement().execute("COMMIT");
        first.commit();
        assertEquals(1, count(second));
        assertFalse(first.getAutoCommit());
    }
}
