package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Namespaces are tables of NanaSQLite's exact shape; names are checked before any SQL runs. */
class NamespaceTest {
    @TempDir
    Path dir;

    @Test
    void aNamespaceIsATableOfNanaSqlitesExactShape() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "users")) {
            assertEquals("users", store.namespace());
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'users'")) {
                assertTrue(rows.next());
                assertEquals("CREATE TABLE \"users\" (key TEXT PRIMARY KEY, value TEXT)", rows.getString(1));
            }
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT name, type, pk FROM pragma_table_info('users') ORDER BY cid")) {
                assertTrue(rows.next());
                assertEquals(List.of("key", "TEXT", 1), List.of(rows.getString(1), rows.getString(2), rows.getInt(3)));
                assertTrue(rows.next());
                assertEquals(List.of("value", "TEXT", 0), List.of(rows.getString(1), rows.getString(2), rows.getInt(3)));
                assertFalse(rows.next());
            }
        }
    }

    @Test
    void aTableNanaSqliteWroteIsReadAsItIs() throws Exception {
        try (Connection connection = TempDatabase.open(dir)) {
            TempDatabase.execute(connection, "CREATE TABLE data (key TEXT PRIMARY KEY, value TEXT)");
            TempDatabase.writeRow(connection, "data", "u1", "{\"name\": \"Bob\", \"age\": 25}");
            TempDatabase.writeRow(connection, "data", "tags", "[\"a\", \"b\"]");
            try (KvStore store = KvStore.open(connection, "data")) {
                assertEquals(Map.of("name", "Bob", "age", 25), store.get("u1"));
                assertEquals(List.of("a", "b"), store.get("tags"));
                assertEquals(2, store.size());
            }
        }
    }

    @Test
    void twoNamespacesOnOneConnectionAreIndependent() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore users = KvStore.open(connection, "users");
             KvStore orders = KvStore.open(connection, "orders")) {
            users.put("k", "user value");
            orders.put("k", "order value");
            orders.put("only-orders", 1);
            assertEquals("user value", users.get("k"));
            assertEquals("order value", orders.get("k"));
            assertFalse(users.contains("only-orders"));
            assertEquals(1, users.size());
            assertEquals(2, orders.size());

            assertTrue(users.delete("k"));
            assertEquals("order value", orders.get("k"));
            assertEquals("\"order value\"", TempDatabase.storedJson(connection, "orders", "k"));

            orders.clear();
            users.put("after", true);
            assertEquals(0, TempDatabase.rowCount(connection, "orders"));
            assertEquals(1, TempDatabase.rowCount(connection, "users"));
            assertEquals(List.of("orders", "users"), TempDatabase.tables(connection));
        }
    }

    @Test
    void sixtyThreeCharactersAndUnderscoresAreAccepted() throws Exception {
        String longest = "_" + "a".repeat(61) + "9";
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, longest)) {
            store.put("k", 1);
            assertEquals("1", TempDatabase.storedJson(connection, longest, "k"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "1abc", "sqlite_x", "SQLITE_master", "", "a\"b", "users;DROP TABLE t", "naïve",
            "kv.users", "a-b", "x234567890123456789012345678901234567890123456789012345678901234"})
    void invalidNamesAreRefusedBeforeAnyTableIsCreated(String name) throws Exception {
        try (Connection connection = TempDatabase.open(dir)) {
            SQLException e = assertThrows(SQLException.class, () -> KvStore.open(connection, name));
            assertInvalidName(e, name);
            SQLException pooled = assertThrows(SQLException.class,
                    () -> KvStore.open(new FileDataSource(dir), name, KvOptions.defaults()));
            assertInvalidName(pooled, name);
            assertEquals(List.of(), TempDatabase.tables(connection));
        }
    }

    @Test
    void aNullNameIsAnInvalidName() throws Exception {
        try (Connection connection = TempDatabase.open(dir)) {
            SQLException e = assertThrows(SQLException.class, () -> KvStore.open(connection, null));
            assertEquals("42602", e.getSQLState());
            assertTrue(e.getMessage().startsWith("nana: "), e.getMessage());
            assertEquals(List.of(), TempDatabase.tables(connection));
        }
    }

    @Test
    void openingAnExistingNamespaceKeepsItsRows() throws Exception {
        try (Connection connection = TempDatabase.open(dir)) {
            try (KvStore store = KvStore.open(connection, "data")) {
                store.put("kept", "yes");
            }
            try (KvStore again = KvStore.open(connection, "data")) {
                assertEquals("yes", again.get("kept"));
                assertNull(again.get("other"));
            }
        }
    }

    private static void assertInvalidName(SQLException e, String name) {
        assertEquals("42602", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().startsWith("nana: "), e.getMessage());
        assertTrue(e.getMessage().contains("\"" + name + "\""), e.getMessage());
    }
}
