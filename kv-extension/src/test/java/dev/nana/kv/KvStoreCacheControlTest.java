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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * getFresh, refresh, isCached, clearCache and bulkLoad. Rows changed with plain SQL behind the store's back show
 * which reads come from memory and which from the file.
 */
class KvStoreCacheControlTest {
    @TempDir
    Path dir;

    @Test
    void cachedReadsDoNotTouchTheFileButGetFreshDoes() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("k", "mine");
            TempDatabase.writeRow(connection, "data", "k", "\"changed behind the cache\"");
            assertEquals("mine", store.get("k"));
            assertEquals("mine", store.getOrDefault("k", "default"));
            assertEquals("changed behind the cache", store.getFresh("k"));
            assertEquals("changed behind the cache", store.get("k"), "getFresh updates the cache");
            TempDatabase.execute(connection, "DELETE FROM data WHERE key = 'k'");
            assertTrue(store.contains("k"));
            assertNull(store.getFresh("k"));
            assertFalse(store.contains("k"));
            assertFalse(store.isCached("k"));
        }
    }

    @Test
    void refreshOfOneKeyRereadsOnlyThatKey() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("a", 1);
            store.put("b", 1);
            TempDatabase.writeRow(connection, "data", "a", "2");
            TempDatabase.writeRow(connection, "data", "b", "2");
            store.refresh("a");
            assertTrue(store.isCached("a"));
            assertEquals(2, store.get("a"));
            assertEquals(1, store.get("b"));
        }
    }

    @Test
    void refreshAndClearCacheForgetEverything() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("a", 1);
            store.put("b", 1);
            TempDatabase.writeRow(connection, "data", "a", "2");
            store.refresh();
            assertFalse(store.isCached("a"));
            assertFalse(store.isCached("b"));
            assertEquals(2, store.get("a"));
            TempDatabase.writeRow(connection, "data", "a", "3");
            store.clearCache();
            assertEquals(3, store.get("a"));
            assertEquals(List.of("a", "b"), TempDatabase.storedKeys(connection, "data"));
        }
    }

    @Test
    void isCachedTellsWhetherAReadWouldBeAnsweredFromMemoryWithAValue() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            TempDatabase.execute(connection, "INSERT INTO data VALUES ('sql', '1')");
            assertFalse(store.isCached("sql"));
            store.get("sql");
            assertTrue(store.isCached("sql"));
            store.put("put", 1);
            assertTrue(store.isCached("put"));
            store.get("missing");
            assertFalse(store.isCached("missing"), "a key known to have no row holds no value");
            store.delete("put");
            assertFalse(store.isCached("put"));
            assertFalse(store.isCached(null));
            store.clearCache();
            assertFalse(store.isCached("sql"));
        }
    }

    @Test
    void bulkLoadReadsTheWholeNamespaceIntoTheCache() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            for (int i = 0; i < 100; i++) {
                TempDatabase.writeRow(connection, "data", "k" + i, String.valueOf(i));
            }
            store.bulkLoad();
            for (int i = 0; i < 100; i++) {
                assertTrue(store.isCached("k" + i));
            }
            TempDatabase.execute(connection, "UPDATE data SET value = '-1'");
            assertEquals(42, store.get("k42"));
        }
    }

    @Test
    void bulkLoadDoesNotOverwriteAValueThisStoreWrote() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("k", "mine");
            TempDatabase.writeRow(connection, "data", "k", "\"sql\"");
            store.bulkLoad();
            assertEquals("mine", store.get("k"));
        }
    }

    @Test
    void theBulkLoadOptionLoadsAtOpenAndAgainOnRefresh() throws Exception {
        try (Connection connection = TempDatabase.open(dir)) {
            try (KvStore plain = KvStore.open(connection, "data")) {
                plain.put("a", 1);
                plain.put("b", 2);
            }
            try (KvStore store = KvStore.open(connection, "data", KvOptions.defaults().withBulkLoad(true))) {
                assertTrue(store.options().bulkLoad());
                assertTrue(store.isCached("a"));
                assertTrue(store.isCached("b"));
                TempDatabase.writeRow(connection, "data", "a", "10");
                TempDatabase.writeRow(connection, "data", "c", "3");
                assertEquals(1, store.get("a"));
                store.refresh();
                assertTrue(store.isCached("c"));
                assertEquals(10, store.get("a"));
            }
        }
    }

    @Test
    void bulkLoadNeedsACache() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data", KvOptions.defaults().withCache(CacheMode.none()))) {
            SQLException e = assertThrows(SQLException.class, store::bulkLoad);
            assertEquals("HY010", e.getSQLState());
            assertTrue(e.getMessage().contains("CacheMode is none()"), e.getMessage());
            SQLException atOpen = assertThrows(SQLException.class, () -> KvStore.open(connection, "other",
                    KvOptions.defaults().withCache(CacheMode.none()).withBulkLoad(true)));
            assertEquals("HY010", atOpen.getSQLState());
        }
    }
}
