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
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-statement strings: sqlite-jdbc runs both statements for executeUpdate but only the first for execute and
 * addBatch. nana runs all of them on every path, and atomically unless the script manages transactions itself.
 */
class ScriptTest {
    @TempDir
    Path dir;
    Connection connection;
    Statement statement;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:nana:" + dir.resolve("script.db"));
        statement = connection.createStatement();
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private long count(String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void executeRunsEveryStatement() throws SQLException {
        assertFalse(statement.execute("CREATE TABLE a(x); CREATE TABLE b(y); INSERT INTO a VALUES (1), (2);"));
        assertEquals(2, statement.getUpdateCount());
        assertEquals(2, count("a"));
        assertEquals(0, count("b"));
    }

    @Test
    void executeUpdateReturnsTheRowsChangedByAllStatements() throws SQLException {
        statement.execute("CREATE TABLE a(x)");
        assertEquals(5, statement.executeUpdate("INSERT INTO a VALUES (1), (2); INSERT INTO a VALUES (3), (4), (5)"));
    }

    @Test
    void aScriptEndingInAQueryReturnsItsRows() throws SQLException {
        try (ResultSet rs = statement.executeQuery("CREATE TABLE a(x); INSERT INTO a VALUES (7); SELECT x FROM a")) {
            assertTrue(rs.next());
            assertEquals(7, rs.getInt(1));
            assertEquals(statement, rs.getStatement());
        }
    }

    @Test
    void aFailingStatementUndoesTheWholeScript() throws SQLException {
        statement.execute("CREATE TABLE a(x PRIMARY KEY)");
        SQLException e = assertThrows(SQLException.class,
                () -> statement.execute("INSERT INTO a VALUES (1); CREATE TABLE c(z); INSERT INTO a VALUES (1)"));
        assertEquals("23505", e.getSQLState());
        assertEquals(0, count("a"));
        assertThrows(SQLException.class, () -> count("c"));
        assertTrue(connection.getAutoCommit());
    }

    @Test
    void inAnOpenTransactionAFailingScriptUndoesOnlyItself() throws SQLException {
        statement.execute("CREATE TABLE a(x PRIMARY KEY)");
        connection.setAutoCommit(false);
        statement.execute("INSERT INTO a VALUES (1)");
        assertThrows(SQLException.class, () -> statement.execute("INSERT INTO a VALUES (2); INSERT INTO a VALUES (1)"));
        connection.commit();
        assertEquals(1, count("a"));
    }

    @Test
    void aScriptWithItsOwnTransactionControlRunsInOrder() throws SQLException {
        statement.execute("BEGIN; CREATE TABLE a(x); INSERT INTO a VALUES (1); COMMIT;");
        assertEquals(1, count("a"));
    }

    @Test
    void triggerBodiesStayOneStatement() throws SQLException {
        statement.execute("CREATE TABLE a(x); CREATE TABLE log(x);"
                + "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO log VALUES (new.x); INSERT INTO log VALUES (-new.x); END;"
                + "INSERT INTO a VALUES (3);");
        assertEquals(2, count("log"));
    }

    @Test
    void batchEntriesMayBeScripts() throws SQLException {
        statement.execute("CREATE TABLE a(x)");
        statement.addBatch("INSERT INTO a VALUES (1); INSERT INTO a VALUES (2)");
        statement.addBatch("INSERT INTO a VALUES (3)");
        int[] counts = statement.executeBatch();
        assertEquals(2, counts.length);
        assertEquals(2, counts[0]);
        assertEquals(1, counts[1]);
        assertEquals(3, count("a"));
    }

    @Test
    void emptySqlIsAClearError() {
        SQLException e = assertThrows(SQLException.class, () -> statement.execute(" ; -- nothing\n"));
        assertEquals("42601", e.getSQLState());
    }

    @Test
    void aPreparedStatementTakesOneStatement() {
        SQLException e = assertThrows(SQLException.class,
                () -> connection.prepareStatement("SELECT 1; SELECT 2"));
        assertEquals("42601", e.getSQLState());
        assertTrue(e.getMessage().contains("exactly one"), e.getMessage());
    }
}
