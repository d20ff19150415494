package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write-behind: when buffered writes reach the file, what reads see meanwhile, and the dead-letter queue. */
class WriteBehindTest {
    @TempDir
    Path dir;
    private final ManualTicker ticker = new ManualTicker();
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = TempDatabase.open(dir);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private KvStore store(FlushPolicy policy) throws SQLException {
        return store(policy, CacheMode.unbounded());
    }

    private KvStore store(FlushPolicy policy, CacheMode cache) throws SQLException {
        return KvStore.open(connection, "data", KvOptions.defaults().withWriteBehind(policy).withCache(cache)
                .withTicker(ticker));
    }

    private List<String> storedKeys() throws SQLException {
        return TempDatabase.storedKeys(connection, "data");
    }

    @Test
    void everyCountFlushesOnTheNthPendingWrite() throws Exception {
        try (KvStore store = store(FlushPolicy.everyCount(3))) {
            store.put("a", 1);
            store.put("b", 2);
            assertEquals(List.of(), storedKeys());
            assertEquals(2, store.metrics().pending());
            store.put("c", 3);
            assertEquals(List.of("a", "b", "c"), storedKeys());
            assertEquals(new WriteBehindMetrics(0, 1, 3, 0, 0, 0), store.metrics());
            store.put("d", 4);
            store.put("d", 5);
            assertEquals(1, store.metrics().pending(), "writes of one key are coalesced: the newest wins");
            assertFalse(TempDatabase.hasRow(connection, "data", "d"));
            store.batchPut(Map.of("e", 6, "f", 7));
            assertEquals("5", TempDatabase.storedJson(connection, "data", "d"));
            assertEquals(6, TempDatabase.rowCount(connection, "data"));
        }
    }

    @Test
    void manualWritesOnlyOnFlushAndClose() throws Exception {
        KvStore store = store(FlushPolicy.manual());
        for (int i = 0; i < 100; i++) {
            store.put("k" + i, i);
        }
        ticker.advance(Duration.ofDays(1));
        store.put("late", true);
        assertEquals(0, TempDatabase.rowCount(connection, "data"));
        assertEquals(101, store.metrics().pending());
        store.flush();
        assertEquals(101, TempDatabase.rowCount(connection, "data"));
        assertEquals(new WriteBehindMetrics(0, 1, 101, 0, 0, 0), store.metrics());
        store.flush();
        assertEquals(1, store.metrics().flushes(), "a flush with nothing pending writes nothing");
        store.put("k0", "changed");
        store.delete("k1");
        assertEquals("0", TempDatabase.storedJson(connection, "data", "k0"));
        assertTrue(TempDatabase.hasRow(connection, "data", "k1"));
        store.close();
        assertEquals("\"changed\"", TempDatabase.storedJson(connection, "data", "k0"));
        assertFalse(TempDatabase.hasRow(connection, "data", "k1"));
    }

    @Test
    void everyIntervalFlushesABoundStoreAtItsNextOperationAfterTheInterval() throws Exception {
        Duration interval = Duration.ofSeconds(10);
        try (KvStore store = store(FlushPolicy.everyInterval(interval))) {
            store.put("a", 1);
            ticker.advance(interval.minusNanos(1));
            store.put("b", 2);
            assertEquals(List.of(), storedKeys(), "the oldest write is not due yet");
            ticker.advance(Duration.ofNanos(1));
            assertEquals(1, store.get("a"), "a cached read stays in memory");
            assertEquals(List.of(), storedKeys());
            store.put("c", 3);
            assertEquals(List.of("a", "b"), storedKeys(), "due writes go first; the new one waits its interval");
            ticker.advance(interval);
            assertFalse(store.contains("never written"));
            assertEquals(List.of("a", "b", "c"), storedKeys());
            assertEquals(2, store.metrics().flushes());
        }
    }

    @Test
    void readsSeePendingWritesAndDeletes() throws Exception {
        for (CacheMode cache : List.of(CacheMode.unbounded(), CacheMode.none(), CacheMode.lru(1))) {
            TempDatabase.execute(connection, "DROP TABLE IF EXISTS data");
            try (KvStore store = store(FlushPolicy.manual(), cache)) {
                TempDatabase.writeRow(connection, "data", "gone", "\"on file\"");
                store.put("new", Map.of("v", 1));
                store.put("other", 2);
                assertTrue(store.delete("gone"));
                assertEquals(List.of("gone"), storedKeys(), cache.toString());
                assertEquals(Map.of("v", 1), store.get("new"), cache.toString());
                assertEquals(2, store.get("other"), cache.toString());
                assertTrue(store.contains("new"), cache.toString());
                assertFalse(store.contains("gone"), cache.toString());
                assertNull(store.get("gone"), cache.toString());
                assertEquals("default", store.getOrDefault("gone", "default"), cache.toString());
                assertEquals(Map.of("v", 1), store.get("new", Map.class), cache.toString());
                assertFalse(store.delete("gone"), "already deleted (pending): " + cache);
            }
            assertEquals(List.of("new", "other"), storedKeys());
        }
    }

    @Test
    void operationsThatReadTheFileFlushFirst() throws Exception {
        try (KvStore store = store(FlushPolicy.manual())) {
            store.put("a", 1);
            store.put("b", 2);
            assertEquals(2, store.size());
            assertEquals(List.of("a", "b"), storedKeys());
            store.put("c", 3);
            try (Stream<String> keys = store.keys()) {
                assertEquals(List.of("a", "b", "c"), keys.toList());
            }
            store.put("d", 4);
            assertEquals(5, store.increment("d", 1));
            store.put("e", 5);
            assertEquals(Map.of("e", 5), store.batchGet(List.of("e")));
            assertEquals(List.of("a", "b", "c", "d", "e"), storedKeys());
            assertEquals(0, store.metrics().pending());
        }
    }

    @Test
    void clearDropsPendingWrites() throws Exception {
        try (KvStore store = store(FlushPolicy.manual())) {
            store.put("a", 1);
            store.clear();
            store.flush();
            assertEquals(0, TempDatabase.rowCount(connection, "data"));
            assertFalse(store.contains("a"));
        }
    }

    @Test
    void aFailingWriteGoesToTheDeadLetterQueueAndTheOthersAreWritten() throws Exception {
        TempDatabase.execute(connection, "CREATE TABLE data (key TEXT PRIMARY KEY, value TEXT)");
        TempDatabase.writeRow(connection, "data", "bad", "\"on file\"");
        TempDatabase.execute(connection, "CREATE TRIGGER refuse_data BEFORE INSERT ON data WHEN NEW.key = 'bad' "
                + "BEGIN SELECT RAISE(ABORT, 'no'); END");
        try (KvStore store = store(FlushPolicy.manual())) {
            store.put("good1", 1);
            store.put("bad", "refused");
            store.put("good2", 2);
            assertEquals("refused", store.get("bad"));
            store.flush();
            assertEquals(List.of("bad", "good1", "good2"), storedKeys());
            assertEquals("\"on file\"", TempDatabase.storedJson(connection, "data", "bad"));
            List<DeadLetter> letters = store.deadLetters();
            assertEquals(1, letters.size());
            assertEquals("bad", letters.get(0).key());
            assertEquals("\"refused\"", letters.get(0).json());
            assertTrue(letters.get(0).error().contains("no"), letters.get(0).error());
            assertEquals(new WriteBehindMetrics(0, 1, 2, 1, 1, 0), store.metrics());
            assertEquals("on file", store.get("bad"), "the cache forgets a write that failed");
        }
    }

    @Test
    void theDeadLetterQueueIsBoundedAndCountsWhatItDropped() throws Exception {
        TempDatabase.execute(connection, "CREATE TABLE data (key TEXT PRIMARY KEY, value TEXT)");
        TempDatabase.refuseKeys(connection, "data", "bad%");
        try (KvStore store = store(FlushPolicy.manual().withDeadLetterCapacity(2))) {
            store.put("bad1", 1);
            store.put("bad2", 2);
            store.put("ok", 0);
            store.put("bad3", 3);
            store.flush();
            assertEquals(List.of("bad2", "bad3"), store.deadLetters().stream().map(DeadLetter::key).toList());
            assertEquals(new WriteBehindMetrics(0, 1, 1, 3, 2, 1), store.metrics());
            assertEquals(List.of("ok"), storedKeys());
        }
    }

    @Test
    void retryWritesTheDeadLettersOnceTheCauseIsGone() throws Exception {
        TempDatabase.execute(connection, "CREATE TABLE data (key TEXT PRIMARY KEY, value TEXT)");
        TempDatabase.refuseKeys(connection, "data", "bad%");
        try (KvStore store = store(FlushPolicy.manual())) {
            store.put("bad1", 1);
            store.put("bad2", 2);
            store.delete("never there");
            store.flush();
            assertEquals(2, store.deadLetters().size());
            store.retryDeadLetters();
            assertEquals(2, store.deadLetters().size(), "still refused: back in the queue");
            assertEquals(List.of(), storedKeys());

            TempDatabase.allowKeys(connection, "data");
            store.retryDeadLetters();
            assertEquals(List.of(), store.deadLetters());
            assertEquals(List.of("bad1", "bad2"), storedKeys());
            assertEquals(2, store.get("bad2"));
            WriteBehindMetrics metrics = store.metrics();
            assertEquals(4, metrics.failed());
            assertEquals(3, metrics.written(), "the delete of a missing key and the two retried writes");
        }
    }

    @Test
    void retryKeepsANewerPendingWriteOfTheSameKey() throws Exception {
        TempDatabase.execute(connection, "CREATE TABLE data (key TEXT PRIMARY KEY, value TEXT)");
        TempDatabase.refuseKeys(connection, "data", "bad");
        try (KvStore store = store(FlushPolicy.manual())) {
            store.put("bad", "old");
            store.flush();
            TempDatabase.allowKeys(connection, "data");
            store.put("bad", "newer");
            store.retryDeadLetters();
            assertEquals(List.of(), store.deadLetters());
            store.flush();
            assertEquals("\"newer\"", TempDatabase.storedJson(connection, "data", "bad"));
            assertEquals("newer", store.get("bad"));
        }
    }

    @Test
    void clearDeadLettersForgetsThemWithoutWriting() throws Exception {
        TempDatabase.execute(connection, "CREATE TABLE data (key TEXT PRIMARY KEY, value TEXT)");
        TempDatabase.refuseKeys(connection, "data", "bad");
        try (KvStore store = store(FlushPolicy.manual())) {
            store.put("bad", 1);
            store.flush();
            assertEquals(1, store.deadLetters().size());
            store.clearDeadLetters();
            assertEquals(List.of(), store.deadLetters());
            TempDatabase.allowKeys(connection, "data");
            store.retryDeadLetters();
            assertEquals(0, TempDatabase.rowCount(connection, "data"));
            assertEquals(1, store.metrics().failed());
            assertEquals(0, store.metrics().deadLetters());
        }
    }

    @Test
    void anImmediateStoreHasNoBufferAndZeroMetrics() throws Exception {
        try (KvStore store = KvStore.open(connection, "data")) {
            store.put("a", 1);
            assertEquals("1", TempDatabase.storedJson(connection, "data", "a"));
            store.flush();
            store.retryDeadLetters();
            assertEquals(List.of(), store.deadLetters());
            assertEquals(new WriteBehindMetrics(0, 0, 0, 0, 0, 0), store.metrics());
        }
    }

    @Test
    void aPooledStoreFlushesOnCountAndClose() throws Exception {
        FileDataSource dataSource = new FileDataSource(dir);
        KvStore store = KvStore.open(dataSource, "data",
                KvOptions.defaults().withWriteBehind(FlushPolicy.everyCount(2)).withTicker(ticker));
        store.put("a", 1);
        assertEquals(0, TempDatabase.rowCount(connection, "data"));
        store.put("b", 2);
        assertEquals(2, TempDatabase.rowCount(connection, "data"));
        store.put("c", 3);
        store.close();
        assertEquals(3, TempDatabase.rowCount(connection, "data"));
        assertEquals(0, dataSource.openConnections());
    }
}
