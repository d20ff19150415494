package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SQLite's JSON functions that give JSON text or words about it, on both backends (rule json-functions). */
class SqliteJsonTextTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void jsonTextIsMinifiedInKeyOrderAndNestsAsJson(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            assertEquals("String:{\"b\":1,\"a\":[1,\"x y\"]}",
                    BothBackends.value(c, "json(' { \"b\" : 1, \"a\" : [1, \"x y\"] } ')"));
            assertEquals("String:{\"a\":1,\"b\":[1,\"two\",null]}",
                    BothBackends.value(c, "json_object('a', 1, 'b', json_array(1, 'two', NULL))"));
            assertEquals("String:\"a\\\"b\"", BothBackends.value(c, "json_quote(?)", "a\"b"));
            assertEquals("String:{\"c\":2}", BothBackends.value(c, "'{\"a\": {\"c\": 2}}' -> '$.a'"));
            assertEquals("String:\"x\"", BothBackends.value(c, "'{\"k\": \"x\"}' -> 'k'"));
            assertEquals("null", BothBackends.value(c, "'{\"k\": 1}' -> '$.missing'"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void validityTypesLengthsAndAggregates(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            assertEquals("Integer:1", BothBackends.value(c, "json_valid('{\"a\": 1}')"));
            assertEquals("Integer:0", BothBackends.value(c, "json_valid('{bad')"));
            assertEquals("String:real", BothBackends.value(c, "json_type('{\"a\": [1.5]}', '$.a[0]')"));
            assertEquals("String:true", BothBackends.value(c, "json_type('true')"));
            assertEquals("Integer:2", BothBackends.value(c, "json_array_length('{\"a\": [1, 2]}', '$.a')"));
            assertThrows(SQLException.class, () -> BothBackends.value(c, "json('{bad')"));
            BothBackends.run(c, "CREATE TABLE t(k TEXT, v INTEGER)", "INSERT INTO t VALUES ('a', 1), ('b', 2)");
            assertEquals(List.of("String:[1,2] String:{\"a\":1,\"b\":2}"),
                    BothBackends.rows(c, "SELECT json_group_array(v), json_group_object(k, v) FROM t"));
        }
    }
}
