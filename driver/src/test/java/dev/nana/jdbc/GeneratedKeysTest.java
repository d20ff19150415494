package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * getGeneratedKeys with and without RETURN_GENERATED_KEYS, against a real file: the inserted rowid when SQLite
 * still knows it, no row when nothing was inserted, and HY010 when the key can no longer be told.
 */
class GeneratedKeysTest {
    @TempDir
    Path dir;
    Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:nana:" + dir.resolve("keys.db"));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT UNIQUE, n INTEGER DEFAULT 0)");
            s.execute("INSERT INTO item(id, name) VALUES (41, 'earlier')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /** The generated keys of the statement's latest execution (also used by other test classes). */
    static List<Long> keys(Statement statement) throws SQLException {
        List<Long> keys = new ArrayList<>();
        try (ResultSet rs = statement.getGeneratedKeys()) {
            while (rs.next()) {
                keys.add(rs.getLong(1));
            }
        }
        return keys;
    }

    @Test
    void anInsertThatDidNotAskForKeysStillGetsItsRowid() throws SQLException {
        try (Statement s = connection.createStatement();
             PreparedStatement ps = connection.prepareStatement("INSERT INTO item(name) VALUES (?)")) {
            s.executeUpdate("INSERT INTO item(name) VALUES ('a')");
            assertEquals(List.of(42L), keys(s));
            s.execute("INSERT INTO item(name) VALUES ('b')");
            assertEquals(List.of(43L), keys(s));
            assertEquals(List.of(43L), keys(s), "asked twice, the same key");
            ps.setString(1, "c");
            ps.executeUpdate();
            assertEquals(List.of(44L), keys(ps));
            ps.setString(1, "d");
            ps.execute();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                assertSame(ps, rs.getStatement());
                assertEquals("last_insert_rowid()", rs.getMetaData().getColumnLabel(1), "as sqlite-jdbc names it");
                assertTrue(rs.next());
                assertEquals(45L, rs.getLong(1));
            }
        }
    }

    @Test
    void statementsThatInsertNothingHaveNoKeys() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : List.of("UPDATE item SET n = 1", "DELETE FROM item WHERE id = 0", "SELECT * FROM item",
                    "CREATE TABLE other(x)", "PRAGMA user_version = 2")) {
                s.execute(sql);
                assertEquals(List.of(), keys(s), sql);
            }
            try (Statement fresh = connection.createStatement()) {
                assertEquals(List.of(), keys(fresh), "a statement that never ran");
            }
        }
    }

    /** SQLite's last_insert_rowid() still names row 41 then: that key would be wrong, so there is none. */
    @Test
    void anInsertThatInsertedNothingHasNoKeyNotAnEarlierOne() throws SQLException {
        try (Statement s = connection.createStatement();
             PreparedStatement asked = connection.prepareStatement(
                     "INSERT OR IGNORE INTO item(name) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
            assertEquals(0, s.executeUpdate("INSERT OR IGNORE INTO item(name) VALUES ('earlier')"));
            assertEquals(List.of(), keys(s));
            s.execute("INSERT INTO item(name) VALUES ('earlier') ON CONFLICT DO NOTHING");
            assertEquals(List.of(), keys(s));
            asked.setString(1, "earlier");
            assertEquals(0, asked.executeUpdate());
            assertEquals(List.of(), keys(asked));
            asked.setString(1, "new");
            assertEquals(1, asked.executeUpdate());
            assertEquals(List.of(42L), keys(asked));
        }
    }

    /** Rows of a table WITHOUT ROWID, or inserted through a view's trigger, do not move last_insert_rowid(). */
    @Test
    void anInsertIntoATableWithoutRowidsOrAViewHasNoKey() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE tag(name TEXT PRIMARY KEY) WITHOUT ROWID");
            s.execute("CREATE VIEW named AS SELECT name FROM item");
            s.execute("CREATE TRIGGER named_insert INSTEAD OF INSERT ON named BEGIN"
                    + " INSERT INTO item(name) VALUES (new.name); END");
            for (String sql : List.of("INSERT INTO tag VALUES ('x')", "INSERT INTO main.\"TAG\" VALUES ('y')",
                    "INSERT INTO named VALUES ('z')")) {
                assertEquals(1, s.executeUpdate(sql), sql);
                assertEquals(List.of(), keys(s), sql);
                assertEquals(1, s.executeUpdate(sql.replace("VALUES ('", "VALUES ('2"), Statement.RETURN_GENERATED_KEYS));
                assertEquals(List.of(), keys(s), sql + ", asked for");
            }
            s.executeUpdate("INSERT INTO main.item(name) VALUES ('qualified')");
            assertEquals(List.of(44L), keys(s), "rows 42 and 43 came from the view's trigger");
        }
    }

    @Test
    void anUpsertAskedForKeysTellsAnInsertFromAnUpdate() throws SQLException {
        String upsert = "INSERT INTO item(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET n = n + 1";
        try (PreparedStatement ps = connection.prepareStatement(upsert, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "fresh");
            ps.executeUpdate();
            assertEquals(List.of(42L), keys(ps), "inserted");
            ps.setString(1, "earlier");
            assertEquals(1, ps.executeUpdate());
            assertEquals(List.of(), keys(ps), "updated row 41: no row was inserted");
        }
    }

    @Test
    void anUpsertThatDidNotAskForKeysIsRefusedRatherThanGuessed() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO item(name) VALUES ('earlier') ON CONFLICT(name) DO UPDATE SET n = 5");
            SQLException e = assertThrows(SQLException.class, s::getGeneratedKeys);
            assertEquals("HY010", e.getSQLState());
            assertTrue(e.getMessage().startsWith("nana: ") && e.getMessage().contains("upsert"), e.getMessage());
        }
    }

    @Test
    void afterOtherSqlOnTheConnectionTheKeyIsRefusedUnlessItWasAskedFor() throws SQLException {
        try (Statement unasked = connection.createStatement();
             Statement asked = connection.createStatement();
             Statement other = connection.createStatement()) {
            unasked.executeUpdate("INSERT INTO item(name) VALUES ('a')");
            asked.executeUpdate("INSERT INTO item(name) VALUES ('b')", Statement.RETURN_GENERATED_KEYS);
            other.executeUpdate("INSERT INTO item(name) VALUES ('c')");
            SQLException e = assertThrows(SQLException.class, unasked::getGeneratedKeys);
            assertEquals("HY010", e.getSQLState());
            assertTrue(e.getMessage().contains("other SQL ran on the connection"), e.getMessage());
            assertEquals(List.of(43L), keys(asked), "taken when it ran");
            assertEquals(List.of(44L), keys(other));
        }
    }

    /** The key-value store's SQL runs on the same connection, and moves last_insert_rowid() like any other. */
    @Test
    void aKeyValueWriteCountsAsOtherSql() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO item(name) VALUES ('a')");
            connection.unwrap(NanaConnection.class).kv("settings").put("theme", "dark");
            assertEquals("HY010", assertThrows(SQLException.class, s::getGeneratedKeys).getSQLState());
        }
    }

    @Test
    void aFailedInsertHasNoKeyNotThePreviousOne() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO item(name) VALUES ('a')");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO item(name) VALUES ('a')"));
            assertEquals(List.of(), keys(s));
        }
    }

    @Test
    void severalRowsGiveTheLastRowidAndScriptsTheKeyOfTheirLastStatement() throws SQLException {
        try (Statement s = connection.createStatement()) {
            assertEquals(2, s.executeUpdate("INSERT INTO item(name) VALUES ('a'), ('b')"));
            assertEquals(List.of(43L), keys(s));
            s.execute("INSERT INTO item(name) VALUES ('c'); INSERT INTO item(name) VALUES ('d')");
            assertEquals(List.of(45L), keys(s));
            s.execute("INSERT INTO item(name) VALUES ('e'); UPDATE item SET n = 2");
            assertEquals(List.of(), keys(s), "the script's last statement inserted nothing");
            s.execute("/* leading comment */ INSERT INTO item(name) VALUES ('f') RETURNING id");
            assertEquals(List.of(47L), keys(s));
        }
    }

    @Test
    void afterABatchTheKeysAreRefused() throws SQLException {
        try (Statement s = connection.createStatement();
             PreparedStatement ps = connection.prepareStatement("INSERT INTO item(name) VALUES (?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            s.addBatch("INSERT INTO item(name) VALUES ('a')");
            s.addBatch("INSERT INTO item(name) VALUES ('b')");
            s.executeBatch();
            assertEquals("HY010", assertThrows(SQLException.class, s::getGeneratedKeys).getSQLState());
            ps.setString(1, "c");
            ps.addBatch();
            ps.executeBatch();
            SQLException e = assertThrows(SQLException.class, ps::getGeneratedKeys);
            assertEquals("HY010", e.getSQLState());
            assertTrue(e.getMessage().contains("batch"), e.getMessage());
            ps.setString(1, "d");
            ps.executeUpdate();
            assertEquals(List.of(45L), keys(ps), "the next single execution has its key again");
        }
    }

    @Test
    void aClosedStatementHasNoKeysAndClosesTheKeysItGave() throws SQLException {
        Statement s = connection.createStatement();
        s.executeUpdate("INSERT INTO item(name) VALUES ('a')");
        ResultSet keys = s.getGeneratedKeys();
        s.close();
        assertTrue(keys.isClosed());
        assertEquals("55000", assertThrows(SQLException.class, s::getGeneratedKeys).getSQLState());
    }

    /** An ORM prepares a statement per INSERT: each one's keys are its own, however many came and went before. */
    @Test
    void keysOfStatementsOpenTogetherStayTheirOwn() throws SQLException {
        List<PreparedStatement> open = new ArrayList<>();
        List<ResultSet> keys = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO item(name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, name);
            ps.executeUpdate();
            keys.add(ps.getGeneratedKeys());
            open.add(ps);
        }
        for (int i = 0; i < keys.size(); i++) {
            assertTrue(keys.get(i).next());
            assertEquals(42L + i, keys.get(i).getLong(1));
        }
        for (PreparedStatement ps : open) {
            ps.close();
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO item(name) VALUES ('d')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.executeUpdate();
            assertEquals(List.of(45L), keys(ps));
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO item(name) VALUES ('e')");
            keys(s);
            connection.close();
        }
    }
}
