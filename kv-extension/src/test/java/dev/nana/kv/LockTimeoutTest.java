package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock timeout. A store runs user code under its lock in one place: the write hooks of increment and patch
 * (they run inside the read-change-write step). A hook that waits on a latch holds the lock for as long as the test
 * wants, so the timeout is seen without sleeping. The timeout itself waits real time (50 ms); no assertion depends
 * on how long.
 */
class LockTimeoutTest {
    private static final Duration TIMEOUT = Duration.ofMillis(50);

    @TempDir
    Path dir;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final CountDownLatch inside = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdownNow();
    }

    /** Blocks the first write of key "slow" until the test releases it. */
    private final KvHook blocker = new KvHook() {
        private final AtomicBoolean first = new AtomicBoolean(true);

        @Override
        public Object beforeWrite(KvStore store, String key, Object value) throws SQLException {
            if (key.equals("slow") && first.getAndSet(false)) {
                inside.countDown();
                try {
                    assertTrue(release.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return value;
        }
    };

    private KvOptions options() {
        return KvOptions.defaults().withLockTimeout(TIMEOUT).withHooks(blocker);
    }

    private Future<Number> holdTheLockOfSlow(KvStore store) throws InterruptedException {
        Future<Number> holder = executor.submit(() -> store.increment("slow", 1));
        assertTrue(inside.await(30, TimeUnit.SECONDS));
        return holder;
    }

    private static void assertTimedOut(SQLException e) {
        KvLockTimeoutException timeout = assertInstanceOf(KvLockTimeoutException.class, e);
        assertInstanceOf(SQLTimeoutException.class, timeout);
        assertEquals("HYT00", e.getSQLState());
        assertEquals(KvLockTimeoutException.SQL_STATE, e.getSQLState());
        assertTrue(e.getMessage().startsWith("nana: ") && e.getMessage().contains("50 ms"), e.getMessage());
    }

    @Test
    void aBoundStoreTimesOutEveryOperationThatNeedsTheLockAndWritesNothing() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data", options())) {
            store.put("cached", "value");
            Future<Number> holder = holdTheLockOfSlow(store);

            assertTimedOut(assertThrows(SQLException.class, () -> store.put("other", 1)));
            assertTimedOut(assertThrows(SQLException.class, () -> store.delete("cached")));
            assertTimedOut(assertThrows(SQLException.class, () -> store.batchPut(java.util.Map.of("b", 1))));
            assertTimedOut(assertThrows(SQLException.class, () -> store.get("uncached")));
            assertTimedOut(assertThrows(SQLException.class, store::size));
            assertEquals("value", store.get("cached"), "a cached read needs no lock");

            release.countDown();
            assertEquals(1, holder.get(30, TimeUnit.SECONDS));
            assertEquals(List.of("cached", "slow"), TempDatabase.storedKeys(connection, "data"));
            assertEquals("\"value\"", TempDatabase.storedJson(connection, "data", "cached"));
            store.put("other", 1);
            assertEquals(3, store.size());
        }
    }

    @Test
    void aPooledStoreTimesOutOnlyOnTheStripeThatIsHeld() throws Exception {
        FileDataSource dataSource = new FileDataSource(dir);
        try (KvStore store = KvStore.open(dataSource, "data", options())) {
            Future<Number> holder = holdTheLockOfSlow(store);
            assertTimedOut(assertThrows(SQLException.class, () -> store.put("slow", 5)));
            assertTimedOut(assertThrows(SQLException.class, store::size));
            // Reads under another stripe's lock go on (a write would wait for SQLite's write lock, which the
            // blocked increment holds in its transaction).
            String elsewhere = keyOnAnotherStripe("slow");
            assertNull(store.getFresh(elsewhere));
            release.countDown();
            assertEquals(1, holder.get(30, TimeUnit.SECONDS));
            try (Connection connection = TempDatabase.open(dir)) {
                assertEquals(List.of("slow"), TempDatabase.storedKeys(connection, "data"));
                assertEquals("1", TempDatabase.storedJson(connection, "data", "slow"));
            }
        }
    }

    /** The pooled store's 64 stripes are chosen by the key's hash. */
    private static String keyOnAnotherStripe(String key) {
        for (int i = 0; ; i++) {
            String other = "k" + i;
            if (Math.floorMod(other.hashCode(), 64) != Math.floorMod(key.hashCode(), 64)) {
                return other;
            }
        }
    }

    @Test
    void keyLocksTimeOutAndReleaseWhatTheyTookWhenLockAllFails() throws Exception {
        KeyLocks locks = new KeyLocks(4, TIMEOUT);
        String held = "held";
        Future<?> holder = executor.submit(() -> {
            locks.lock(held);
            try {
                inside.countDown();
                assertTrue(release.await(30, TimeUnit.SECONDS));
            } finally {
                locks.unlock(held);
            }
            return null;
        });
        assertTrue(inside.await(30, TimeUnit.SECONDS));
        assertTimedOut(assertThrows(SQLException.class, () -> locks.lock(held)));
        assertTimedOut(assertThrows(SQLException.class, locks::lockAll));
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);

        // lockAll from another thread succeeds only if the failed lockAll above released the stripes it had taken.
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            other.submit(() -> {
                locks.lockAll();
                locks.unlockAll();
                return null;
            }).get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void anInterruptedWaitIsHy008AndKeepsTheInterrupt() {
        KeyLocks locks = new KeyLocks(1, null);
        Thread.currentThread().interrupt();
        SQLException e = assertThrows(SQLException.class, () -> locks.lock("a"));
        assertEquals("HY008", e.getSQLState());
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
    }
}
