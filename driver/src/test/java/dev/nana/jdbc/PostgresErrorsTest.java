package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PostgreSQL's errors, raised by the real server, reach the application with sqlite-jdbc users' SQLStates. */
class PostgresErrorsTest {
    private String rawUrl;
    private String url;

    @BeforeEach
    void freshDatabase() throws SQLException {
        rawUrl = TestPostgres.newDatabaseUrl();
        url = "jdbc:nana:" + rawUrl.substring("jdbc:".length());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE parent (id int PRIMARY KEY)");
            s.execute("CREATE TABLE child (id int PRIMARY KEY, parent int REFERENCES parent (id),"
                    + " name text NOT NULL, n int CHECK (n > 0))");
            s.execute("INSERT INTO parent VALUES (1)");
            s.execute("INSERT INTO child VALUES (1, 1, 'a', 1)");
        }
    }

    private SQLException failure(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            return assertThrows(SQLException.class, () -> s.execute(sql), sql);
        }
    }

    private static void assertState(String state, Class<?> type, SQLException e) {
        assertEquals(state, e.getSQLState(), e.getMessage());
        assertInstanceOf(type, e, e.getMessage());
    }

    @Test
    void constraintsKeepTheirStates() throws SQLException {
        Class<?> integrity = SQLIntegrityConstraintViolationException.class;
        assertState("23505", integrity, failure("INSERT INTO child VALUES (1, 1, 'b', 1)"));
        assertState("23503", integrity, failure("INSERT INTO child VALUES (2, 9, 'b', 1)"));
        assertState("23502", integrity, failure("INSERT INTO child VALUES (2, 1, NULL, 1)"));
        assertState("23514", integrity, failure("INSERT INTO child VALUES (2, 1, 'b', 0)"));
    }

    @Test
    void unknownNamesAreSqlitesStates() throws SQLException {
        assertState("42S02", SQLSyntaxErrorException.class, failure("SELECT * FROM missing"));
        assertState("42S22", SQLSyntaxErrorException.class, failure("SELECT missing FROM child"));
        assertState("42S01", SQLSyntaxErrorException.class, failure("CREATE TABLE child (x int)"));
        assertState("22000", SQLDataException.class, failure("INSERT INTO parent VALUES ('x')"));
    }

    /** PostgreSQL says 0A000, on which HikariCP would evict a healthy connection. */
    @Test
    void anUnsupportedConstructIsClass42() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeQuery("SELECT count(*) FROM child FOR UPDATE"));
            assertState("42000", SQLSyntaxErrorException.class, e);
            assertTrue(c.isValid(1));
        }
    }

    @Test
    void aLockNotAvailableIsRetryable() throws SQLException {
        try (Connection holder = DriverManager.getConnection(url);
             Connection other = DriverManager.getConnection(url);
             Statement hold = holder.createStatement(); Statement s = other.createStatement()) {
            holder.setAutoCommit(false);
            hold.executeQuery("SELECT * FROM child WHERE id = 1 FOR UPDATE").close();
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeQuery("SELECT * FROM child WHERE id = 1 FOR UPDATE NOWAIT"));
            assertState("40001", SQLTransientException.class, e);
            holder.rollback();
        }
    }

    @Test
    void aDeadlockIsRetryable() throws Exception {
        try (Connection a = DriverManager.getConnection(url); Connection b = DriverManager.getConnection(url);
             Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            sa.execute("INSERT INTO parent VALUES (2)");
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            sa.executeUpdate("UPDATE parent SET id = id WHERE id = 1");
            sb.executeUpdate("UPDATE parent SET id = id WHERE id = 2");
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<SQLException> first = CompletableFuture.supplyAsync(() -> {
                started.countDown();
                try {
                    sa.executeUpdate("UPDATE parent SET id = id WHERE id = 2");
                    return null;
                } catch (SQLException e) {
                    // As on SQLite, the failed statement alone is undone: the victim gives its locks up itself.
                    rollBack(a);
                    return e;
                }
            });
            started.await();
            Thread.sleep(200);
            SQLException second = null;
            try {
                sb.executeUpdate("UPDATE parent SET id = id WHERE id = 1");
            } catch (SQLException e) {
                second = e;
                b.rollback();
            }
            SQLException firstFailure = first.get(30, TimeUnit.SECONDS);
            SQLException deadlock = second != null ? second : firstFailure;
            assertState("40001", SQLTransientException.class, deadlock);
            assertTrue(deadlock.getMessage().contains("deadlock"), deadlock.getMessage());
            a.rollback();
            b.rollback();
        }
    }

    private static void rollBack(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStatementTimeoutIsSqliteJdbcsInterrupt() throws SQLException {
        try (Connection c = DriverManager.getConnection(url + "&options=-c%20statement_timeout%3D100");
             Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeQuery("SELECT count(*) FROM child a, child b, child c, generate_series(1, 100000000)"));
            assertState("57014", SQLTimeoutException.class, e);
            assertTrue(c.isValid(1));
        }
    }

    @Test
    void aQueryTimeoutCancelsTheStatement() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.setQueryTimeout(1);
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeQuery("SELECT count(*) FROM generate_series(1, 1000000000)"));
            assertState("57014", SQLTimeoutException.class, e);
            assertTrue(c.isValid(1));
        }
    }

    /** The server ending the session (57P01) is a lost connection: 08006, so a pool replaces it. */
    @Test
    void aLostConnectionIsClass08() throws SQLException {
        try (Connection c = DriverManager.getConnection(url + "&ApplicationName=nana-lost-connection");
             Statement s = c.createStatement();
             Connection admin = DriverManager.getConnection(rawUrl); Statement kill = admin.createStatement()) {
            try (ResultSet rs = kill.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE application_name = 'nana-lost-connection' AND datname = current_database()")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1"));
            assertTrue(e.getSQLState().startsWith("08"), e.getSQLState() + " " + e.getMessage());
            assertInstanceOf(SQLNonTransientConnectionException.class, e);
        }
    }
}
