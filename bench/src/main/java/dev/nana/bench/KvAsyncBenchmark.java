package dev.nana.bench;

import dev.nana.jdbc.NanaDataSource;
import dev.nana.kv.AsyncKvOptions;
import dev.nana.kv.AsyncKvStore;
import dev.nana.kv.CacheMode;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold reads through {@link AsyncKvStore} (no cache, default pool: 5 threads, 4 read connections) from one and from
 * two calling threads, each waiting for its read; the score is the callers' combined reads per second. NanaSQLite
 * serialises on one connection (FACTS.md: 4 threads together reach half of one thread's rate); nana's reads should
 * scale with the read connections, as far as the cores allow.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class KvAsyncBenchmark {

    @Benchmark
    @Threads(1)
    public Object kvAsyncColdGet1Thread(ColdAsyncStore cold) {
        return cold.store.get(KvBenchDatabase.randomHotKey(KvBenchDatabase.HOT_KEYS)).join();
    }

    @Benchmark
    @Threads(2)
    public Object kvAsyncColdGet2Threads(ColdAsyncStore cold) {
        return cold.store.get(KvBenchDatabase.randomHotKey(KvBenchDatabase.HOT_KEYS)).join();
    }

    /** The 100k hot keys behind an uncached AsyncKvStore. */
    @State(Scope.Benchmark)
    public static class ColdAsyncStore {
        AsyncKvStore store;
        private KvTempFile temp;

        @Setup(Level.Trial)
        public void open() throws IOException, SQLException {
            temp = new KvTempFile();
            NanaDataSource dataSource = new NanaDataSource();
            dataSource.setUrl(temp.nanaUrl());
            try (Connection connection = KvBenchDatabase.connect(dataSource.getUrl());
                 KvStore filler = KvStore.open(connection, "hot", KvOptions.defaults().withCache(CacheMode.none()))) {
                KvBenchDatabase.fillHot(filler);
            }
            store = AsyncKvStore.open(dataSource, "hot",
                    AsyncKvOptions.defaults().withStore(KvOptions.defaults().withCache(CacheMode.none())));
        }

        @TearDown(Level.Trial)
        public void close() throws IOException, SQLException {
            store.close();
            temp.close();
        }
    }
}
