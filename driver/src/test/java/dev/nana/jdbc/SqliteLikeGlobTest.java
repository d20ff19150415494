package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LIKE and GLOB, the same assertions on both backends: on a SQLite file SQLite's own, on PostgreSQL nana's operator
 * and patterns (rule like-glob). The expected values are SQLite's.
 */
class SqliteLikeGlobTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void likeFoldsAsciiOnlyAndGlobIsCaseSensitive(String backend) throws SQLException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("'Hello' LIKE 'hello'", "Integer:1");
        cases.put("'Ä' LIKE 'ä'", "Integer:0");
        cases.put("'abc' LIKE 'a_c'", "Integer:1");
        cases.put("'abc' NOT LIKE 'A%'", "Integer:0");
        cases.put("'a\\b' LIKE 'a\\b'", "Integer:1");
        cases.put("'10%' LIKE '10!%' ESCAPE '!'", "Integer:1");
        cases.put("'105' LIKE '10!%' ESCAPE '!'", "Integer:0");
        cases.put("'a' LIKE NULL", "null");
        cases.put("like('a%', 'ABC')", "Integer:1");
        cases.put("'abcdef' GLOB 'abc*'", "Integer:1");
        cases.put("'ABC' GLOB 'abc'", "Integer:0");
        cases.put("'b7' GLOB '[a-c][0-9]'", "Integer:1");
        cases.put("'x' GLOB '[^abc]'", "Integer:1");
        cases.put("'a.c' GLOB 'a.c'", "Integer:1");
        cases.put("'abc' GLOB 'a.c'", "Integer:0");
        cases.put("glob('a*', 'abc')", "Integer:1");
        try (Connection c = DriverManager.getConnection(BothBackends.url(backend, dir))) {
            Map<String, String> actual = new LinkedHashMap<>();
            for (String expression : cases.keySet()) {
                actual.put(expression, BothBackends.value(c, expression));
            }
            assertEquals(cases, actual);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(name TEXT, n INTEGER)");
                s.execute("INSERT INTO t VALUES ('Alice', 123), ('bob', 456), ('ALBERT', 789)");
            }
            assertEquals("Integer:2", BothBackends.value(c, "count(*) FROM t WHERE name LIKE ?", "al%"));
            assertEquals("Integer:123", BothBackends.value(c, "n FROM t WHERE n LIKE '1%'"));
            assertEquals("String:Alice", BothBackends.value(c, "name FROM t WHERE name GLOB 'A*e'"));
        }
    }
}
