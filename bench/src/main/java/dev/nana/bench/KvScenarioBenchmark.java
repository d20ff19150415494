package dev.nana.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The key-value workload as NanaSQLite's own benchmark runs it (issue 11): 10,000 single puts of distinct ~60-byte
 * dicts on a fresh file, gets of those keys on the same store straight after, gets on a fresh connection (cold), and
 * one batch of 100,000. Each step is one single-shot invocation on a fresh file per iteration, the store as
 * {@code connection.unwrap(NanaConnection.class).kv("data")} returns it (default options). Raw is sqlite-jdbc with
 * the same SQL: an upsert of the dict serialised by Jackson per call, and a point SELECT whose text Jackson reads
 * back into a Map, as an application needs it (nana's get hands out the decoded value; comparing it with a SELECT
 * that never decodes would charge nana for work raw skips). The warmup is long because Jackson's parser reaches
 * its compiled speed only after some 200,000 values, as a long-running service's would.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 10)
@Fork(1)
public class KvScenarioBenchmark {
    static final int SINGLE = 10_000;
    static final int BATCH = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> dict(int i) {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("name", "user" + i);
        dict.put("n", i);
        dict.put("active", true);
        dict.put("tags", List.of("a", "b"));
        return dict;
    }

    static void writeSingles(Side side) throws SQLException {
        for (int i = 0; i < SINGLE; i++) {
            side.put(key(i), dict(i));
        }
    }

    static Map<String, Map<String, Object>> batchValues() {
        Map<String, Map<String, Object>> batch = new LinkedHashMap<>();
        for (int i = 0; i < BATCH; i++) {
            batch.put("batch_" + i, dict(SINGLE + i));
        }
        return batch;
    }

    static String key(int i) {
        return "key_" + i;
    }

    /** One side's store operations on one connection. */
    interface Side extends AutoCloseable {
        void put(String key, Map<String, Object> value) throws SQLException;

        /** The {@code n} field of the value. */
        int get(String key) throws SQLException;

        void batch(Map<String, Map<String, Object>> values) throws SQLException;

        /**
         * Returns once the whole log is in the database file. A checkpoint running on another connection makes
         * SQLite answer busy at once, whatever the busy timeout, so this asks again until it finished.
         */
        default void checkpoint() throws SQLException {
            try (Statement statement = connection().createStatement()) {
                while (true) {
                    try (ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                        result.next();
                        if (result.getInt(1) == 0 && result.getInt(2) == result.getInt(3)) {
                            return;
                        }
                    }
                    Thread.onSpinWait();
                }
            }
        }

        Connection connection();

        @Override
        void close() throws SQLException;
    }

    static Side open(String driver, KvTempFile file) throws SQLException {
        if (driver.equals("nana")) {
            Connection connection = DriverManager.getConnection(file.nanaUrl());
            KvStore store = connection.unwrap(NanaConnection.class).kv("data");
            return new Side() {
                @Override
                public void put(String key, Map<String, Object> value) throws SQLException {
                    store.put(key, value);
                }

                @Override
                public int get(String key) throws SQLException {
                    return (Integer) ((Map<?, ?>) store.get(key)).get("n");
                }

                @Override
                public void batch(Map<String, Map<String, Object>> values) throws SQLException {
                    store.batchPut(values);
                }

                @Override
                public Connection connection() {
                    return connection;
                }

                @Override
                public void close() throws SQLException {
                    connection.close();
                }
            };
        }
        Connection connection = DriverManager.getConnection(file.rawUrl());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS data (key TEXT PRIMARY KEY, value TEXT)");
        }
        PreparedStatement upsert = connection.prepareStatement("INSERT INTO data (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        PreparedStatement select = connection.prepareStatement("SELECT value FROM data WHERE key = ?");
        return new Side() {
            @Override
            public void put(String key, Map<String, Object> value) throws SQLException {
                upsert.setString(1, key);
                upsert.setString(2, json(value));
                upsert.executeUpdate();
            }

            @Override
            public int get(String key) throws SQLException {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("no row for " + key);
                    }
                    return (Integer) map(rows.getString(1)).get("n");
                }
            }

            @Override
            public void batch(Map<String, Map<String, Object>> values) throws SQLException {
                connection.setAutoCommit(false);
                for (Map.Entry<String, Map<String, Object>> entry : values.entrySet()) {
                    upsert.setString(1, entry.getKey());
                    upsert.setString(2, json(entry.getValue()));
                    upsert.addBatch();
                }
                upsert.executeBatch();
                connection.commit();
                connection.setAutoCommit(true);
            }

            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }

    private static Map<?, ?> map(String json) throws SQLException {
        try {
            return JSON.readValue(json, Map.class);
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    private static String json(Map<String, Object> value) throws SQLException {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    /** A fresh file per iteration, and what the step needs done before it, untimed. */
    @State(Scope.Thread)
    public abstract static class Step {
        @Param({"raw", "nana"})
        public String driver;
        KvTempFile file;
        Side side;

        @Setup(Level.Iteration)
        public void setUp() throws Exception {
            file = new KvTempFile();
            side = open(driver, file);
            prepare();
        }

        abstract void prepare() throws SQLException;

        void writeSingles() throws SQLException {
            KvScenarioBenchmark.writeSingles(side);
        }

        @TearDown(Level.Iteration)
        public void tearDown() throws Exception {
            side.close();
            file.close();
        }
    }

    public static class Empty extends Step {
        @Override
        void prepare() {
        }
    }

    /** The singles written on this store, nothing read yet. */
    public static class Written extends Step {
        @Override
        void prepare() throws SQLException {
            writeSingles();
        }
    }

    /** The singles written, then a fresh connection and store. */
    public static class Reopened extends Step {
        @Override
        void prepare() throws SQLException {
            writeSingles();
            side.close();
            side = open(driver, file);
        }
    }

    /** The singles written, and the batch's values built. */
    public static class BeforeBatch extends Step {
        Map<String, Map<String, Object>> batch;

        @Override
        void prepare() throws SQLException {
            writeSingles();
            batch = batchValues();
        }
    }

    /**
     * The batch as SQLite alone has to write it, the lower bound of any store on SQLite: the singles written by
     * raw, then the batch's JSON encoded beforehand (untimed), its rows in key order, 100-row upserts in one
     * transaction, on raw's settings (WAL, synchronous=NORMAL) but with the checkpoint left to later, as nana's
     * checkpoint thread leaves it (sqlite-jdbc's commit would copy the log back into the file before returning).
     * The values stay referenced, as the other sides' input does, so the collector has the same live data to copy.
     */
    @State(Scope.Thread)
    public static class EncodedBatch {
        private static final String UPSERT = "INSERT INTO data (key, value) VALUES " + "(?, ?), ".repeat(99)
                + "(?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        KvTempFile file;
        Map<String, Map<String, Object>> batch;
        String[] keys;
        String[] jsons;
        Connection connection;

        @Setup(Level.Iteration)
        public void setUp() throws Exception {
            file = new KvTempFile();
            try (Side raw = open("raw", file)) {
                writeSingles(raw);
            }
            batch = batchValues();
            keys = batch.keySet().toArray(new String[0]);
            Arrays.sort(keys);
            jsons = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                jsons[i] = json(batch.get(keys[i]));
            }
            connection = DriverManager.getConnection(file.rawUrl());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_autocheckpoint = 0");
            }
        }

        @TearDown(Level.Iteration)
        public void tearDown() throws Exception {
            connection.close();
            file.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(SINGLE)
    public void scenarioPut(Empty step) throws SQLException {
        step.writeSingles();
    }

    @Benchmark
    @OperationsPerInvocation(SINGLE)
    public void scenarioWarmGet(Written step, Blackhole sink) throws SQLException {
        readAll(step.side, sink);
    }

    @Benchmark
    @OperationsPerInvocation(SINGLE)
    public void scenarioColdGet(Reopened step, Blackhole sink) throws SQLException {
        readAll(step.side, sink);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scenarioBatch100k(BeforeBatch step) throws SQLException {
        step.side.batch(step.batch);
    }

    /**
     * The batch and then its checkpoint, which nana's commit leaves to its checkpoint thread and sqlite-jdbc's does
     * inline: the whole cost of getting the batch into the database file, whoever pays it.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scenarioBatch100kCheckpointed(BeforeBatch step) throws SQLException {
        step.side.batch(step.batch);
        step.side.checkpoint();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scenarioBatch100kSqliteFloor(EncodedBatch step) throws SQLException {
        Connection connection = step.connection;
        connection.setAutoCommit(false);
        try (PreparedStatement upsert = connection.prepareStatement(EncodedBatch.UPSERT)) {
            for (int first = 0; first < BATCH; first += 100) {
                for (int row = 0; row < 100; row++) {
                    upsert.setString(2 * row + 1, step.keys[first + row]);
                    upsert.setString(2 * row + 2, step.jsons[first + row]);
                }
                upsert.executeUpdate();
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static void readAll(Side side, Blackhole sink) throws SQLException {
        for (int i = 0; i < SINGLE; i++) {
            sink.consume(side.get(key(i)));
        }
    }
}
