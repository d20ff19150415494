package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on a connection joins the connection's transaction (JDBC semantics). Checked from a second connection,
 * which sees only what was committed.
 */
class KvTransactionsTest {
    @TempDir
    Path dir;

    @Test
    void writesJoinTheOpenTransactionAndCommitWithIt() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             Connection observer = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data")) {
            connection.setAutoCommit(false);
            store.put("a", 1);
            store.batchPut(Map.of("b", 2, "c", 3));
            store.increment("n", 5);
            assertEquals(0, TempDatabase.rowCount(observer, "data"), "nothing is visible before the commit");
            assertFalse(connection.getAutoCommit(), "atomic operations leave the caller's transaction open");
            connection.commit();
            assertEquals(List.of("a", "b", "c", "n"), TempDatabase.storedKeys(observer, "data"));
        }
    }

    @Test
    void aRollbackUndoesTheWritesButTheCacheOfARawConnectionCannotKnow() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             Connection observer = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data")) {
            store.put("committed", "before");
            connection.setAutoCommit(false);
            store.put("committed", "changed");
            store.put("new", 1);
            store.delete("missing");
            store.patch("doc", Map.of("a", 1));
            connection.rollback();
            assertEquals(List.of("committed"), TempDatabase.storedKeys(connection, "data"));
            assertEquals("\"before\"", TempDatabase.storedJson(observer, "data", "committed"));

            // A raw sqlite-jdbc connection does not tell the store about the rollback: the cache still holds the
            // rolled-back values until refreshed. (On nana connections the driver tells the store.)
            assertEquals("changed", store.get("committed"));
            assertTrue(store.contains("new"));
            store.refresh();
            assertEquals("before", store.get("committed"));
            assertFalse(store.contains("new"));
            assertNull(store.get("doc"));
        }
    }

    @Test
    void aFailedAtomicOperationInsideATransactionUndoesOnlyItself() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             Connection observer = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data")) {
            TempDatabase.refuseKeys(connection, "data", "bad");
            connection.setAutoCommit(false);
            store.put("kept", 1);
            assertThrows(SQLException.class, () -> store.batchPut(Map.of("x", 1, "bad", 2)));
            store.put("word", "text");
            assertEquals("22023", assertThrows(SQLException.class, () -> store.increment("word", 1)).getSQLState());
            assertFalse(connection.getAutoCommit());
            connection.commit();
            assertEquals(List.of("kept", "word"), TempDatabase.storedKeys(observer, "data"));
            assertEquals("\"text\"", TempDatabase.storedJson(observer, "data", "word"));
        }
    }

    @Test
    void anAtomicOperationInAutocommitModeCommitsAndRestoresAutocommit() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             Connection observer = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data")) {
            store.batchPut(Map.of("a", 1, "b", 2));
            assertTrue(connection.getAutoCommit());
            assertEquals(2, TempDatabase.rowCount(observer, "data"));
            store.increment("a", 1);
            assertEquals("2", TempDatabase.storedJson(observer, "data", "a"));
            assertEquals(2, store.pop("a"));
            assertNull(store.putIfAbsent("c", 3));
            assertTrue(connection.getAutoCommit());
            assertEquals(List.of("b", "c"), TempDatabase.storedKeys(observer, "data"));
        }
    }
}
