package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CAST by SQLite's affinity rules, round and sign, values written as text and sums, on both backends (rules casts,
 * concatenation, group-concat and integer-sum on PostgreSQL).
 */
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
        expected.put("CAST(2.0 AS TEXT)", "String:2.0");
        expected.put("CAST(1e20 AS VARCHAR(5))", "String:1.0e+20");
        expected.put("CAST(0.1 + 0.2 AS TEXT)", "String:0.30000000000000004");
        expected.put("CAST(1e15 AS TEXT)", "String:1000000000000000.0");
        expected.put("CAST(-1.5e-7 AS TEXT)", "String:-1.5e-07");
        expected.put("CAST(123456789012.5 AS TEXT)", "String:123456789012.5");
        expected.put("CAST(x'414243' AS TEXT)", "String:ABC");
        expected.put("CAST(42 AS TEXT)", "String:42");
        expected.put("'n=' || 2.0 || x'41' || NULL", "null");
        expected.put("'n=' || 2.0 || x'41'", "String:n=2.0A");
        expected.put("typeof(x'41' || x'42')", "String:text");
        expected.put("-1.5 || '|' || (1 < 2)", "String:-1.5|1");
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

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aggregatesWriteAndSumAsSqliteDoes(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            BothBackends.run(c, "CREATE TABLE t(id INTEGER PRIMARY KEY, r REAL, n INTEGER)",
                    "INSERT INTO t(r, n) VALUES (1.5, 9223372036854775807), (2, 1), (1e20, NULL)");
            assertEquals(List.of("String:1.5,2.0,1.0e+20 Double:1.0E20"),
                    BothBackends.rows(c, "SELECT group_concat(r), sum(r) FROM t"));
            assertEquals(List.of("Long:9223372036854775807"), BothBackends.rows(c, "SELECT sum(n) FROM t WHERE id = 1"));
            SQLException overflow = assertThrows(SQLException.class, () -> BothBackends.rows(c, "SELECT sum(n) FROM t"));
            assertTrue(overflow.getMessage().contains("integer overflow"), overflow.getMessage());
        }
    }
}
