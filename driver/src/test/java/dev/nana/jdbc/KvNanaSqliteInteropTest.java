package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nana.kv.KvStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written by NanaSQLite (the shared vectors) read through jdbc:nana:, and files nana writes still in NanaSQLite's
 * format: the same tables, JSON text values that any JSON parser reads. The shared file is only ever copied.
 */
class KvNanaSqliteInteropTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record User(String name, int age) {
    }

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void copyTheVector() throws IOException {
        file = NanaSqliteVectors.copy("plain.db", dir);
    }

    @Test
    void everyExpectedValueReadsBackEqual() throws Exception {
        Map<String, Object> expected = NanaSqliteVectors.expectedValues();
        try (Connection connection = KvSql.open(file)) {
            KvStore data = connection.unwrap(NanaConnection.class).kv();
            for (Map.Entry<String, Object> entry : expected.entrySet()) {
                assertTrue(data.contains(entry.getKey()), entry.getKey());
                assertEquals(entry.getValue(), data.get(entry.getKey()), entry.getKey());
            }
            assertEquals(expected, data.toMap());
            assertInstanceOf(Integer.class, data.get("number"));
            assertInstanceOf(Double.class, data.get("pi"));
            assertNull(data.get("nothing"));
            assertEquals("", data.get("empty"));
            assertEquals("日本語テキスト ✓", data.get("unicode"));

            KvStore users = connection.unwrap(NanaConnection.class).kv("users");
            assertEquals(Map.of("name", "Bob", "age", 25), users.get("u1"));
            assertEquals(Map.of("name", "Carol", "age", 41), users.get("u2"));
            assertEquals(new User("Carol", 41), users.get("u2", User.class));
            assertEquals(2, users.size());
            assertEquals(List.of(List.of("u2")),
                    KvSql.rows(connection, "SELECT key FROM kv.users WHERE json_extract(value, '$.age') > 30"));
        }
    }

    @Test
    void whatNanaWritesStaysInNanaSqlitesFormat() throws Exception {
        String dataTableSql;
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            dataTableSql = KvSql.one(plain, "SELECT sql FROM sqlite_master WHERE name = 'data'");
        }
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("user", "u1");
        order.put("items", List.of(Map.of("sku", "A-1", "qty", 2)));
        order.put("total", 12.5);
        order.put("note", "配達 ✓");
        order.put("gift", null);
        try (Connection connection = KvSql.open(file)) {
            NanaConnection nana = connection.unwrap(NanaConnection.class);
            nana.kv().put("number", 43);
            nana.kv().put("written_by_nana", List.of(true, "x", 7));
            nana.kv("users").put("u3", new User("Dan", 52));
            nana.kv("orders").put("o1", order);
            connection.createStatement().executeUpdate(
                    "INSERT INTO kv.orders(key, value) VALUES ('o2', '{\"user\": \"u2\", \"total\": 3}')");
        }

        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(List.of(List.of("index", "sqlite_autoindex_data_1"), List.of("index", "sqlite_autoindex_orders_1"),
                            List.of("index", "sqlite_autoindex_users_1"), List.of("table", "data"),
                            List.of("table", "orders"), List.of("table", "users")),
                    KvSql.rows(plain, "SELECT type, name FROM sqlite_master ORDER BY type, name"),
                    "nana adds no tables of its own");
            assertEquals(dataTableSql, KvSql.one(plain, "SELECT sql FROM sqlite_master WHERE name = 'data'"));
            for (String table : List.of("data", "users", "orders")) {
                assertEquals(List.of(List.of("key", "TEXT", "1"), List.of("value", "TEXT", "0")),
                        KvSql.rows(plain, "SELECT name, type, pk FROM pragma_table_info('" + table + "') ORDER BY cid"),
                        table);
                assertEquals(List.of(List.of("text", "text")), KvSql.rows(plain,
                        "SELECT DISTINCT typeof(key), typeof(value) FROM \"" + table + "\""), table);
            }
            assertEquals("0", KvSql.one(plain, "PRAGMA user_version"));
            assertEquals("[1, 2, 3, \"four\"]", KvSql.storedJson(plain, "data", "list"), "rows nana did not write");

            assertEquals(43, parsed(plain, "data", "number"));
            assertEquals(List.of(true, "x", 7), parsed(plain, "data", "written_by_nana"));
            assertEquals(Map.of("name", "Dan", "age", 52), parsed(plain, "users", "u3"));
            assertEquals(order, parsed(plain, "orders", "o1"));
            assertEquals(Map.of("user", "u2", "total", 3), parsed(plain, "orders", "o2"));
            assertEquals(NanaSqliteVectors.expectedValues().keySet().size() + 1, allParsed(plain, "data").size());
        }
    }

    /** A stored value as a JSON parser other than nana's codec reads it. */
    private static Object parsed(Connection plain, String table, String key) throws SQLException, IOException {
        return JSON.readValue(KvSql.storedJson(plain, table, key), Object.class);
    }

    /** Every value of the table parsed, so that a single non-JSON value fails. */
    private static List<Object> allParsed(Connection plain, String table) throws SQLException, IOException {
        List<Object> values = new ArrayList<>();
        for (List<String> row : KvSql.rows(plain, "SELECT value FROM \"" + table + "\"")) {
            values.add(JSON.readValue(row.get(0), Object.class));
        }
        return values;
    }
}
