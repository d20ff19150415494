package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pragmas applications run on every connection, the same assertions on both backends: on a SQLite file SQLite's
 * own, on PostgreSQL nana's emulation (rule pragmas).
 */
class SqlitePragmasTest {
    @TempDir
    Path dir;

    private String url(String backend) throws SQLException {
        return BothBackends.url(backend, dir);
    }

    /** The one value the pragma answers, as Class:value under its column label. */
    private static String answer(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(pragma)) {
            r.next();
            Object value = r.getObject(1);
            return r.getMetaData().getColumnLabel(1) + " " + value.getClass().getSimpleName() + ":" + value;
        }
    }

    private static void set(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement()) {
            assertFalse(s.execute(pragma), pragma + " returns no result set");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void userVersionIsKeptInTheDatabase(String backend) throws SQLException {
        String url = url(backend);
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals("user_version Integer:0", answer(c, "PRAGMA user_version"));
            set(c, "PRAGMA user_version = 7");
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals("user_version Integer:7", answer(c, "PRAGMA user_version"), "another connection");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void connectionKnobsReadBackWhatWasSet(String backend) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(backend))) {
            set(c, "PRAGMA cache_size = -8000");
            assertEquals("cache_size Integer:-8000", answer(c, "PRAGMA cache_size"));
            set(c, "PRAGMA synchronous = NORMAL");
            assertEquals("synchronous Integer:1", answer(c, "PRAGMA synchronous"));
            assertEquals("timeout Integer:2500", answer(c, "PRAGMA busy_timeout = 2500"));
            assertEquals("timeout Integer:2500", answer(c, "PRAGMA busy_timeout"));
            set(c, "PRAGMA foreign_keys = ON");
            assertEquals("foreign_keys Integer:1", answer(c, "PRAGMA foreign_keys"));
            assertEquals("journal_mode String:wal", answer(c, "PRAGMA journal_mode = WAL"));
            assertEquals("encoding String:UTF-8", answer(c, "PRAGMA encoding"));
            assertEquals("quick_check String:ok", answer(c, "PRAGMA quick_check"));
            try (Statement s = c.createStatement(); ResultSet none = s.executeQuery("PRAGMA optimize")) {
                assertFalse(none.next(), "a result set without rows");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void indexesAndForeignKeysAreListedAsSqliteListsThem(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            BothBackends.run(c, "CREATE TABLE p(id INTEGER PRIMARY KEY, code TEXT UNIQUE)",
                    "CREATE TABLE c(id INTEGER, Pid INTEGER REFERENCES p(id) ON DELETE CASCADE, b TEXT)",
                    "CREATE INDEX c_pid_b ON c(Pid, b)");
            assertEquals(List.of("Integer:0 String:c_pid_b Integer:0 String:c Integer:0"),
                    BothBackends.rows(c, "PRAGMA index_list(c)"));
            assertEquals(List.of("Integer:0 String:sqlite_autoindex_p_1 Integer:1 String:u Integer:0"),
                    BothBackends.rows(c, "PRAGMA index_list(p)"));
            assertEquals(List.of("Integer:0 Integer:1 String:Pid", "Integer:1 Integer:2 String:b"),
                    BothBackends.rows(c, "PRAGMA index_info(c_pid_b)"));
            assertEquals(List.of("Integer:0 Integer:0 String:p String:Pid String:id String:NO ACTION String:CASCADE"
                    + " String:NONE"), BothBackends.rows(c, "PRAGMA foreign_key_list(c)"));
        }
    }
}
