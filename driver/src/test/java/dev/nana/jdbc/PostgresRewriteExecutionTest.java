package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQLite-dialect statements whose rewrite moves or repeats parameters, run through jdbc:nana:postgresql: on a real
 * server: each application parameter reaches every place the rewritten text has for it.
 */
class PostgresRewriteExecutionTest {
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:nana:" + TestPostgres.newDatabaseUrl().substring(5));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (id int8, name text)");
            s.execute("INSERT INTO t VALUES (1, 'a'), (2, NULL), (3, 'c'), (4, 'd')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static List<String> column(PreparedStatement statement) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Object value = rows.getObject(1);
                values.add(value == null ? "null" : value.getClass().getSimpleName() + ":" + value);
            }
        }
        return values;
    }

    @Test
    void limitWithACommaTakesTheOffsetFirstAsSqliteDoes() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM t ORDER BY id LIMIT ?, ?")) {
            select.setInt(1, 1);
            select.setInt(2, 2);
            assertEquals(List.of("Integer:2", "Integer:3"), column(select));
        }
    }

    @Test
    void aNamedParameterUsedTwiceIsBoundOnce() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM t WHERE id = :n OR id = :n + 2 ORDER BY id")) {
            select.setInt(1, 1);
            assertEquals(List.of("Integer:1", "Integer:3"), column(select));
        }
    }

    @Test
    void nullsSortFirstAndIsComparesNulls() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM t ORDER BY name")) {
            assertEquals(List.of("null", "String:a", "String:c", "String:d"), column(select));
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM t WHERE name IS ?")) {
            select.setString(1, null);
            assertEquals(List.of("Integer:2"), column(select));
        }
    }

    @Test
    void aStreamCannotFillTwoPlaces() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM t WHERE name = :s OR name = :s")) {
            SQLException e = assertThrows(SQLException.class,
                    () -> select.setBinaryStream(1, new ByteArrayInputStream(new byte[] {1})));
            assertEquals("22023", e.getSQLState());
            assertTrue(e.getMessage().startsWith("nana: parameter 1 is used 2 times"), e.getMessage());
        }
    }

    @Test
    void anIndexOutOfRangeIsRefused() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM t LIMIT ?, ?")) {
            assertEquals("07009", assertThrows(SQLException.class, () -> select.setInt(3, 1)).getSQLState());
        }
    }
}
