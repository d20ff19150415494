package dev.nana.kv;

import static dev.nana.kv.AsyncKvStoreTest.failure;
import static dev.nana.kv.AsyncKvStoreTest.walDataSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Parallel reads, write order, back-pressure and closing, made deterministic with hooks that wait on latches. */
@Timeout(120)
class AsyncKvStoreConcurrencyTest {
    /** How long a hook waits for the other side before the test fails: a guard against hangs, not a measurement. */
    private static final long PATIENCE_SECONDS = 30;

    @TempDir
    Path dir;

    private static AsyncKvOptions uncached(KvHook... hooks) {
        return AsyncKvOptions.defaults()
                .withStore(KvOptions.defaults().withCache(CacheMode.none()).withHooks(hooks));
    }

    /** A hook that, for writes or for reads of {@code key}, says it entered and waits until released. */
    private static final class Gate implements KvHook {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final String key;
        private final boolean onReads;

        Gate(String key, boolean onReads) {
            this.key = key;
            this.onReads = onReads;
        }

        @Override
        public Object beforeWrite(KvStore store, String key, Object value) throws SQLException {
            pass(key, false);
            return value;
        }

        @Override
        public Object afterRead(KvStore store, String key, Object value) throws SQLException {
            pass(key, true);
            return value;
        }

        private void pass(String key, boolean read) throws SQLException {
            if (key.equals(this.key) && read == onReads) {
                entered.countDown();
                try {
                    if (!release.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                        throw new SQLException("the test never released the gate");
                    }
                } catch (InterruptedException e) {
                    throw new SQLException(e);
                }
            }
        }

        void awaitEntered() throws InterruptedException {
            assertTrue(entered.await(PATIENCE_SECONDS, TimeUnit.SECONDS), "the operation never reached the gate");
        }
    }

    @Test
    void hundredConcurrentColdGets() throws Exception {
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data")) {
            for (int i = 0; i < 100; i++) {
                db.put("key_" + i, "value_" + i).join();
            }
        }
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data")) {
            List<CompletableFuture<Object>> gets = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                gets.add(db.get("key_" + i));
            }
            CompletableFuture.allOf(gets.toArray(CompletableFuture[]::new)).join();
            for (int i = 0; i < 100; i++) {
                assertEquals("value_" + i, gets.get(i).join());
            }
        }
    }

    @Test
    void twoReadsAreInFlightAtOnce() throws Exception {
        // Each read waits in its hook until the other one is there too: they only complete if they overlap.
        CyclicBarrier bothReading = new CyclicBarrier(2);
        KvHook meet = new KvHook() {
            @Override
            public Object afterRead(KvStore store, String key, Object value) throws SQLException {
                try {
                    bothReading.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new SQLException("the two reads did not run at the same time", e);
                }
                return value;
            }
        };
        AsyncKvOptions options = uncached(meet).withReadPoolSize(2).withMaxWorkers(2);
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data", options)) {
            db.put("p1", 1).join();
            db.put("p2", 2).join();
            CompletableFuture<Object> first = db.get("p1");
            CompletableFuture<Object> second = db.get("p2");
            assertEquals(1, first.join());
            assertEquals(2, second.join());
        }
    }

    @Test
    void readsDoNotWaitForAWriteInProgress() throws Exception {
        Gate slowWrite = new Gate("slow", false);
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data", uncached(slowWrite))) {
            db.put("fast", 1).join();
            CompletableFuture<Void> write = db.put("slow", 2);
            slowWrite.awaitEntered();
            assertEquals(1, db.get("fast").join());
            assertEquals(1L, db.size().join());
            assertFalse(write.isDone());
            slowWrite.release.countDown();
            write.join();
            assertEquals(2, db.get("slow").join());
        }
    }

    @Test
    void writesApplyInTheOrderTheyWereCalled() throws Exception {
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data");
             Connection other = TempDatabase.open(dir)) {
            List<CompletableFuture<?>> writes = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                writes.add(db.put("k", i));
                if (i % 50 == 0) {
                    writes.add(db.delete("k"));
                }
            }
            writes.get(writes.size() - 1).join();
            assertTrue(writes.stream().allMatch(CompletableFuture::isDone));
            assertEquals(299, db.get("k").join());
            assertEquals("299", TempDatabase.storedJson(other, "data", "k"));
        }
    }

    @Test
    void aFullQueueFailsFastWithATransientError() throws Exception {
        Gate blockedRead = new Gate("block", true);
        AsyncKvOptions options = uncached(blockedRead).withMaxWorkers(1).withReadPoolSize(1).withQueueCapacity(1);
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data", options)) {
            db.put("block", 0).join();
            db.put("x", 1).join();
            CompletableFuture<Object> running = db.get("block");
            blockedRead.awaitEntered();
            CompletableFuture<Object> queued = db.get("x");
            CompletableFuture<Object> refusedRead = db.get("x");
            CompletableFuture<Void> refusedWrite = db.put("y", 2);
            assertTrue(refusedRead.isCompletedExceptionally());
            SQLException busy = failure(refusedRead);
            assertInstanceOf(SQLTransientException.class, busy);
            assertEquals(AsyncKvStore.BUSY, busy.getSQLState());
            assertTrue(busy.getMessage().contains("AsyncKvOptions.queueCapacity"), busy.getMessage());
            assertEquals("53000", failure(refusedWrite).getSQLState());
            blockedRead.release.countDown();
            assertEquals(0, running.join());
            assertEquals(1, queued.join());
            assertFalse(db.contains("y").join());
        }
    }

    @Test
    void closeWaitsForAcceptedWorkThenRefusesMore() throws Exception {
        AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data",
                AsyncKvOptions.defaults().withMaxWorkers(1));
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            writes.add(db.put("k" + i, i));
        }
        db.close();
        for (CompletableFuture<Void> write : writes) {
            assertTrue(write.isDone() && !write.isCompletedExceptionally());
        }
        try (AsyncKvStore reopened = AsyncKvStore.open(walDataSource(dir), "data")) {
            assertEquals(500L, reopened.size().join());
        }
        assertEquals("HY010", failure(db.get("k1")).getSQLState());
        assertEquals("HY010", failure(db.put("k1", 1)).getSQLState());
        assertEquals("HY010", failure(db.size()).getSQLState());
        db.close();
    }

    @Test
    void closeOnTheStoresOwnThreadIsRefused() throws Exception {
        AtomicReference<AsyncKvStore> self = new AtomicReference<>();
        KvHook closer = new KvHook() {
            @Override
            public Object beforeWrite(KvStore store, String key, Object value) throws SQLException {
                if (key.equals("close")) {
                    self.get().close();
                }
                return value;
            }
        };
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data",
                AsyncKvOptions.defaults().withStore(KvOptions.defaults().withHooks(closer)))) {
            self.set(db);
            SQLException refused = failure(db.put("close", 1));
            assertEquals("HY010", refused.getSQLState());
            assertTrue(refused.getMessage().contains("own threads"), refused.getMessage());
            db.put("still", "open").join();
            assertEquals("open", db.get("still").join());
        }
    }
}
