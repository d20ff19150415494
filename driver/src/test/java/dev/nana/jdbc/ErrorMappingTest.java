package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite result codes as standard SQLException subclasses and SQLStates (docs/errors.md). */
class ErrorMappingTest {
    @TempDir
    Path dir;
    Connection connection;
    Statement statement;

    @BeforeEach
    void schema() throws SQLException {
        connection = DriverManager.getConnection("jdbc:nana:" + dir.resolve("errors.db") + "?foreign_keys=true");
        statement = connection.createStatement();
        statement.execute("CREATE TABLE parent(id INTEGER PRIMARY KEY, code TEXT UNIQUE);"
                + "CREATE TABLE child(id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id),"
                + " name TEXT NOT NULL, qty INTEGER CHECK (qty > 0));"
                + "INSERT INTO parent VALUES (1, 'a');");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static void assertNotEvicting(SQLException e) {
        String state = e.getSQLState();
        assertFalse(state.startsWith("08") || state.equals("0A000") || state.startsWith("57P0"), state);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "primary key   | INSERT INTO parent VALUES (1, 'b')                  | 23505",
        "unique        | INSERT INTO parent VALUES (2, 'a')                  | 23505",
        "foreign key   | INSERT INTO child VALUES (1, 99, 'x', 1)            | 23503",
        "not null      | INSERT INTO child VALUES (1, 1, NULL, 1)            | 23502",
        "check         | INSERT INTO child VALUES (1, 1, 'x', 0)             | 23514",
    })
    void constraintKinds(String kind, String sql, String sqlState) {
        SQLException e = assertThrows(SQLException.class, () -> statement.executeUpdate(sql));
        assertInstanceOf(SQLIntegrityConstraintViolationException.class, e);
        assertEquals(sqlState, e.getSQLState(), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "syntax          | SELEC 1                       | 42601",
        "no such table   | SELECT * FROM missing         | 42S02",
        "no such column  | SELECT missing FROM parent    | 42S22",
        "no such function| SELECT nosuchfunction(1)      | 42883",
        "already exists  | CREATE TABLE parent(x)        | 42S01",
        "policy          | SELECT load_extension('x')    | 42501",
    })
    void compileErrorsAreClass42(String kind, String sql, String sqlState) {
        SQLException e = assertThrows(SQLException.class, () -> statement.execute(sql));
        assertInstanceOf(SQLSyntaxErrorException.class, e);
        assertEquals(sqlState, e.getSQLState(), e.getMessage());
        assertNotEvicting(e);
    }

    /** Another process's lock (a plain sqlite-jdbc connection: nana's in-JVM write gate cannot see it). */
    @Test
    void aLockHeldTooLongByAnotherProcessIsTransient() throws SQLException {
        String file = dir.resolve("errors.db").toString();
        try (Connection otherProcess = DriverManager.getConnection("jdbc:sqlite:" + file);
             Connection nana = DriverManager.getConnection("jdbc:nana:" + file + "?busyTimeout=50");
             Statement nanaStatement = nana.createStatement()) {
            otherProcess.setAutoCommit(false);
            otherProcess.createStatement().executeUpdate("INSERT INTO parent VALUES (2, 'b')");
            SQLException e = assertThrows(SQLException.class,
                    () -> nanaStatement.executeUpdate("INSERT INTO parent VALUES (3, 'c')"));
            assertInstanceOf(SQLTransientException.class, e);
            assertEquals("40001", e.getSQLState(), e.getMessage());
            assertNotEvicting(e);
            otherProcess.rollback();
            assertEquals(1, nanaStatement.executeUpdate("INSERT INTO parent VALUES (3, 'c')"));
        }
    }

    @Test
    void storedProceduresAreRefusedWithoutEvictingTheConnection() {
        SQLException e = assertThrows(SQLException.class, () -> connection.prepareCall("{call f()}"));
        assertNotEvicting(e);
        assertEquals("HYC00", e.getSQLState());
    }
}
