package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stores a nana connection hands out: one per namespace, joining the connection's transactions, and never
 * serving from their cache a value that SQL or a rollback on the same connection has changed.
 */
class KvApiOnConnectionTest {
    @TempDir
    Path dir;
    Path file;
    Connection connection;
    NanaConnection nana;
    Statement sql;
    KvStore users;

    @BeforeEach
    void open() throws SQLException {
        file = dir.resolve("api.db");
        connection = KvSql.open(file);
        nana = connection.unwrap(NanaConnection.class);
        sql = connection.createStatement();
        users = nana.kv("users");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aConnectionHasOneStorePerNamespaceAndDataIsTheDefault() throws SQLException {
        assertSame(users, nana.kv("users"));
        assertSame(users, connection.unwrap(NanaConnection.class).kv("USERS"));
        assertEquals("data", nana.kv().namespace());
        assertSame(nana.kv(), nana.kv("data"));
        assertNotSame(users, nana.kv("orders"));
        try (KvStore own = nana.kv("users", KvOptions.defaults())) {
            assertNotSame(users, own);
            own.put("k", 1);
            assertEquals(1, users.get("k"));
        }
    }

    @Test
    void aPutThroughTheApiIsSeenBySqlAtOnce() throws SQLException {
        users.put("u1", Map.of("name", "Bob", "age", 25));
        assertEquals("Bob", KvSql.one(connection, "SELECT json_extract(value, '$.name') FROM kv.users WHERE key = 'u1'"));
        users.increment("u1", "age", 1);
        assertEquals("26", KvSql.one(connection, "SELECT json_extract(value, '$.age') FROM kv.users WHERE key = 'u1'"));
        users.delete("u1");
        assertEquals("0", KvSql.one(connection, "SELECT count(*) FROM kv.users"));
    }

    @Test
    void sqlWritesToTheNamespaceAreNeverServedStaleFromTheCache() throws SQLException {
        users.put("u1", Map.of("age", 25));
        assertNull(users.get("u9"), "caches that u9 has no row");
        assertTrue(users.isCached("u1"));

        sql.executeUpdate("UPDATE kv.users SET value = json_set(value, '$.age', 26) WHERE key = 'u1'");
        assertEquals(Map.of("age", 26), users.get("u1"));

        sql.executeUpdate("INSERT INTO kv.users(key, value) VALUES ('u9', '\"new\"')");
        assertEquals("new", users.get("u9"));

        sql.executeUpdate("UPDATE kv.Users SET value = '\"upper-case reference\"' WHERE key = 'u9'");
        assertEquals("upper-case reference", users.get("u9"));

        try (PreparedStatement replace = connection.prepareStatement(
                "INSERT INTO kv.users(key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            replace.setString(1, "u1");
            replace.setObject(2, List.of("batched"));
            replace.addBatch();
            replace.executeBatch();
        }
        assertEquals(List.of("batched"), users.get("u1"));

        sql.execute("UPDATE kv.users SET value = '1' WHERE key = 'u1'; DELETE FROM kv.users WHERE key = 'u9'");
        assertEquals(1, users.get("u1"));
        assertFalse(users.contains("u9"));
    }

    @Test
    void aRollbackUndoesStoreWritesAndDropsTheCache() throws SQLException {
        users.put("kept", 1);
        connection.setAutoCommit(false);
        users.put("kept", 2);
        users.put("new", "x");
        assertEquals(2, users.get("kept"));
        connection.rollback();
        assertEquals(1, users.get("kept"));
        assertNull(users.get("new"));
        assertEquals(1, KvSql.count(connection, "users"));
    }

    @Test
    void aRollbackIssuedAsSqlAlsoDropsTheCache() throws SQLException {
        users.put("kept", 1);
        connection.setAutoCommit(false);
        users.put("kept", 2);
        users.put("new", "x");
        sql.execute("ROLLBACK");
        assertEquals(1, users.get("kept"));
        assertNull(users.get("new"));
    }

    @Test
    void aValueOverMaxValueLengthIsRefusedNamingTheKeyAndNothingIsWritten() throws SQLException {
        try (Connection limited = DriverManager.getConnection("jdbc:nana:" + file + "?maxValueLength=1000")) {
            KvStore store = limited.unwrap(NanaConnection.class).kv("limited");
            SQLException single = assertThrows(SQLException.class, () -> store.put("big one", "x".repeat(2000)));
            assertEquals("22023", single.getSQLState(), single.getMessage());
            assertTrue(single.getMessage().startsWith("nana: ") && single.getMessage().contains("'big one'")
                    && single.getMessage().contains("maxValueLength"), single.getMessage());
            Map<String, Object> batch = new java.util.LinkedHashMap<>();
            for (int i = 0; i < 250; i++) {
                batch.put("k" + i, i == 120 ? "y".repeat(2000) : "small");
            }
            SQLException inBatch = assertThrows(SQLException.class, () -> store.batchPut(batch));
            assertEquals("22023", inBatch.getSQLState(), inBatch.getMessage());
            assertTrue(inBatch.getMessage().startsWith("nana: ") && inBatch.getMessage().contains("'k120'"),
                    inBatch.getMessage());
            assertEquals(0, store.size(), "nothing written");
        }
    }

    @Test
    void rollingBackToASavepointDropsTheCache() throws SQLException {
        connection.setAutoCommit(false);
        users.put("k", 1);
        Savepoint savepoint = connection.setSavepoint();
        users.put("k", 2);
        connection.rollback(savepoint);
        assertEquals(1, users.get("k"));
        connection.commit();
        assertEquals("1", KvSql.storedJson(connection, "users", "k"));
    }

    @Test
    void aCommittedPutIsDurableAndOtherConnectionsSeeItOnceCommitted() throws SQLException {
        try (Connection other = KvSql.open(file)) {
            KvStore otherUsers = other.unwrap(NanaConnection.class).kv("users");
            connection.setAutoCommit(false);
            users.put("k", Map.of("v", 1));
            assertNull(otherUsers.get("k"), "not committed yet");
            assertNull(otherUsers.get("k"), "not committed yet, now from the cache");
            connection.commit();
            assertEquals(Map.of("v", 1), otherUsers.get("k"), "the commit reached the other store's cache");
        }
        connection.close();
        try (Connection reopened = KvSql.open(file)) {
            assertEquals(Map.of("v", 1), reopened.unwrap(NanaConnection.class).kv("users").get("k"));
        }
    }

    /** A reader under WAL never waits for a writer; opening a store or naming kv.users only reads when the table exists. */
    @Test
    void anotherConnectionReadsANamespaceWhileThisOneHoldsAWriteTransaction() throws SQLException {
        users.put("k", 1);
        connection.setAutoCommit(false);
        users.put("k", 2);
        try (Connection other = DriverManager.getConnection("jdbc:nana:" + file + "?busyTimeout=200")) {
            assertEquals("1", KvSql.one(other, "SELECT value FROM kv.users WHERE key = 'k'"));
            assertEquals(1, other.unwrap(NanaConnection.class).kv("users").get("k"));
        }
        connection.commit();
    }

    /** Documented limit (docs/kv.md): the cache follows kv.<namespace> statements, not what triggers write. */
    @Test
    void aTriggerWriteToANamespaceIsSeenAfterRefresh() throws SQLException {
        KvStore audit = nana.kv("audit");
        sql.execute("CREATE TABLE people(id TEXT PRIMARY KEY, name TEXT)");
        sql.execute("CREATE TRIGGER people_audit AFTER INSERT ON people BEGIN"
                + " INSERT INTO kv.audit(key, value) VALUES (new.id, json_object('name', new.name)); END");
        assertNull(audit.get("p1"));
        sql.executeUpdate("INSERT INTO people(id, name) VALUES ('p1', 'Ann')");
        assertEquals("{\"name\":\"Ann\"}", KvSql.storedJson(connection, "audit", "p1"));
        assertEquals(Map.of("name", "Ann"), audit.getFresh("p1"));
        audit.put("p2", 1);
        audit.refresh();
        assertEquals(Map.of("name", "Ann"), audit.get("p1"));
    }

    @Test
    void aStoreOverTheDataSourceBorrowsAConnectionPerOperation() throws SQLException {
        NanaDataSource dataSource = new NanaDataSource();
        dataSource.setUrl("jdbc:nana:" + file);
        try (KvStore pooled = dataSource.kv("users")) {
            pooled.put("a", Map.of("n", 1));
            assertEquals(2L, pooled.increment("counter", 2).longValue());
            assertEquals(Map.of("n", 1), pooled.get("a"));
            assertEquals(2, pooled.size());
        }
        assertEquals("{\"n\":1}", KvSql.storedJson(connection, "users", "a"));
        assertEquals(2, users.get("counter"));
    }

    @Test
    void closingTheConnectionClosesItsStores() throws SQLException {
        KvStore data = nana.kv();
        users.put("k", 1);
        connection.close();
        SQLException closed = assertThrows(SQLException.class, () -> users.get("k"));
        assertTrue(closed.getMessage().startsWith("nana: "), closed.getMessage());
        assertThrows(SQLException.class, () -> data.put("k", 1));
        assertThrows(SQLException.class, () -> nana.kv("users"));
    }
}
