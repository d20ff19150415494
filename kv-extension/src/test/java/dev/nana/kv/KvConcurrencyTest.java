package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store over a DataSource (a new raw sqlite-jdbc connection per operation, WAL) used from many threads at once.
 * Each test checks the final state three ways: through the store (its cache), through a new store, and in the file.
 */
class KvConcurrencyTest {
    private static final int THREADS = 8;

    @TempDir
    Path dir;
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** Runs every task at once (released together by a latch) and rethrows the first failure. */
    private <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(executor.submit(() -> {
                assertTrue(start.await(30, TimeUnit.SECONDS));
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void threadsWritingDistinctKeysAllLand() throws Exception {
        int perThread = 100;
        FileDataSource dataSource = new FileDataSource(dir);
        try (KvStore store = KvStore.open(dataSource, "data")) {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        store.put("t" + thread + "-" + i, Map.of("thread", thread, "i", i));
                        assertEquals(Map.of("thread", thread, "i", i), store.get("t" + thread + "-" + i));
                    }
                    store.batchPut(Map.of("batch" + thread + "a", thread, "batch" + thread + "b", thread));
                    return null;
                });
            }
            runTogether(tasks);
            assertEquals(THREADS * (perThread + 2), store.size());
            try (KvStore fresh = KvStore.open(dataSource, "data")) {
                for (int t = 0; t < THREADS; t++) {
                    for (int i = 0; i < perThread; i++) {
                        assertEquals(Map.of("thread", t, "i", i), fresh.get("t" + t + "-" + i));
                    }
                    assertEquals(t, fresh.get("batch" + t + "b"));
                }
            }
        }
        assertEquals(0, dataSource.openConnections());
    }

    @Test
    void threadsWritingSharedKeysLeaveTheCacheAgreeingWithTheFile() throws Exception {
        int keys = 10;
        int rounds = 50;
        FileDataSource dataSource = new FileDataSource(dir);
        try (KvStore store = KvStore.open(dataSource, "data")) {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int round = 0; round < rounds; round++) {
                        String key = "shared" + (round + thread) % keys;
                        switch (round % 5) {
                            case 0 -> store.delete(key);
                            case 1 -> store.pop(key);
                            case 2 -> store.putIfAbsent(key, thread);
                            case 3 -> store.get(key);
                            default -> store.put(key, thread * 1000 + round);
                        }
                    }
                    return null;
                });
            }
            runTogether(tasks);
            try (Connection connection = TempDatabase.open(dir); KvStore fresh = KvStore.open(dataSource, "data")) {
                for (int k = 0; k < keys; k++) {
                    String key = "shared" + k;
                    String stored = TempDatabase.storedJson(connection, "data", key);
                    Object expected = stored == null ? null : KvCodec.standard().decode(key, stored);
                    assertEquals(expected, store.get(key), "the cache of " + key + " disagrees with the file");
                    assertEquals(expected, fresh.get(key));
                    assertEquals(stored != null, store.contains(key));
                }
            }
        }
    }

    @Test
    void concurrentIncrementsOfOneKeyAreNeverLost() throws Exception {
        int threads = 4;
        int perThread = 200;
        FileDataSource dataSource = new FileDataSource(dir);
        try (KvStore store = KvStore.open(dataSource, "data")) {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        store.increment("counter", 1);
                        store.increment("stats", "hits", 1);
                    }
                    return null;
                });
            }
            runTogether(tasks);
            assertEquals(threads * perThread, store.get("counter"));
            assertEquals(Map.of("hits", threads * perThread), store.get("stats"));
            assertEquals(threads * perThread, store.getFresh("counter"));
        }
        try (Connection connection = TempDatabase.open(dir)) {
            assertEquals("800", TempDatabase.storedJson(connection, "data", "counter"));
        }
    }

    @Test
    void incrementsStayAtomicWhileOtherKeysAreWrittenAndAcrossStores() throws Exception {
        int perThread = 200;
        FileDataSource dataSource = new FileDataSource(dir);
        try (KvStore first = KvStore.open(dataSource, "data"); KvStore second = KvStore.open(dataSource, "data")) {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                KvStore store = thread % 2 == 0 ? first : second;
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        if (thread < 4) {
                            store.increment("counter", 1);
                        } else {
                            store.put("other" + thread + "-" + i, i);
                        }
                    }
                    return null;
                });
            }
            runTogether(tasks);
            assertEquals(4 * perThread, first.getFresh("counter"));
            assertEquals(1 + 4 * perThread, first.size());
            assertEquals(4 * perThread, second.getFresh("counter"));
        }
    }

    @Test
    void exactlyOneThreadWinsPutIfAbsent() throws Exception {
        FileDataSource dataSource = new FileDataSource(dir);
        try (KvStore first = KvStore.open(dataSource, "data"); KvStore second = KvStore.open(dataSource, "data")) {
            AtomicInteger winners = new AtomicInteger();
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                KvStore store = thread % 2 == 0 ? first : second;
                tasks.add(() -> {
                    Object previous = store.putIfAbsent("leader", thread);
                    if (previous == null) {
                        winners.incrementAndGet();
                    }
                    return previous;
                });
            }
            List<Object> results = runTogether(tasks);
            assertEquals(1, winners.get());
            Object leader = first.getFresh("leader");
            for (Object result : results) {
                assertTrue(result == null || result.equals(leader), String.valueOf(result));
            }
        }
    }
}
