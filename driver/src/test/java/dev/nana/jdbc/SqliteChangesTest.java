package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** changes() and total_changes() as SQLite counts them, on both backends (rule changes on PostgreSQL). */
class SqliteChangesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void countTheRowsOfTheLatestWriteAndOfAllWrites(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            assertEquals("Integer:0 Integer:0", counts(c), "a new connection");
            BothBackends.run(c, "CREATE TABLE t(id INTEGER PRIMARY KEY, n INTEGER)",
                    "INSERT INTO t(n) VALUES (1), (2), (3)");
            assertEquals("Integer:3 Integer:3", counts(c));
            BothBackends.run(c, "UPDATE t SET n = n + 1 WHERE n >= 2", "SELECT * FROM t", "CREATE INDEX ix ON t(n)");
            assertEquals("Integer:2 Integer:5", counts(c), "neither a query nor DDL moves changes()");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t(n) VALUES (?)")) {
                for (int n = 10; n < 13; n++) {
                    insert.setInt(1, n);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            assertEquals("Integer:1 Integer:8", counts(c), "a batch: its last entry, and every entry in the total");
            try (Statement s = c.createStatement()) {
                assertEquals(6, s.executeUpdate("DELETE FROM t"));
                s.execute("DELETE FROM t WHERE id = 99");
            }
            assertEquals("Integer:0 Integer:14", counts(c), "a delete of no row");
            c.setAutoCommit(false);
            BothBackends.run(c, "INSERT INTO t(n) VALUES (7)");
            assertEquals("Integer:1 Integer:15", counts(c), "inside a transaction");
            c.rollback();
        }
    }

    private static String counts(Connection c) throws SQLException {
        return BothBackends.rows(c, "SELECT changes(), total_changes()").get(0);
    }
}
