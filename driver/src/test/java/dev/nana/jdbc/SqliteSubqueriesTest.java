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

/** Subqueries as SQLite reads them, on both backends: a value takes the first row, tables need no alias. */
class SqliteSubqueriesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aSubqueryUsedAsAValueGivesItsFirstRow(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            BothBackends.run(c, "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)",
                    "INSERT INTO t VALUES (1, 'b'), (2, 'a'), (3, 'c')",
                    "CREATE TABLE u(n TEXT)", "INSERT INTO u VALUES ('x')",
                    "UPDATE u SET n = (SELECT name FROM t ORDER BY name DESC)");
            assertEquals(List.of("String:a String:c"), BothBackends.rows(c,
                    "SELECT (SELECT name FROM t ORDER BY name), n FROM u"));
            assertEquals(List.of("Integer:3"), BothBackends.rows(c,
                    "SELECT id FROM t WHERE name = (SELECT n FROM u UNION SELECT 'zz' ORDER BY 1)"));
            assertEquals(List.of("Integer:1", "Integer:2", "Integer:3"), BothBackends.rows(c,
                    "SELECT id FROM t WHERE id IN (SELECT id FROM t) AND EXISTS (SELECT 1 FROM t) ORDER BY id"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void subqueriesInACommaSeparatedFromListNeedNoAlias(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            BothBackends.run(c, "CREATE TABLE t(a INTEGER)", "INSERT INTO t VALUES (1), (2)");
            assertEquals(List.of("Integer:1 Integer:10 Integer:20", "Integer:2 Integer:10 Integer:20"),
                    BothBackends.rows(c, "SELECT * FROM t, (SELECT 10 AS b), (SELECT 20 AS d) ORDER BY a"));
        }
    }

    /** Its own LIMIT is kept: PostgreSQL then refuses several rows as an error, never a different row. */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql"})
    void aSubqueryWithItsOwnLimitFailsLoudlyOnSeveralRows(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            BothBackends.run(c, "CREATE TABLE t(a INTEGER)", "INSERT INTO t VALUES (1), (2)");
            SQLException e = assertThrows(SQLException.class,
                    () -> BothBackends.rows(c, "SELECT (SELECT a FROM t ORDER BY a LIMIT 2)"));
            assertEquals("21000", e.getSQLState());
        }
    }
}
