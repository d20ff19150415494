package dev.nana.bench;

import dev.nana.kv.CacheMode;
import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** A new key per call: nana encodes the dict to JSON, raw binds JSON text made once. */
    @Benchmark
    public void kvPut(EmptyPuts empty, KvBenchDatabase db) throws SQLException {
        db.side.put(db.freshKey());
    }

    /** A random one of 100k keys from the database: nana decodes the JSON to a Map, raw returns the text. */
    @Benchmark
    public Object kvColdGet(KvBenchDatabase db) throws SQLException {
        return db.side.get(KvBenchDatabase.randomHotKey());
    }

    /** A random one of 100k keys, all in the cache; nana only (raw has no cache to compare with). */
    @Benchmark
    public Object kvWarmGet(CachedStore cached) throws SQLException {
        return cached.store.get(KvBenchDatabase.randomHotKey());
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
        private Connection connection;
        private Path directory;

        @Setup(Level.Trial)
        public void open() throws IOException, SQLException {
            directory = Files.createTempDirectory("nana-kv-bench");
            connection = KvBenchDatabase.connect(KvBenchDatabase.nanaUrl(directory.resolve("kv.db")));
            try (KvStore filler = KvStore.open(connection, "hot", KvOptions.defaults().withCache(CacheMode.none()))) {
                KvBenchDatabase.fillHot(filler);
            }
            store = KvStore.open(connection, "hot", KvOptions.defaults().withBulkLoad(true));
        }

        @TearDown(Level.Trial)
        public void close() throws IOException, SQLException {
            store.close();
            connection.close();
            KvBenchDatabase.deleteDirectory(directory);
        }
    }
}
