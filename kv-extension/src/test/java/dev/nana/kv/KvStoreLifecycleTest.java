package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** close() is idempotent, flushes, leaves the connection open; every later call is HY010 and writes nothing. */
class KvStoreLifecycleTest {
    @TempDir
    Path dir;

    @FunctionalInterface
    interface Operation {
        void run(KvStore store) throws Exception;
    }

    private static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("get", s -> s.get("k")),
            Map.entry("getOrDefault", s -> s.getOrDefault("k", 1)),
            Map.entry("get typed", s -> s.get("k", String.class)),
            Map.entry("getFresh", s -> s.getFresh("k")),
            Map.entry("contains", s -> s.contains("k")),
            Map.entry("size", KvStore::size),
            Map.entry("keys", KvStore::keys),
            Map.entry("values", KvStore::values),
            Map.entry("entries", KvStore::entries),
            Map.entry("toMap", KvStore::toMap),
            Map.entry("put", s -> s.put("new", 1)),
            Map.entry("delete", s -> s.delete("k")),
            Map.entry("pop", s -> s.pop("k")),
            Map.entry("putIfAbsent", s -> s.putIfAbsent("new", 1)),
            Map.entry("increment", s -> s.increment("new", 1)),
            Map.entry("increment field", s -> s.increment("new", "f", 1)),
            Map.entry("patch", s -> s.patch("new", Map.of("a", 1))),
            Map.entry("batchPut", s -> s.batchPut(Map.of("new", 1))),
            Map.entry("batchPut empty", s -> s.batchPut(Map.of())),
            Map.entry("putAll", s -> s.putAll(Map.of("new", 1))),
            Map.entry("batchPutPartial", s -> s.batchPutPartial(Map.of("new", 1))),
            Map.entry("batchPutPartial empty", s -> s.batchPutPartial(Map.of())),
            Map.entry("batchGet", s -> s.batchGet(List.of("k"))),
            Map.entry("batchGet empty", s -> s.batchGet(List.of())),
            Map.entry("batchDelete", s -> s.batchDelete(List.of("k"))),
            Map.entry("clear", KvStore::clear),
            Map.entry("bulkLoad", KvStore::bulkLoad),
            Map.entry("refresh", KvStore::refresh),
            Map.entry("refresh key", s -> s.refresh("k")),
            Map.entry("flush", KvStore::flush),
            Map.entry("retryDeadLetters", KvStore::retryDeadLetters));

    @Test
    void everyOperationAfterCloseIsHy010AndWritesNothing() throws Exception {
        try (Connection connection = TempDatabase.open(dir)) {
            for (KvOptions options : List.of(KvOptions.defaults(),
                    KvOptions.defaults().withWriteBehind(FlushPolicy.manual()))) {
                KvStore store = KvStore.open(connection, "data", options);
                store.put("k", "v");
                store.close();
                for (Map.Entry<String, Operation> operation : OPERATIONS.entrySet()) {
                    SQLException e = assertThrows(SQLException.class, () -> operation.getValue().run(store),
                            operation.getKey());
                    assertEquals("HY010", e.getSQLState(), operation.getKey() + ": " + e.getMessage());
                    assertTrue(e.getMessage().contains("namespace data is closed"), e.getMessage());
                }
                assertEquals(List.of("k"), TempDatabase.storedKeys(connection, "data"));
                assertEquals("\"v\"", TempDatabase.storedJson(connection, "data", "k"));
                assertFalse(store.isCached("k"), "isCached cannot throw; a closed store caches nothing useful");
                store.clearCache();
                assertEquals(List.of(), store.deadLetters());
            }
        }
    }

    @Test
    void closeIsIdempotentAndLeavesTheConnectionOpen() throws Exception {
        try (Connection connection = TempDatabase.open(dir)) {
            KvStore store = KvStore.open(connection, "data");
            store.put("k", 1);
            store.close();
            store.close();
            assertFalse(connection.isClosed());
            try (KvStore again = KvStore.open(connection, "data")) {
                assertEquals(1, again.get("k"));
            }
        }
    }

    @Test
    void closeFlushesBufferedWritesOfAPooledStoreAndReturnsItsConnections() throws Exception {
        FileDataSource dataSource = new FileDataSource(dir);
        KvStore store = KvStore.open(dataSource, "data", KvOptions.defaults().withWriteBehind(FlushPolicy.manual()));
        store.put("k", 1);
        store.close();
        store.close();
        assertEquals(0, dataSource.openConnections());
        try (Connection connection = TempDatabase.open(dir)) {
            assertEquals("1", TempDatabase.storedJson(connection, "data", "k"));
        }
        assertEquals("HY010", assertThrows(SQLException.class, () -> store.get("k")).getSQLState());
    }
}
