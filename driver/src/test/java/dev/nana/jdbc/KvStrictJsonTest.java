package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.kv.KvStore;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values SQL writes to {@code kv.<namespace>} pass nana_json: strict RFC 8259 JSON text, as the key-value API reads
 * it. SQLite's json() would take every refused literal below (JSON5, NaN, Infinity, 1e400 stored as 9e999).
 */
class KvStrictJsonTest {
    private static final String NOT_JSON = "nana: the value is not JSON text (RFC 8259): ";

    @TempDir
    Path dir;
    Connection connection;
    Statement sql;
    KvStore t;

    @BeforeEach
    void open() throws SQLException {
        connection = KvSql.open(dir.resolve("kv.db"));
        sql = connection.createStatement();
        t = connection.unwrap(NanaConnection.class).kv("t");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static void assertNotJson(SQLException e, String what) {
        assertInstanceOf(SQLDataException.class, e, what);
        assertEquals("22032", e.getSQLState(), what + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(NOT_JSON), what + ": " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'Infinity'", "'-Infinity'", "'NaN'", "'1e400'", "'-1e400'", "'{\"n\": 1e400}'",
            "'{a:1}'", "'[1,2,]'", "'0x1F'", "'''x'''", "'[1] // c'", "'1 2'", "'01'", "''", "' '", "1e999",
            "x'00'", "x'7b7d'"})
    void nonStrictJsonLiteralsAreRefusedWith22032AndWriteNothing(String literal) throws SQLException {
        t.put("before", 1);
        String insert = "INSERT INTO kv.t(key, value) VALUES ('ok', '1'), ('a', " + literal + ")";
        assertNotJson(assertThrows(SQLException.class, () -> sql.executeUpdate(insert)), literal);
        String update = "UPDATE kv.t SET value = " + literal + " WHERE key = 'before'";
        assertNotJson(assertThrows(SQLException.class, () -> sql.executeUpdate(update)), literal);
        assertEquals(List.of(List.of("before", "1")), KvSql.rows(connection, "SELECT key, value FROM kv.t"));
    }

    @Test
    void nonStrictJsonBoundAsTextIsRefusedToo() throws SQLException {
        for (String text : List.of("NaN", "Infinity", "1e400", "{a: 1}", "[1, 2, ]")) {
            // A fresh statement per failure: sqlite-jdbc finalizes a prepared statement whose step failed.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kv.t(key, value) VALUES (?, ?)")) {
                insert.setString(1, "k");
                insert.setString(2, text);
                assertNotJson(assertThrows(SQLException.class, insert::executeUpdate), text);
            }
        }
        assertEquals(0, KvSql.count(connection, "t"));
    }

    @Test
    void theRefusalDoesNotRepeatTheValue() throws SQLException {
        SQLException e = assertThrows(SQLException.class,
                () -> sql.executeUpdate("INSERT INTO kv.t(key, value) VALUES ('k', 'hunter2-is-my-password')"));
        assertNotJson(e, "unquoted text");
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void theRefusalNamesItsReason() {
        assertEquals(NOT_JSON + "a number beyond the range of a double", assertThrows(SQLException.class,
                () -> sql.executeUpdate("INSERT INTO kv.t(key, value) VALUES ('k', '[1e400]')")).getMessage());
        assertEquals(NOT_JSON + "a BLOB", assertThrows(SQLException.class,
                () -> sql.executeUpdate("INSERT INTO kv.t(key, value) VALUES ('k', x'5b5d')")).getMessage());
    }

    @Test
    void strictJsonIsStoredCompactWithNumbersAsWritten() throws SQLException {
        sql.executeUpdate("INSERT INTO kv.t(key, value) VALUES ('a', ' { \"a\" : 1 } '),"
                + " ('n', '[1.50, 1E2, -0, 1e-400]'), ('s', '\"caf\\u00e9 \\/ \\\"q\\\"\"')");
        assertEquals("{\"a\":1}", KvSql.storedJson(connection, "t", "a"));
        assertEquals(Map.of("a", 1), t.get("a"));
        assertEquals("[1.50,1E2,-0,1e-400]", KvSql.storedJson(connection, "t", "n"));
        assertEquals("\"café / \\\"q\\\"\"", KvSql.storedJson(connection, "t", "s"));
        assertEquals("café / \"q\"", t.get("s"));
    }

    @Test
    void sqlNumbersBecomeJsonNumbersAndNullStaysNull() throws SQLException {
        sql.executeUpdate("INSERT INTO kv.t(key, value) VALUES ('i', 42), ('r', 4.5), ('big', 1e300),"
                + " ('text', '123456789012345678901234567890'), ('null', NULL)");
        assertEquals(List.of(List.of("big", "1.0E300", "text"), List.of("i", "42", "text"),
                        Arrays.asList("null", null, "null"), List.of("r", "4.5", "text"),
                        List.of("text", "123456789012345678901234567890", "text")),
                KvSql.rows(connection, "SELECT key, value, typeof(value) FROM kv.t ORDER BY key"));
        assertEquals(42, t.get("i"));
        assertEquals(4.5, t.get("r"));
        assertEquals(new BigInteger("123456789012345678901234567890"), t.get("text"));
        assertTrue(t.contains("null"));
    }

    @Test
    void jsonSetStillUpdatesAValue() throws SQLException {
        t.put("a", Map.of("a", 1));
        assertEquals(1, sql.executeUpdate("UPDATE kv.t SET value = json_set(value, '$.b', 2) WHERE key = 'a'"));
        assertEquals("{\"a\":1,\"b\":2}", KvSql.storedJson(connection, "t", "a"));
        assertEquals(Map.of("a", 1, "b", 2), t.getFresh("a"));
    }

    /**
     * Trigger bodies are stored in the file, so they keep SQLite's json(): malformed text is still refused, and
     * plain SQLite (NanaSQLite, the sqlite3 shell) can run the trigger, which a nana-only function would break.
     */
    @Test
    void aTriggerWritingANamespaceStaysRunnableByPlainSqlite() throws SQLException {
        sql.execute("CREATE TABLE people(id TEXT PRIMARY KEY, doc TEXT)");
        sql.execute("CREATE TRIGGER people_t AFTER INSERT ON people BEGIN"
                + " INSERT INTO kv.t(key, value) VALUES (new.id, new.doc); END");
        sql.executeUpdate("INSERT INTO people(id, doc) VALUES ('p1', '[ 1 ]')");
        assertEquals("[1]", KvSql.storedJson(connection, "t", "p1"));
        SQLException malformed = assertThrows(SQLException.class,
                () -> sql.executeUpdate("INSERT INTO people(id, doc) VALUES ('p2', 'not json')"));
        assertTrue(malformed.getMessage().contains("malformed JSON"), malformed.getMessage());
        assertEquals(List.of(List.of("p1")), KvSql.rows(connection, "SELECT id FROM people"));
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kv.db"));
             Statement statement = plain.createStatement()) {
            statement.executeUpdate("INSERT INTO people(id, doc) VALUES ('p3', '{\"a\": 2}')");
        }
        assertEquals("{\"a\":2}", KvSql.storedJson(connection, "t", "p3"));
    }
}
