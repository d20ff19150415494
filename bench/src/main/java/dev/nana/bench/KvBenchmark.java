package dev.nana.bench;

import dev.nana.kv.CacheMode;
import dev.nana.kv.FlushPolicy;
import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The key-value store against hand-written sqlite-jdbc ({@link KvBenchDatabase#driver}), in operations per second
 * so that the scores read beside NanaSQLite's (FACTS.md); {@link Report} prints both comparisons. Same settings as
 * {@link NanaVsRawBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class KvBenchmark {
    static final int HOT_SET = 1000;

    /** A new key per call: nana encodes the dict to JSON, raw binds JSON text made once. */
    @Benchmark
    public void kvPut(EmptyPuts empty, KvBenchDatabase db) throws SQLException {
        db.side.put(db.freshKey());
    }

    /**
     * As {@link #kvPut} with write-behind ({@link FlushPolicy#everyCount}): the put returns once buffered and every
     * thousandth one writes the thousand in one transaction. Nana only: the opt-in trade of durability for speed.
     */
    @Benchmark
    public void kvPutWriteBehind(BufferedStore buffered) throws SQLException {
        buffered.store.put(buffered.freshKey(), KvBenchDatabase.VALUE);
    }

    /** A random one of 100k keys from the database: nana decodes the JSON to a Map, raw returns the text. */
    @Benchmark
    public Object kvColdGet(KvBenchDatabase db) throws SQLException {
        return db.side.get(KvBenchDatabase.randomHotKey(KvBenchDatabase.HOT_KEYS));
    }

    /**
     * A random one of 100k keys, all in the cache; nana only (raw has no cache to compare with). Bound by memory
     * latency: most lookups miss the CPU caches and the TLB.
     */
    @Benchmark
    public Object kvWarmGet(CachedStore cached) throws SQLException {
        return cached.store.get(KvBenchDatabase.randomHotKey(KvBenchDatabase.HOT_KEYS));
    }

    /** As {@link #kvWarmGet}, reading only {@value #HOT_SET} of the keys: a working set the CPU caches hold. */
    @Benchmark
    public Object kvWarmGetHotSet(CachedStore cached) throws SQLException {
        return cached.store.get(KvBenchDatabase.randomHotKey(HOT_SET));
    }

    /** One operation is one key, so the score is keys per second. */
    @Benchmark
    @OperationsPerInvocation(KvBenchDatabase.BATCH_KEYS)
    public void kvBatchPut100k(EmptyBatch empty, KvBenchDatabase db) throws SQLException {
        db.side.batchPut(KvBenchDatabase.BATCH);
    }

    /** Single writes start each iteration from an empty table (and cache), so neither grows for the whole run. */
    @State(Scope.Thread)
    public static class EmptyPuts {
        @Setup(Level.Iteration)
        public void clear(KvBenchDatabase db) throws SQLException {
            db.side.clearPuts();
        }
    }

    /** Every batch writes 100k new rows into an empty table, emptied outside the measured time. */
    @State(Scope.Thread)
    public static class EmptyBatch {
        @Setup(Level.Invocation)
        public void clear(KvBenchDatabase db) throws SQLException {
            db.side.clearBatch();
        }
    }

    /** A store whose 100k keys were bulk-loaded into its (unbounded) cache when it opened. */
    @State(Scope.Benchmark)
    public static class CachedStore {
        KvStore store;
        private KvTempFile temp;
        private Connection connection;

        @Setup(Level.Trial)
        public void open() throws IOException, SQLException {
            temp = new KvTempFile();
            connection = KvBenchDatabase.connect(temp.nanaUrl());
            try (KvStore filler = KvStore.open(connection, "hot", KvOptions.defaults().withCache(CacheMode.none()))) {
                KvBenchDatabase.fillHot(filler);
            }
            store = KvStore.open(connection, "hot", KvOptions.defaults().withBulkLoad(true));
        }

        @TearDown(Level.Trial)
        public void close() throws IOException, SQLException {
            store.close();
            connection.close();
            temp.close();
        }
    }

    /** A store that buffers writes and writes every {@value #FLUSH_COUNT} in one transaction. */
    @State(Scope.Benchmark)
    public static class BufferedStore {
        static final int FLUSH_COUNT = 1000;
        KvStore store;
        private long nextKey;
        private KvTempFile temp;
        private Connection connection;

        @Setup(Level.Trial)
        public void open() throws IOException, SQLException {
            temp = new KvTempFile();
            connection = KvBenchDatabase.connect(temp.nanaUrl());
            store = KvStore.open(connection, "puts",
                    KvOptions.defaults().withWriteBehind(FlushPolicy.everyCount(FLUSH_COUNT)));
        }

        /** As for {@link EmptyPuts}: neither the table nor the cache grows for the whole run. */
        @Setup(Level.Iteration)
        public void clear() throws SQLException {
            store.clear();
        }

        String freshKey() {
            return "put-" + nextKey++;
        }

        @TearDown(Level.Trial)
        public void close() throws IOException, SQLException {
            store.close();
            connection.close();
            temp.close();
        }
    }
}
