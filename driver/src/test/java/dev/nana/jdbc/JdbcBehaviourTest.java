package dev.nana.jdbc;

import static dev.nana.jdbc.GeneratedKeysTest.keys;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

/** The JDBC surface a pool or ORM relies on, against a real SQLite file. */
class JdbcBehaviourTest {
    /** Counts to a billion: minutes of work, so only an interrupt ends it within a test's lifetime. */
    private static final String SLOW_QUERY = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
            + " WHERE x < 1000000000) SELECT count(*) FROM c";

    @TempDir
    Path dir;
    Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:nana:" + dir.resolve("jdbc.db"));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE item(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, at TEXT)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void generatedKeysFromStatementAndPreparedStatement() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO item(name) VALUES ('a')", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertTrue(keys.next());
                assertEquals(1, keys.getLong(1));
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO item(name) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "b");
            assertEquals(1, ps.executeUpdate());
            try (ResultSet keys = ps.getGeneratedKeys()) {
                assertTrue(keys.next());
                assertEquals(2, keys.getLong(1));
                assertSame(ps, keys.getStatement());
            }
        }
    }

    @Test
    void generatedKeysAskedForByColumnGiveTheRowid() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO item(name) VALUES ('a')", new String[] {"id"});
            assertEquals(List.of(1L), keys(s));
            s.executeUpdate("INSERT INTO item(name) VALUES ('b')", new int[] {1});
            assertEquals(List.of(2L), keys(s));
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO item(name) VALUES (?)",
                new String[] {"id"})) {
            ps.setString(1, "c");
            assertFalse(ps.execute());
            assertEquals(List.of(3L), keys(ps));
        }
    }

    @Test
    void returningGivesRowsThroughAPreparedStatement() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO item(name) VALUES (?) RETURNING id, name")) {
            ps.setString(1, "r");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(1, rs.getLong("id"));
                assertEquals("r", rs.getString("name"));
            }
        }
    }

    @Test
    void preparedBatchReportsCountsAndIsAllOrNothing() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO item(name) VALUES (?)")) {
            for (String name : new String[] {"a", "b", "c"}) {
                ps.setString(1, name);
                ps.addBatch();
            }
            assertArrayEquals(new int[] {1, 1, 1}, ps.executeBatch());
            for (String name : new String[] {"d", "a", "e"}) {
                ps.setString(1, name);
                ps.addBatch();
            }
            BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
            assertEquals("23505", e.getSQLState(), e.getMessage());
            for (int count : e.getUpdateCounts()) {
                assertEquals(Statement.EXECUTE_FAILED, count);
            }
        }
        assertEquals(3, countItems(), "the failed batch left nothing behind");
    }

    @Test
    void statementBatchIsAllOrNothing() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.addBatch("INSERT INTO item(name) VALUES ('x')");
            s.addBatch("INSERT INTO item(name) VALUES ('x')");
            BatchUpdateException e = assertThrows(BatchUpdateException.class, s::executeBatch);
            assertTrue(e.getMessage().contains("entry 2 of 2"), e.getMessage());
        }
        assertEquals(0, countItems());
    }

    private long countItems() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM item")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void executeQueryOfSqlWithoutRowsIsAnErrorWithAStandardSqlState() throws SQLException {
        try (Statement s = connection.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("DELETE FROM item"));
            assertEquals(5, e.getSQLState().length(), e.getSQLState());
            assertTrue(s.executeQuery("SELECT count(*) FROM item").next());
        }
    }

    /** sqlite-jdbc itself runs SQL on a closed Statement and answers next() on a closed ResultSet with false. */
    @Test
    void closedStatementsAndResultSetsRefuseWork() throws SQLException {
        Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1");
        rs.close();
        assertTrue(rs.isClosed());
        assertEquals("55000", assertThrows(SQLException.class, rs::next).getSQLState());
        s.close();
        assertTrue(s.isClosed());
        assertEquals("55000", assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1")).getSQLState());
        PreparedStatement ps = connection.prepareStatement("SELECT 1");
        ResultSet first = ps.executeQuery();
        ResultSet second = ps.executeQuery();
        assertTrue(first.isClosed(), "running a statement again closes its previous results");
        assertTrue(second.next());
        ps.close();
        assertEquals("55000", assertThrows(SQLException.class, ps::executeQuery).getSQLState());
    }

    @Test
    void isValidAndClosedConnections() throws SQLException {
        assertTrue(connection.isValid(1));
        assertThrows(SQLException.class, () -> connection.isValid(-1));
        Connection other = DriverManager.getConnection("jdbc:nana::memory:");
        other.close();
        assertFalse(other.isValid(1));
        assertTrue(other.isClosed());
        SQLException e = assertThrows(SQLException.class, other::createStatement);
        assertEquals("08003", e.getSQLState());
    }

    @Test
    void networkTimeoutInterruptsAStatementAndLeavesTheConnectionUsable() throws SQLException {
        connection.setNetworkTimeout(Runnable::run, 200);
        assertEquals(200, connection.getNetworkTimeout());
        try (Statement s = connection.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(SLOW_QUERY));
            assertInstanceOf(SQLTimeoutException.class, e);
            assertEquals("57014", e.getSQLState());
        }
        connection.setNetworkTimeout(Runnable::run, 0);
        assertTrue(connection.isValid(1));
        assertEquals(0, countItems());
    }

    @Test
    void queryTimeoutInterruptsAStatement() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SLOW_QUERY)) {
            ps.setQueryTimeout(1);
            assertThrows(SQLTimeoutException.class, ps::executeQuery);
        }
    }

    @Test
    void unwrapReachesNanaAndTheBackendByName() throws SQLException {
        assertSame(connection, connection.unwrap(NanaConnection.class));
        assertTrue(connection.isWrapperFor(SQLiteConnection.class));
        assertInstanceOf(SQLiteConnection.class, connection.unwrap(SQLiteConnection.class));
        assertThrows(SQLException.class, () -> connection.unwrap(String.class));
    }

    @Test
    void everyObjectLeadsBackToItsNanaParent() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            assertSame(connection, s.getConnection());
            assertSame(s, rs.getStatement());
            assertSame(rs, s.getResultSet());
        }
        DatabaseMetaData meta = connection.getMetaData();
        assertSame(connection, meta.getConnection());
        assertEquals("SQLite", meta.getDatabaseProductName());
        assertEquals("nana-jdbc", meta.getDriverName());
        assertTrue(meta.getURL().startsWith("jdbc:nana:"));
        try (ResultSet tables = meta.getTables(null, null, "item", null)) {
            assertTrue(tables.next());
            assertEquals("item", tables.getString("TABLE_NAME"));
        }
    }
}
