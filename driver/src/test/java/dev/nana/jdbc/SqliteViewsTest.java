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

/** Views as SQLite has them, on both backends: read-only unless a trigger writes, IF NOT EXISTS. */
class SqliteViewsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aViewRefusesWritesAndLeavesItsTableAsItWas(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            BothBackends.run(c, "CREATE TABLE t(a INTEGER)", "INSERT INTO t VALUES (1)",
                    "CREATE VIEW IF NOT EXISTS v AS SELECT a FROM t", "CREATE VIEW IF NOT EXISTS v AS SELECT 2 AS a");
            for (String write : List.of("INSERT INTO v VALUES (5)", "UPDATE v SET a = 2", "DELETE FROM v")) {
                SQLException e = assertThrows(SQLException.class, () -> BothBackends.run(c, write), write);
                assertEquals("HY000", e.getSQLState(), write);
            }
            assertEquals(List.of("Integer:1"), BothBackends.rows(c, "SELECT a FROM v"));
            assertEquals(List.of("String:v"), BothBackends.rows(c, "SELECT name FROM sqlite_master WHERE type = 'view'"));
        }
    }
}
