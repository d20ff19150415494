package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CAST by SQLite's affinity rules, and round and sign, on both backends (rule casts on PostgreSQL). */
class SqliteCastsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void castsConvertAsSqliteDoes(String backend) throws SQLException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("CAST(3.7 AS INTEGER)", "Integer:3");
        expected.put("CAST(-3.7 AS INT)", "Integer:-3");
        expected.put("CAST(1e30 AS BIGINT)", "Long:9223372036854775807");
        expected.put("CAST('12abc' AS INTEGER)", "Integer:12");
        expected.put("CAST(' -7.9' AS INTEGER)", "Integer:-7");
        expected.put("CAST('abc' AS INTEGER)", "Integer:0");
        expected.put("CAST(NULL AS INTEGER)", "null");
        expected.put("CAST('2.5x' AS REAL)", "Double:2.5");
        expected.put("CAST(2 AS DOUBLE)", "Double:2.0");
        expected.put("CAST('3.0' AS NUMERIC)", "Integer:3");
        expected.put("CAST('3.5' AS DECIMAL(10, 2))", "Double:3.5");
        expected.put("length(CAST('ab' AS BLOB))", "Integer:2");
        expected.put("typeof(CAST('ab' AS BLOB))", "String:blob");
        expected.put("round(2.5)", "Double:3.0");
        expected.put("round(-2.5)", "Double:-3.0");
        expected.put("round(2.345, 2)", "Double:2.35");
        expected.put("sign(-3)", "Integer:-1");
        expected.put("sign(2.5)", "Integer:1");
        try (Connection c = BothBackends.open(backend, dir)) {
            for (Map.Entry<String, String> cast : expected.entrySet()) {
                assertEquals(cast.getValue(), BothBackends.value(c, cast.getKey()), cast.getKey());
            }
            assertEquals("Integer:7", BothBackends.value(c, "CAST(? AS INTEGER)", "7.9"));
            assertEquals("Integer:7", BothBackends.value(c, "CAST(? AS INTEGER)", 7.9));
        }
    }
}
