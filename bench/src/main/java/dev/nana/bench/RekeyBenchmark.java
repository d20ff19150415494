package dev.nana.bench;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code nana rekey}'s work, {@link NanaConnection#rekey}, on one namespace of {@link #values} values sealed with
 * AES-GCM under key 1, re-sealed under key 2: a fresh database per iteration, filled outside the measured time, on
 * the connection settings {@code nana rekey} uses (a plain {@code jdbc:nana:} file URL and a key ring file). One
 * iteration is one whole run, so the score is the time of a rekey; {@link #main} prints it per value.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class RekeyBenchmark {
    private static final int FILL_CHUNK = 100_000;

    @Param({"100000", "1000000", "3000000"})
    public int values;

    /** Values per transaction: {@code nana rekey}'s default. */
    @Param({"5000"})
    public int batch;

    private KvTempFile temp;
    private Connection ring;

    /** A new file with every value under key 1, then a connection whose ring also holds key 2, the sealing key. */
    @Setup(Level.Iteration)
    public void fill() throws IOException, SQLException {
        temp = new KvTempFile();
        fill(temp, values);
        ring = open(temp, ringFile(temp));
    }

    @Benchmark
    public long rekey() throws SQLException {
        long resealed = ring.unwrap(NanaConnection.class).rekey(batch, (namespace, walked, count, soFar) -> { });
        if (resealed != values) {
            throw new IllegalStateException("re-sealed " + resealed + " of " + values + " values");
        }
        return resealed;
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException, SQLException {
        ring.close();
        temp.close();
    }

    /** {@code values} values under AES-GCM key 1, in the namespace {@code data} of a new file. */
    static void fill(KvTempFile temp, int values) throws IOException, SQLException {
        try (Connection old = open(temp, keyFile(temp, "old.key", "1:" + keyText(1)));
             KvStore data = old.unwrap(NanaConnection.class).kv("data")) {
            for (int from = 0; from < values; from += FILL_CHUNK) {
                Map<String, Object> chunk = new LinkedHashMap<>();
                for (int i = from; i < Math.min(values, from + FILL_CHUNK); i++) {
                    chunk.put("key-" + i, KvBenchDatabase.VALUE);
                }
                data.batchPut(chunk);
            }
        }
    }

    /** The key ring {@code nana rekey} is given: the old key 1 and the new key 2, which seals. */
    static Path ringFile(KvTempFile temp) throws IOException {
        return keyFile(temp, "ring.key", "1:" + keyText(1) + "\n2:" + keyText(2));
    }

    static Connection open(KvTempFile temp, Path keys) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("encryptionKeyFile", keys.toString());
        return DriverManager.getConnection("jdbc:nana:" + temp.file, properties);
    }

    private static Path keyFile(KvTempFile temp, String name, String ring) throws IOException {
        return Files.writeString(temp.file.resolveSibling(name), ring + "\n");
    }

    /** A benchmark keeps no secret: key n is 32 bytes of n. */
    static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    private static String keyText(int fill) {
        return Base64.getEncoder().encodeToString(key(fill));
    }

    /**
     * Runs the benchmark (JMH options may follow, e.g. {@code -p values=100000}) and prints, per size, the median
     * run's time per value, values per second, and the time per value against the smallest size's.
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions options = new CommandLineOptions(args);
        List<RunResult> results = List.copyOf(new Runner(new OptionsBuilder().parent(options)
                .include(RekeyBenchmark.class.getSimpleName() + ".rekey").build()).run());
        System.out.println("| values | median run | us per value | values/s | per value against the first |");
        System.out.println("|---:|---:|---:|---:|---:|");
        double first = Double.NaN;
        for (RunResult result : results) {
            int size = Integer.parseInt(result.getParams().getParam("values"));
            double[] runs = result.getBenchmarkResults().stream()
                    .flatMap(benchmark -> benchmark.getIterationResults().stream())
                    .mapToDouble(iteration -> iteration.getPrimaryResult().getScore()).sorted().toArray();
            double millis = runs[runs.length / 2];
            double microsPerValue = millis * 1000 / size;
            first = Double.isNaN(first) ? microsPerValue : first;
            System.out.printf(Locale.ROOT, "| %,d | %,.0f ms | %.2f | %,.0f | %.3f |%n", size, millis,
                    microsPerValue, 1e6 / microsPerValue, microsPerValue / first);
        }
    }
}
