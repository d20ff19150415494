package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQLite's scalar functions that PostgreSQL lacks or answers otherwise, the same assertions on both backends (rule
 * string-functions on PostgreSQL). The expected values are SQLite's.
 */
class SqliteStringFunctionsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void scalarFunctionsAnswerAsSqlite(String backend) throws SQLException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("substr('hello', -3)", "String:llo");
        cases.put("substr('hello', -3, 2)", "String:ll");
        cases.put("substr('hello', 4, -2)", "String:el");
        cases.put("substr('hello', 0, 2)", "String:h");
        cases.put("length(12345)", "Integer:5");
        cases.put("length('ナナ')", "Integer:2");
        cases.put("hex('abc')", "String:616263");
        cases.put("hex(255)", "String:323535");
        cases.put("quote('it''s')", "String:'it''s'");
        cases.put("quote(12)", "String:12");
        cases.put("quote(NULL)", "String:NULL");
        cases.put("instr('hello', 'l')", "Integer:3");
        cases.put("instr('hello', 'z')", "Integer:0");
        cases.put("trim(12)", "String:12");
        cases.put("char(72, 105)", "String:Hi");
        cases.put("unicode('A')", "Integer:65");
        cases.put("length(zeroblob(4))", "Integer:4");
        cases.put("typeof(random())", "String:integer");
        cases.put("likelihood(5, 0.5)", "Integer:5");
        cases.put("printf('%d items at %.2f', 3, 1.5)", "String:3 items at 1.50");
        cases.put("printf('[%5s|%-5s]', 'ab', 'cd')", "String:[   ab|cd   ]");
        cases.put("format('%s-%05d', 'x', -42)", "String:x--0042");
        cases.put("printf('%x %X %,d %.3s %c %%', 255, 255, 1234567, 'abcdef', 'xyz')",
                "String:ff FF 1,234,567 abc x %");
        try (Connection c = DriverManager.getConnection(BothBackends.url(backend, dir))) {
            Map<String, String> actual = new LinkedHashMap<>();
            for (String expression : cases.keySet()) {
                actual.put(expression, BothBackends.value(c, expression));
            }
            assertEquals(cases, actual);
            assertEquals("String:12", BothBackends.value(c, "quote(?)", 12));
            assertEquals("String:'12'", BothBackends.value(c, "quote(?)", "12"));
        }
    }
}
