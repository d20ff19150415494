package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * SQLite's date and time functions, the same assertions on both backends: on a SQLite file SQLite's own, on
 * PostgreSQL nana's functions (rule date-time). The expected values are what SQLite 3.4x answers.
 */
class SqliteDateTimeTest {
    @TempDir
    Path dir;

    private Connection open(String backend) throws SQLException {
        return DriverManager.getConnection(BothBackends.url(backend, dir));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void timeValuesAndModifiersGiveSqlitesText(String backend) throws SQLException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("date('2024-03-15 10:20:30')", "String:2024-03-15");
        cases.put("time('2024-03-15 10:20:30')", "String:10:20:30");
        cases.put("datetime('2024-03-15T10:20:30')", "String:2024-03-15 10:20:30");
        cases.put("date('2024-01-31', '+1 month')", "String:2024-03-02");
        cases.put("date('2024-02-10', 'start of month', '+1 month', '-1 day')", "String:2024-02-29");
        cases.put("date('2024-02-29', '+1 year')", "String:2025-03-01");
        cases.put("datetime('2024-03-15 23:30:00', '+2 hours')", "String:2024-03-16 01:30:00");
        cases.put("date('2024-03-15', 'weekday 0')", "String:2024-03-17");
        cases.put("datetime(1700000000, 'unixepoch')", "String:2023-11-14 22:13:20");
        cases.put("unixepoch('2024-01-01 00:00:00')", "Integer:1704067200");
        cases.put("strftime('%Y/%m/%d %H:%M:%S %j %w %W %f', '2024-03-15 10:20:30.125')",
                "String:2024/03/15 10:20:30 075 5 11 30.125");
        cases.put("julianday('2024-03-01') - julianday('2024-02-01')", "Double:29.0");
        cases.put("date(2460311.5)", "String:2024-01-02");
        cases.put("datetime('2024-03-15 10:00:00+02:00')", "String:2024-03-15 08:00:00");
        cases.put("time('10:00', '+5 hours')", "String:15:00:00");
        cases.put("date('not a date')", "null");
        cases.put("date(NULL)", "null");
        try (Connection c = open(backend)) {
            Map<String, String> actual = new LinkedHashMap<>();
            for (String expression : cases.keySet()) {
                actual.put(expression, BothBackends.value(c, expression));
            }
            assertEquals(cases, actual);
            assertEquals("String:2024-02",
                    BothBackends.value(c, "strftime('%Y-%m', ?, 'start of month')", "2024-02-17"));
            String now = BothBackends.value(c, "CURRENT_TIMESTAMP");
            assertTrue(now.matches("String:\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), now);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE log(n INTEGER, at TEXT DEFAULT CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO log(n) VALUES (1)");
            }
            assertEquals("Integer:19", BothBackends.value(c, "length(at) FROM log"));
        }
    }
}
