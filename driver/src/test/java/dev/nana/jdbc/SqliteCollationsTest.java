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

/** COLLATE NOCASE and BINARY, and SQLite's ASCII-only upper and lower, on both backends. */
class SqliteCollationsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aNocaseColumnComparesGroupsOrdersAndStaysUniqueWithoutRegardToCase(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            BothBackends.run(c, "CREATE TABLE t(name TEXT COLLATE NOCASE UNIQUE, code TEXT)",
                    "INSERT INTO t VALUES ('Bob', 'b'), ('alice', 'a'), ('Carol', 'C')");
            SQLException duplicate = assertThrows(SQLException.class,
                    () -> BothBackends.run(c, "INSERT INTO t VALUES ('BOB', 'x')"));
            assertEquals("23505", duplicate.getSQLState());
            assertEquals(List.of("String:Bob"), BothBackends.rows(c, "SELECT name FROM t WHERE name = 'bOB'"));
            assertEquals(List.of("String:alice", "String:Bob", "String:Carol"),
                    BothBackends.rows(c, "SELECT name FROM t ORDER BY name"));
            assertEquals(List.of("String:a", "String:b", "String:C"),
                    BothBackends.rows(c, "SELECT code FROM t ORDER BY code COLLATE NOCASE"));
            assertEquals(List.of("String:C", "String:a", "String:b"),
                    BothBackends.rows(c, "SELECT code FROM t ORDER BY code COLLATE BINARY"));
            assertEquals(List.of("Integer:1"), BothBackends.rows(c, "SELECT count(*) FROM t WHERE name LIKE 'b%'"));
            assertEquals(List.of("Integer:1"), BothBackends.rows(c, "SELECT count(*) FROM t WHERE name GLOB 'B*'"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void upperAndLowerChangeAsciiLettersOnly(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            assertEquals(List.of("String:äBC String:Äbc String:12"),
                    BothBackends.rows(c, "SELECT upper('äbc'), lower('ÄBC'), upper(12)"));
        }
    }
}
