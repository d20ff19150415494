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
}
