package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.kv.KvStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kv.<namespace>} from plain SQL: the namespace's table, values checked and stored as the API's JSON. */
class KvSqlSurfaceTest {
    private static final String INSERT = "INSERT INTO kv.users(key, value) VALUES (?, ?)";

    record Profile(String name, int age, List<String> tags) {
    }

    @TempDir
    Path dir;
    Connection connection;
    Statement sql;
    KvStore users;

    @BeforeEach
    void open() throws SQLException {
        connection = KvSql.open(dir.resolve("kv.db"));
        sql = connection.createStatement();
        users = connection.unwrap(NanaConnection.class).kv("users");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private void insertUsers() throws SQLException {
        sql.executeUpdate("INSERT INTO kv.users(key, value) VALUES ('u1', '{\"name\": \"Bob\", \"age\": 25}'),"
                + " ('u2', '{\"name\": \"Carol\", \"age\": 41}'), ('x1', '{\"name\": \"Xena\", \"age\": 33}')");
    }

    @Test
    void selectReadsKeysAndValuesAsJsonText() throws SQLException {
        insertUsers();
        assertEquals(List.of(List.of("u1", "{\"name\":\"Bob\",\"age\":25}"), List.of("u2", "{\"name\":\"Carol\",\"age\":41}")),
                KvSql.rows(connection, "SELECT key, value FROM kv.users WHERE key LIKE 'u%' ORDER BY key"));
        assertEquals(Map.of("name", "Xena", "age", 33), users.get("x1"));
    }

    @Test
    void insertWithParameters() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, "u1");
            insert.setString(2, "{\"name\": \"Bob\", \"tags\": [1, 2]}");
            assertEquals(1, insert.executeUpdate());
            insert.setString(1, "u2");
            insert.setString(2, "\"Carol\"");
            assertEquals(1, insert.executeUpdate());
        }
        assertEquals("{\"name\":\"Bob\",\"tags\":[1,2]}", KvSql.storedJson(connection, "users", "u1"));
        assertEquals(Map.of("name", "Bob", "tags", List.of(1, 2)), users.get("u1"));
        assertEquals("Carol", users.get("u2"));
    }

    @Test
    void preparedStatementsOnANamespaceNothingHasCreatedYet() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kv.fresh(key, value) VALUES (?, ?)")) {
            insert.setString(1, "k");
            insert.setString(2, "{\"n\": [1, 2]}");
            assertEquals(1, insert.executeUpdate());
        }
        assertEquals(List.of(List.of("k", "{\"n\":[1,2]}")), KvSql.rows(connection, "SELECT key, value FROM kv.fresh"));
        assertEquals(List.of(), KvSql.rows(connection, "SELECT key, value FROM kv.other WHERE key = ?", "k"));
    }

    @Test
    void insertOrReplaceAndReplaceIntoOverwriteTheValue() throws SQLException {
        sql.executeUpdate("INSERT INTO kv.users VALUES ('u1', '1')");
        assertEquals(1, users.get("u1"));
        sql.executeUpdate("INSERT OR REPLACE INTO kv.users(key, value) VALUES ('u1', '{\"v\": 2}')");
        assertEquals(Map.of("v", 2), users.get("u1"));
        sql.executeUpdate("REPLACE INTO kv.users(key, value) VALUES ('u1', '[3, \"three\"]')");
        assertEquals(List.of(3, "three"), users.get("u1"));
        assertEquals(1, KvSql.count(connection, "users"));
    }

    @Test
    void updateWithJsonSetChangesOneField() throws SQLException {
        insertUsers();
        assertEquals(Map.of("name", "Bob", "age", 25), users.get("u1"));
        assertEquals(1, sql.executeUpdate("UPDATE kv.users SET value = json_set(value, '$.age', 26) WHERE key = 'u1'"));
        assertEquals("{\"name\":\"Bob\",\"age\":26}", KvSql.storedJson(connection, "users", "u1"));
        assertEquals(Map.of("name", "Bob", "age", 26), users.get("u1"));
    }

    @Test
    void deleteRemovesTheRow() throws SQLException {
        insertUsers();
        assertTrue(users.contains("u1"));
        assertEquals(1, sql.executeUpdate("DELETE FROM kv.users WHERE key = 'u1'"));
        assertFalse(users.contains("u1"));
        assertEquals(2, users.size());
    }

    @Test
    void jsonExtractWorksInWhereAndInSelect() throws SQLException {
        insertUsers();
        assertEquals(List.of(List.of("u2", "Carol"), List.of("x1", "Xena")), KvSql.rows(connection,
                "SELECT key, json_extract(value, '$.name') FROM kv.users WHERE json_extract(value, '$.age') > 30"
                        + " ORDER BY key"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT key FROM kv.users WHERE json_extract(value, '$.name') = ?")) {
            select.setString(1, "Bob");
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                assertEquals("u1", rows.getString(1));
                assertFalse(rows.next());
            }
        }
    }

    @Test
    void javaValuesBoundToValueAreStoredAsTheApiStoresThem() throws SQLException {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("name", "Ann");
        nested.put("scores", List.of(1, 2.5, -3));
        nested.put("address", Map.of("city", "Kyoto"));
        nested.put("none", null);
        List<Object> values = List.of(nested, Arrays.asList(1, "two", 3.5, true, null),
                new Profile("Ann", 31, List.of("admin", "dev")), Boolean.TRUE, Boolean.FALSE, 42, 9_007_199_254_740_993L,
                2.5, 1.0, 1e300, Map.of("text", "日本語 ✓ \"quoted\""));
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            users.put("api" + i, value);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, "sql" + i);
                insert.setObject(2, value);
                insert.executeUpdate();
            }
            assertEquals(KvSql.storedJson(connection, "users", "api" + i),
                    KvSql.storedJson(connection, "users", "sql" + i), "value " + value);
            assertEquals(users.get("api" + i), users.get("sql" + i), "value " + value);
        }
        assertEquals(new Profile("Ann", 31, List.of("admin", "dev")), users.get("sql2", Profile.class));
    }

    @Test
    void everySetObjectAndSetBooleanFormBindsJson() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, "typed");
            insert.setObject(2, Map.of("a", 1), Types.JAVA_OBJECT);
            insert.executeUpdate();
            insert.setString(1, "scaled");
            insert.setObject(2, List.of(1), Types.OTHER, 0);
            insert.executeUpdate();
            insert.setString(1, "boolean");
            insert.setBoolean(2, false);
            insert.executeUpdate();
            insert.setString(1, "int");
            insert.setInt(2, 7);
            insert.executeUpdate();
            insert.setString(1, "null");
            insert.setObject(2, null);
            insert.executeUpdate();
        }
        assertEquals("{\"a\":1}", KvSql.storedJson(connection, "users", "typed"));
        assertEquals("[1]", KvSql.storedJson(connection, "users", "scaled"));
        assertEquals("false", KvSql.storedJson(connection, "users", "boolean"));
        assertEquals(Boolean.FALSE, users.get("boolean"));
        assertEquals(7, users.get("int"));
        assertTrue(users.contains("null"));
        assertNull(users.get("null"));
    }

    @Test
    void aStringBoundToValueIsJsonTextAndMalformedJsonWritesNothing() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, "object");
            insert.setObject(2, "{\"a\": [true, null]}");
            insert.executeUpdate();
            insert.setString(1, "text");
            insert.setString(2, "\"plain\"");
            insert.executeUpdate();
        }
        // A fresh statement per failure: sqlite-jdbc finalizes a prepared statement whose step failed.
        for (String malformed : List.of("not json", "{\"a\": ", "")) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, "bad");
                insert.setObject(2, malformed);
                assertThrows(SQLException.class, insert::executeUpdate, malformed);
            }
        }
        assertEquals(Arrays.asList(true, null), ((Map<?, ?>) users.get("object")).get("a"));
        assertEquals("plain", users.get("text"));
        assertFalse(users.contains("bad"));
        assertEquals(2, KvSql.count(connection, "users"));
        SQLException literal = assertThrows(SQLException.class,
                () -> sql.executeUpdate("UPDATE kv.users SET value = 'oops' WHERE key = 'text'"));
        assertTrue(literal.getMessage().contains("JSON"), literal.getMessage());
        assertEquals("\"plain\"", KvSql.storedJson(connection, "users", "text"));
    }

    @Test
    void nonFiniteNumbersAreRefusedWith22023AndNothingIsWritten() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, "nan");
            SQLException nan = assertThrows(SQLException.class, () -> insert.setDouble(2, Double.NaN));
            assertEquals("22023", nan.getSQLState(), nan.getMessage());
            assertTrue(nan.getMessage().startsWith("nana: "), nan.getMessage());
            assertEquals("22023", assertThrows(SQLException.class,
                    () -> insert.setFloat(2, Float.POSITIVE_INFINITY)).getSQLState());
            assertEquals("22023", assertThrows(SQLException.class,
                    () -> insert.setObject(2, List.of(1.0, Double.NEGATIVE_INFINITY))).getSQLState());
        }
        assertEquals(0, KvSql.count(connection, "users"));
    }

    @Test
    void nonFiniteNumbersInJsonTextAreRefusedToo() throws SQLException {
        for (String text : List.of("Infinity", "-Infinity", "NaN", "1e400", "{\"n\": Infinity}")) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, "k");
                insert.setString(2, text);
                assertThrows(SQLException.class, insert::executeUpdate, text);
            }
            assertFalse(users.contains("k"), text);
        }
    }

    @Test
    void bytesAreStoredAsABase64JsonString() throws SQLException {
        byte[] bytes = {0, 1, 2, (byte) 0xff, (byte) 0x80};
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, "b");
            insert.setBytes(2, bytes);
            insert.executeUpdate();
        }
        assertEquals("\"AAEC/4A=\"", KvSql.storedJson(connection, "users", "b"));
        assertArrayEquals(bytes, users.get("b", byte[].class));
        users.put("api", bytes);
        assertEquals("\"AAEC/4A=\"", KvSql.storedJson(connection, "users", "api"));
    }

    @Test
    void theSchemaNameIsAProperty() throws SQLException {
        try (Connection custom = DriverManager.getConnection("jdbc:nana:" + dir.resolve("custom.db") + "?kvSchema=store");
             Statement statement = custom.createStatement()) {
            statement.executeUpdate("INSERT INTO store.users(key, value) VALUES ('u1', '{\"n\": 1}')");
            assertEquals(Map.of("n", 1), custom.unwrap(NanaConnection.class).kv("users").get("u1"));
            assertEquals(List.of(List.of("u1", "1")),
                    KvSql.rows(custom, "SELECT key, json_extract(value, '$.n') FROM store.users"));
            SQLException unknown = assertThrows(SQLException.class,
                    () -> statement.executeQuery("SELECT key FROM kv.users"));
            assertEquals("42S02", unknown.getSQLState(), unknown.getMessage());
            assertTrue(unknown.getMessage().contains("kv.users"), unknown.getMessage());
            assertThrows(SQLException.class,
                    () -> statement.executeUpdate("INSERT INTO store.users(key, value) VALUES ('u2', 'not json')"));
            assertEquals(1, KvSql.count(custom, "users"));
        }
    }

    @Test
    void aNamespaceNamedOnlyInASelectIsCreatedEmptyInNanaSqlitesShape() throws SQLException {
        assertFalse(KvSql.tableExists(connection, "fresh"));
        try (ResultSet rows = sql.executeQuery("SELECT key, value FROM kv.fresh WHERE key LIKE 'u%'")) {
            assertFalse(rows.next());
        }
        assertTrue(KvSql.tableExists(connection, "fresh"));
        assertEquals(List.of(List.of("key", "TEXT", "1"), List.of("value", "TEXT", "0")),
                KvSql.rows(connection, "SELECT name, type, pk FROM pragma_table_info('fresh') ORDER BY cid"));
    }

    @Test
    void aBadNamespaceNameIsRefusedWith42602AndCreatesNothing() throws SQLException {
        for (String bad : List.of("SELECT key FROM kv.\"a b\"", "INSERT INTO kv.\"a b\"(key, value) VALUES ('k', '1')",
                "SELECT key FROM kv.sqlite_stuff", "SELECT key FROM kv.\"1abc\"")) {
            SQLException e = assertThrows(SQLException.class, () -> sql.execute(bad), bad);
            assertEquals("42602", e.getSQLState(), bad + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith("nana: "), e.getMessage());
        }
        assertEquals("42602", assertThrows(SQLException.class,
                () -> connection.prepareStatement("SELECT value FROM kv.\"a b\" WHERE key = ?")).getSQLState());
        assertEquals("42602", assertThrows(SQLException.class,
                () -> connection.unwrap(NanaConnection.class).kv("a b")).getSQLState());
        assertEquals(List.of(List.of("users")),
                KvSql.rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"));
    }

    @Test
    void thePolicyAppliesToKeyValueSql() throws SQLException {
        SQLException select = assertThrows(SQLException.class,
                () -> sql.executeQuery("SELECT load_extension('x') FROM kv.users"));
        assertEquals("42501", select.getSQLState(), select.getMessage());
        assertEquals("42501", assertThrows(SQLException.class,
                () -> connection.prepareStatement("SELECT load_extension(?) FROM kv.users")).getSQLState());
        SQLException insert = assertThrows(SQLException.class,
                () -> sql.executeUpdate("INSERT INTO kv.users(key, value) VALUES ('k', load_extension('x'))"));
        assertEquals("42501", insert.getSQLState(), insert.getMessage());
        assertEquals(0, KvSql.count(connection, "users"));
    }

    @Test
    void misuseOfANamespaceIsRefusedWith42000AndChangesNothing() throws SQLException {
        users.put("u1", 1);
        for (String misuse : List.of("DROP TABLE kv.users", "ALTER TABLE kv.users ADD COLUMN extra TEXT",
"INSERT INTO kv.users(key, value) SELECT 'u2', '2'",
                "INSERT INTO kv.users DEFAULT VALUES", "SELECT kv.key FROM kv.users AS kv")) {
            SQLException e = assertThrows(SQLException.class, () -> sql.execute(misuse), misuse);
            assertEquals("42000", e.getSQLState(), misuse + ": " + e.getMessage());
        }
        assertEquals(List.of(List.of("u1", "1")), KvSql.rows(connection, "SELECT key, value FROM kv.users"));
        assertEquals(List.of(List.of("key", "TEXT", "1"), List.of("value", "TEXT", "0")),
                KvSql.rows(connection, "SELECT name, type, pk FROM pragma_table_info('users') ORDER BY cid"));
    }
}
