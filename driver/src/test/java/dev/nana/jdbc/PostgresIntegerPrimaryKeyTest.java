package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * INTEGER PRIMARY KEY on a real PostgreSQL server through jdbc:nana:postgresql: (rule integer-primary-key): keys
 * assigned as SQLite assigns rowids, on a fresh database each, so the first table also installs nana's function.
 */
class PostgresIntegerPrimaryKeyTest {
    private String url;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        url = "jdbc:nana:" + TestPostgres.newDatabaseUrl().substring(5);
        connection = DriverManager.getConnection(url);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private List<String> rows(Connection on, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = on.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                Object key = r.getObject(1);
                rows.add(key.getClass().getSimpleName() + ":" + key + " " + r.getString(2));
            }
        }
        return rows;
    }

    @Test
    void aMissingOrNullKeyIsTheLargestPlusOneAndAnExplicitKeyMovesIt() throws SQLException {
        try (Statement s = connection.createStatement()) {
            assertEquals(0, s.executeUpdate("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)"));
            assertEquals(2, s.executeUpdate("INSERT INTO t(v) VALUES ('a'), ('b')"));
            s.executeUpdate("INSERT INTO t VALUES (NULL, 'c')");
            s.executeUpdate("INSERT INTO t VALUES (10, 'd')");
            s.executeUpdate("INSERT INTO t(v) VALUES ('e')");
            s.executeUpdate("DELETE FROM t WHERE id = 11");
            s.executeUpdate("INSERT INTO t(v) SELECT v || '2' FROM t WHERE id <= 2 ORDER BY id");
        }
        assertEquals(List.of("Integer:1 a", "Integer:2 b", "Integer:3 c", "Integer:10 d", "Integer:11 a2",
                "Integer:12 b2"), rows(connection, "SELECT id, v FROM t ORDER BY id"));
    }

    @Test
    void aPreparedInsertWithANullKeyAndQuotedNames() throws SQLException {
        try (PreparedStatement create = connection.prepareStatement(
                "CREATE TABLE IF NOT EXISTS [Order Lines](\"Line\" INTEGER, item TEXT, PRIMARY KEY (\"Line\"))")) {
            create.execute();
            create.execute(); // IF NOT EXISTS: the second run changes nothing
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO [Order Lines](\"Line\", item) VALUES (?, ?)")) {
            for (String item : List.of("x", "y")) {
                insert.setObject(1, null);
                insert.setString(2, item);
                assertEquals(1, insert.executeUpdate());
            }
        }
        assertEquals(List.of("Integer:1 x", "Integer:2 y"),
                rows(connection, "SELECT \"Line\", item FROM [Order Lines] ORDER BY 1"));
    }

    @Test
    void aTableCreatedInARolledBackTransactionCanBeCreatedAgain() throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
            connection.rollback(); // takes the first install of nana's function with it
            s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
            s.execute("INSERT INTO t(v) VALUES ('a')");
            connection.commit();
        }
        assertEquals(List.of("Integer:1 a"), rows(connection, "SELECT id, v FROM t"));
    }

    @Test
    void aFailedCreateInsideATransactionLeavesItUsable() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
            connection.setAutoCommit(false);
            SQLException e = assertThrows(SQLException.class,
                    () -> s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)"));
            assertEquals("42S01", e.getSQLState(), e.getMessage());
            s.execute("INSERT INTO t(v) VALUES ('a')");
            connection.commit();
        }
        assertEquals(List.of("Integer:1 a"), rows(connection, "SELECT id, v FROM t"));
    }

    @Test
    void concurrentTransactionsNeverComputeTheSameKey() throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
        }
        try (Connection other = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            other.setAutoCommit(false);
            try (Statement first = connection.createStatement(); Statement second = other.createStatement()) {
                first.executeUpdate("INSERT INTO t(v) VALUES ('first')");
                CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
                    try {
                        int inserted = second.executeUpdate("INSERT INTO t(v) VALUES ('second')");
                        other.commit();
                        return inserted;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(300);
                assertTrue(!waiting.isDone(), "the second insert waits for the first transaction's key");
                connection.commit();
                assertEquals(1, waiting.get(30, TimeUnit.SECONDS));
            }
        }
        assertEquals(List.of("Integer:1 first", "Integer:2 second"), rows(connection, "SELECT id, v FROM t ORDER BY id"));
    }

    @Test
    void keysThatAreNoRowidInSqliteRefuseNull() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE d(id INTEGER PRIMARY KEY DESC, v TEXT)");
            s.execute("CREATE TABLE w(id INTEGER PRIMARY KEY, v TEXT) WITHOUT ROWID");
            for (String table : List.of("d", "w")) {
                SQLException e = assertThrows(SQLException.class,
                        () -> s.execute("INSERT INTO " + table + "(v) VALUES ('a')"));
                assertEquals("23502", e.getSQLState(), e.getMessage());
            }
            s.execute("INSERT INTO w VALUES (5, 'a')");
        }
        assertEquals(List.of("Integer:5 a"), rows(connection, "SELECT id, v FROM w"));
    }

    private void run(String... statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void autoincrementNeverReusesAKeyAndSqliteSequenceHoldsTheLargest() throws SQLException {
        run("CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)",
                "INSERT INTO t(v) VALUES ('a'), ('b')",
                "DELETE FROM t WHERE id = 2",
                "INSERT INTO t(v) VALUES ('c')",
                "INSERT INTO t VALUES (10, 'd')",
                "DELETE FROM t WHERE id = 10",
                "INSERT INTO t(v) VALUES ('e')",
                "UPDATE t SET id = 100 WHERE v = 'a'", // an update moves no sequence, but the next key passes it
                "INSERT INTO t VALUES (NULL, 'f')");
        assertEquals(List.of("Integer:3 c", "Integer:11 e", "Integer:100 a", "Integer:101 f"),
                rows(connection, "SELECT id, v FROM t ORDER BY id"));
        assertEquals(List.of("String:t 101"), rows(connection, "SELECT name, seq FROM sqlite_sequence"));
    }

    @Test
    void aRolledBackAutoincrementInsertGivesItsKeyBack() throws SQLException {
        run("CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)", "INSERT INTO t(v) VALUES ('a')");
        connection.setAutoCommit(false);
        run("INSERT INTO t(v) VALUES ('rolled back')");
        connection.rollback();
        run("INSERT INTO t(v) VALUES ('b')");
        connection.commit();
        assertEquals(List.of("Integer:1 a", "Integer:2 b"), rows(connection, "SELECT id, v FROM t ORDER BY id"));
        assertEquals(List.of("String:t 2"), rows(connection, "SELECT name, seq FROM main.sqlite_sequence"));
    }

    @Test
    void sqliteSequenceResetsAsInSqlite() throws SQLException {
        run("CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)",
                "INSERT INTO t(v) VALUES ('a'), ('b'), ('c')",
                "DELETE FROM t",
                "UPDATE sqlite_sequence SET seq = 0 WHERE name = 't'",
                "INSERT INTO t(v) VALUES ('after update')",
                "DELETE FROM sqlite_sequence",
                "INSERT INTO t(v) VALUES ('after delete')");
        assertEquals(List.of("Integer:1 after update", "Integer:2 after delete"),
                rows(connection, "SELECT id, v FROM t ORDER BY id"));
    }

    @Test
    void aTableCreatedAgainStartsOverUnlessItExisted() throws SQLException {
        run("CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)",
                "INSERT INTO t(v) VALUES ('a'), ('b')",
                "DELETE FROM t",
                "CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)",
                "INSERT INTO t(v) VALUES ('kept')");
        assertEquals(List.of("Integer:3 kept"), rows(connection, "SELECT id, v FROM t"));
        run("DROP TABLE t", "CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)",
                "INSERT INTO t(v) VALUES ('new')");
        assertEquals(List.of("Integer:1 new"), rows(connection, "SELECT id, v FROM t"));
        assertEquals(List.of("String:t 1"), rows(connection, "SELECT name, seq FROM sqlite_sequence"));
    }

    private static String keyOf(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                return "none";
            }
            Object key = keys.getObject(1);
            return keys.getMetaData().getColumnLabel(1) + " " + key.getClass().getSimpleName() + ":" + key;
        }
    }

    @Test
    void generatedKeysAndLastInsertRowidNameTheRowJustInserted() throws SQLException {
        run("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT UNIQUE)", "CREATE TABLE plain(v TEXT)");
        assertEquals(List.of("Integer:0 before any insert"),
                rows(connection, "SELECT last_insert_rowid(), 'before any insert'"));
        try (Statement s = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO t(id, v) VALUES (?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            s.executeUpdate("INSERT INTO t(v) VALUES ('a'), ('b')", Statement.RETURN_GENERATED_KEYS);
            assertEquals("last_insert_rowid() Integer:2", keyOf(s), "of several rows, the last");
            insert.setLong(1, 7);
            insert.setString(2, "explicit");
            insert.executeUpdate();
            assertEquals("last_insert_rowid() Integer:7", keyOf(insert));
            s.executeUpdate("DELETE FROM t WHERE id = 7");
            insert.executeUpdate();
            assertEquals("last_insert_rowid() Integer:7", keyOf(insert), "the same key again is a new row");
            insert.setLong(1, 8);
            assertThrows(SQLException.class, insert::executeUpdate); // v is unique
            assertEquals("none", keyOf(insert), "a failed insert has no key, not the previous one");
            s.executeUpdate("INSERT INTO plain VALUES ('x')", Statement.RETURN_GENERATED_KEYS);
            assertEquals("none", keyOf(s), "no INTEGER PRIMARY KEY: no rowid recorded yet");
            assertEquals(List.of("Integer:7 last"), rows(connection, "SELECT last_insert_rowid(), 'last'"));
            s.executeUpdate("INSERT INTO t(v) VALUES ('unasked')");
            SQLException e = assertThrows(SQLException.class, s::getGeneratedKeys);
            assertEquals("HY010", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("RETURN_GENERATED_KEYS"), e.getMessage());
        }
        try (Connection other = DriverManager.getConnection(url)) {
            assertEquals(List.of("Integer:0 another session"),
                    rows(other, "SELECT last_insert_rowid(), 'another session'"));
        }
    }

    @Test
    void insertOrIgnoreSkipsAConflictingRowWhichHasNoKey() throws SQLException {
        run("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT UNIQUE NOT NULL)", "INSERT INTO t(v) VALUES ('a')");
        try (Statement s = connection.createStatement()) {
            assertEquals(0, s.executeUpdate("INSERT OR IGNORE INTO t(v) VALUES ('a')", Statement.RETURN_GENERATED_KEYS));
            assertEquals("none", keyOf(s));
            assertEquals(2, s.executeUpdate("INSERT OR IGNORE INTO t(v) VALUES ('a'), ('b'), ('c')",
                    Statement.RETURN_GENERATED_KEYS));
            assertEquals("last_insert_rowid() Integer:3", keyOf(s));
            s.executeUpdate("INSERT OR IGNORE INTO t(v) VALUES ('c')");
            assertEquals(List.of("Integer:3 unmoved by the skipped row"),
                    rows(connection, "SELECT last_insert_rowid(), 'unmoved by the skipped row'"));
            SQLException notNull = assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT OR IGNORE INTO t(v) VALUES ('d'), (NULL)"));
            assertEquals("23502", notNull.getSQLState(), "an error where SQLite skips the row: " + notNull.getMessage());
        }
        assertEquals(List.of("Integer:1 a", "Integer:2 b", "Integer:3 c"),
                rows(connection, "SELECT id, v FROM t ORDER BY id"));
    }
}
