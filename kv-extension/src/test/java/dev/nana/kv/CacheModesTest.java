package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each cache mode, with a clock the test moves. A row changed with plain SQL behind the store's back tells a read
 * answered from memory (old value) from one that went to the file (new value).
 */
class CacheModesTest {
    private static final Duration TTL = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private final ManualTicker ticker = new ManualTicker();

    private KvOptions options(CacheMode mode) {
        return KvOptions.defaults().withCache(mode).withTicker(ticker);
    }

    @Test
    void noneReadsTheFileEveryTime() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data", options(CacheMode.none()))) {
            store.put("k", 1);
            assertFalse(store.isCached("k"));
            TempDatabase.writeRow(connection, "data", "k", "2");
            assertEquals(2, store.get("k"));
            TempDatabase.execute(connection, "DELETE FROM data");
            assertFalse(store.contains("k"));
            assertEquals("default", store.getOrDefault("k", "default"));
            TempDatabase.writeRow(connection, "data", "k", "3");
            assertEquals(3, store.batchGet(List.of("k")).get("k"));
        }
    }

    @Test
    void unboundedKeepsEverythingAndNeverRereads() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data", options(CacheMode.unbounded()))) {
            for (int i = 0; i < 1000; i++) {
                store.put("k" + i, i);
            }
            TempDatabase.execute(connection, "UPDATE data SET value = '-1'");
            ticker.advance(Duration.ofDays(365));
            for (int i = 0; i < 1000; i++) {
                assertTrue(store.isCached("k" + i));
                assertEquals(i, store.get("k" + i));
            }
            TempDatabase.execute(connection, "DELETE FROM data");
            assertTrue(store.contains("k1"));
            assertNull(store.getFresh("k1"));
        }
    }

    @Test
    void anAbsentKeyIsRememberedUntilRefreshed() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data", options(CacheMode.unbounded()))) {
            assertFalse(store.contains("k"));
            TempDatabase.writeRow(connection, "data", "k", "1");
            assertFalse(store.contains("k"));
            store.refresh("k");
            assertTrue(store.contains("k"));
        }
    }

    @Test
    void lruKeepsAtMostItsSizeAndRereadsWhatItEvicted() throws Exception {
        int size = 10;
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data", options(CacheMode.lru(size)))) {
            for (int i = 0; i < 200; i++) {
                store.put("k" + i, i);
                assertTrue(cachedCount(store, i + 1) <= size);
            }
            int cached = cachedCount(store, 200);
            assertTrue(cached > 0 && cached <= size, "cached " + cached);
            TempDatabase.execute(connection, "UPDATE data SET value = '-1'");
            int fromFile = 0;
            int fromMemory = 0;
            for (int i = 0; i < 200; i++) {
                boolean wasCached = store.isCached("k" + i);
                Object value = store.get("k" + i);
                if (wasCached) {
                    assertEquals(i, value);
                    fromMemory++;
                } else {
                    assertEquals(-1, value);
                    fromFile++;
                }
            }
            assertTrue(fromFile >= 190, "evicted entries are read from the file: " + fromFile);
            assertTrue(fromMemory > 0);
            assertTrue(cachedCount(store, 200) <= size);
        }
    }

    private static int cachedCount(KvStore store, int keys) {
        int count = 0;
        for (int i = 0; i < keys; i++) {
            count += store.isCached("k" + i) ? 1 : 0;
        }
        return count;
    }

    @Test
    void ttlExpiresEntriesAndRereadsTheFile() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data", options(CacheMode.ttl(TTL)))) {
            store.put("k", "mine");
            TempDatabase.writeRow(connection, "data", "k", "\"changed\"");
            ticker.advance(TTL.minusNanos(1));
            assertTrue(store.isCached("k"));
            assertEquals("mine", store.get("k"));
            ticker.advance(Duration.ofNanos(1));
            assertFalse(store.isCached("k"));
            assertEquals("changed", store.get("k"));
            assertTrue(store.isCached("k"), "the value read is cached for another TTL");
            assertEquals("\"changed\"", TempDatabase.storedJson(connection, "data", "k"));
            ticker.advance(TTL.multipliedBy(10));
            assertEquals("changed", store.get("k"), "rows stay when the mode does not delete them");
            assertEquals(1, TempDatabase.rowCount(connection, "data"));
        }
    }

    @Test
    void ttlCountsFromTheLastWriteNotTheLastRead() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data", options(CacheMode.ttl(TTL)))) {
            store.put("k", 1);
            ticker.advance(TTL.dividedBy(2));
            store.get("k");
            store.put("k", 2);
            ticker.advance(TTL.dividedBy(2).plusSeconds(1));
            assertTrue(store.isCached("k"), "rewritten half a TTL ago");
            ticker.advance(TTL.dividedBy(2));
            assertFalse(store.isCached("k"));
        }
    }

    @Test
    void ttlWithDeletionDeletesExpiredRowsAtTheNextOperation() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data", options(CacheMode.ttl(TTL, true)))) {
            store.put("a", 1);
            store.put("b", 2);
            ticker.advance(TTL.dividedBy(2));
            store.put("c", 3);
            ticker.advance(TTL.dividedBy(2));
            assertEquals(List.of("a", "b", "c"), TempDatabase.storedKeys(connection, "data"),
                    "nothing happens until the store is used");
            assertFalse(store.contains("other"));
            assertEquals(List.of("c"), TempDatabase.storedKeys(connection, "data"));
            assertNull(store.get("a"));
            assertEquals(3, store.get("c"));
            ticker.advance(TTL);
            assertNull(store.get("c"));
            assertEquals(0, TempDatabase.rowCount(connection, "data"));
        }
    }

    @Test
    void aKeyPutAgainAfterExpiryIsNotDeleted() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data", options(CacheMode.ttl(TTL, true)))) {
            store.put("k", "old");
            ticker.advance(TTL.plusSeconds(1));
            store.put("k", "new");
            assertEquals("\"new\"", TempDatabase.storedJson(connection, "data", "k"));
            ticker.advance(TTL.dividedBy(2));
            store.put("other", 1);
            assertEquals(2, store.size());
            assertEquals("new", store.get("k"));
            assertEquals("\"new\"", TempDatabase.storedJson(connection, "data", "k"));
        }
    }

    @Test
    void onlyRowsThisStoreCachedAValueOfAreDeletedOnExpiry() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "data", options(CacheMode.ttl(TTL, true)))) {
            assertFalse(store.contains("k"));
            TempDatabase.writeRow(connection, "data", "k", "\"written by SQL after the miss\"");
            ticker.advance(TTL.plusSeconds(1));
            store.put("other", 1);
            assertEquals("\"written by SQL after the miss\"", TempDatabase.storedJson(connection, "data", "k"),
                    "the expiry of a remembered miss must not delete a row");
            assertEquals("written by SQL after the miss", store.get("k"));
        }
    }

    @Test
    void rowsReadFromTheFileExpireAndAreDeletedToo() throws Exception {
        try (Connection connection = TempDatabase.open(dir)) {
            TempDatabase.execute(connection, "CREATE TABLE data (key TEXT PRIMARY KEY, value TEXT)");
            TempDatabase.writeRow(connection, "data", "old", "1");
            TempDatabase.writeRow(connection, "data", "unread", "2");
            try (KvStore store = KvStore.open(connection, "data", options(CacheMode.ttl(TTL, true)))) {
                assertEquals(1, store.get("old"));
                ticker.advance(TTL);
                assertEquals(1, store.size());
                assertEquals(List.of("unread"), TempDatabase.storedKeys(connection, "data"),
                        "a row never read is not cached and so never expires");
            }
        }
    }
}
