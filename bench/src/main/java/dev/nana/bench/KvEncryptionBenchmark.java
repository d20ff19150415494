package dev.nana.bench;

import dev.nana.jdbc.NanaConnection;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What encryption costs a key-value put and a cold get: the same store on {@code jdbc:nana:} without a key
 * ({@code cipher=none}) and with one ({@code encryptionMode}), in one run. {@link Report} prints each cipher's cost
 * against plaintext.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class KvEncryptionBenchmark {

    @Benchmark
    public void cipherPut(EmptyPuts empty, Stores stores) throws SQLException {
        stores.puts.put(stores.freshKey(), KvBenchDatabase.VALUE);
    }

    @Benchmark
    public Object cipherColdGet(Stores stores) throws SQLException {
        return stores.hot.get(KvBenchDatabase.randomHotKey(KvBenchDatabase.HOT_KEYS));
    }

    /** A fresh file per trial, sealed with {@link #cipher} (none: plaintext), 100k hot keys, no cache for reads. */
    @State(Scope.Benchmark)
    public static class Stores {
        @Param({"none", "aes-gcm", "chacha20"})
        public String cipher;

        KvStore puts;
        KvStore hot;
        private long nextKey;
        private KvTempFile temp;
        private Connection connection;

        @Setup(Level.Trial)
        public void open() throws IOException, SQLException {
            temp = new KvTempFile();
            connection = KvBenchDatabase.connect(temp.nanaUrl(), KvBenchDatabase.keyed(cipher));
            NanaConnection nana = connection.unwrap(NanaConnection.class);
            puts = nana.kv("puts");
            hot = nana.kv("hot", KvOptions.defaults().withCache(CacheMode.none()));
            KvBenchDatabase.fillHot(hot);
        }

        String freshKey() {
            return "put-" + nextKey++;
        }

        @TearDown(Level.Trial)
        public void close() throws IOException, SQLException {
            hot.close();
            connection.close();
            temp.close();
        }
    }

    /** As in {@link KvBenchmark}: single writes start each iteration from an empty table and cache. */
    @State(Scope.Thread)
    public static class EmptyPuts {
        @Setup(Level.Iteration)
        public void clear(Stores stores) throws SQLException {
            stores.puts.clear();
        }
    }
}
