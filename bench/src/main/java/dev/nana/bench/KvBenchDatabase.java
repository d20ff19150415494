package dev.nana.bench;

import dev.nana.kv.CacheMode;
import dev.nana.kv.KvCodec;
import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A fresh temp-file database per trial (WAL, synchronous=NORMAL) with three key-value tables of NanaSQLite's shape
 * {@code (key TEXT PRIMARY KEY, value TEXT)}: {@code puts} for single writes, {@code hot} holding
 * {@value #HOT_KEYS} keys for reads, {@code batch} for batch writes. "raw" reaches them with hand-written SQL on
 * {@code jdbc:sqlite:} and JSON text serialised once up front; "nana" with {@link KvStore} on {@code jdbc:nana:},
 * which encodes and decodes the Java value on every call, as NanaSQLite does.
 */
@State(Scope.Benchmark)
public class KvBenchDatabase {
    static final int HOT_KEYS = 100_000;
    static final int BATCH_KEYS = 100_000;
    /** A 65-byte JSON object, about the size of the dict in NanaSQLite's measurements (FACTS.md: 60 bytes). */
    static final Map<String, Object> VALUE = value();
    static final String VALUE_JSON = json(VALUE);
    /** The hot table's keys, made up front so that no benchmark measures string building. */
    static final String[] HOT = keys("hot-", HOT_KEYS);
    /** One batch: {@value #BATCH_KEYS} keys, each mapped to {@link #VALUE}. */
    static final Map<String, Map<String, Object>> BATCH = batch();

    @Param({"raw", "nana"})
    public String driver;

    Side side;
    /** Keys for single writes: a new one per call, so every put inserts a row. */
    private long nextKey;
    private KvTempFile temp;

    /** One way of reaching the tables; a fork only ever loads one implementation, so calls inline. */
    interface Side extends AutoCloseable {
        void put(String key) throws SQLException;

        Object get(String key) throws SQLException;

        void batchPut(Map<String, Map<String, Object>> values) throws SQLException;

        /** Empties the table of single writes (and whatever the side remembers of it). */
        void clearPuts() throws SQLException;

        void clearBatch() throws SQLException;

        @Override
        void close() throws SQLException;
    }

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        temp = new KvTempFile();
        side = switch (driver) {
            case "raw" -> new Raw(connect(temp.rawUrl()));
            case "nana" -> new Nana(connect(temp.nanaUrl()));
            default -> throw new IllegalArgumentException("unknown driver " + driver + ", expected raw or nana");
        };
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        side.close();
        temp.close();
    }

    String freshKey() {
        return "put-" + nextKey++;
    }

    /** One of the first {@code among} hot keys, at random. */
    static String randomHotKey(int among) {
        return HOT[ThreadLocalRandom.current().nextInt(among)];
    }

    /** A connection checked to run in WAL with synchronous=NORMAL: other durability would compare nothing. */
    /** No properties for {@code cipher} none; else a key (all zeroes: a benchmark keeps no secret) and that mode. */
    static Properties keyed(String cipher) {
        Properties properties = new Properties();
        if (!cipher.equals("none")) {
            properties.setProperty("encryptionKey", java.util.Base64.getEncoder().encodeToString(new byte[32]));
            properties.setProperty("encryptionMode", cipher);
        }
        return properties;
    }

    static Connection connect(String url) throws SQLException {
        return connect(url, new Properties());
    }

    static Connection connect(String url, Properties properties) throws SQLException {
        Connection connection = DriverManager.getConnection(url, properties);
        try {
            requirePragma(connection, "journal_mode", "wal");
            requirePragma(connection, "synchronous", "1");
            return connection;
        } catch (RuntimeException | SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static void requirePragma(Connection connection, String pragma, String expected) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            String actual = rs.next() ? rs.getString(1) : null;
            if (!expected.equalsIgnoreCase(actual)) {
                throw new IllegalStateException("PRAGMA " + pragma + " is " + actual + ", expected " + expected);
            }
        }
    }

    /** Writes the hot keys into {@code store}'s namespace in one batch. */
    static void fillHot(KvStore store) throws SQLException {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String key : HOT) {
            rows.put(key, VALUE);
        }
        store.batchPut(rows);
    }

    private static Map<String, Object> value() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "Nana");
        value.put("age", 7);
        value.put("city", "Tokyo");
        value.put("active", true);
        value.put("score", 98.5);
        return Collections.unmodifiableMap(value);
    }

    private static String json(Object value) {
        try {
            return KvCodec.standard().encode("value", value);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] keys(String prefix, int count) {
        String[] keys = new String[count];
        for (int i = 0; i < count; i++) {
            keys[i] = prefix + i;
        }
        return keys;
    }

    private static Map<String, Map<String, Object>> batch() {
        Map<String, Map<String, Object>> batch = new LinkedHashMap<>();
        for (String key : keys("batch-", BATCH_KEYS)) {
            batch.put(key, VALUE);
        }
        return Collections.unmodifiableMap(batch);
    }

    /** Plain sqlite-jdbc: reused statements, the same upsert KvStore runs, JSON text made once. */
    private static final class Raw implements Side {
        private final Connection connection;
        private final PreparedStatement upsert;
        private final PreparedStatement select;

        Raw(Connection connection) throws SQLException {
            this.connection = connection;
            try (Statement statement = connection.createStatement()) {
                for (String table : new String[] {"puts", "hot", "batch"}) {
                    statement.executeUpdate("CREATE TABLE \"" + table + "\" (key TEXT PRIMARY KEY, value TEXT)");
                }
            }
            upsert = connection.prepareStatement(upsertInto("puts"));
            select = connection.prepareStatement("SELECT value FROM \"hot\" WHERE key = ?");
            insertAll("hot", Arrays.asList(HOT));
        }

        @Override
        public void put(String key) throws SQLException {
            upsert.setString(1, key);
            upsert.setString(2, VALUE_JSON);
            upsert.executeUpdate();
        }

        @Override
        public Object get(String key) throws SQLException {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }

        @Override
        public void batchPut(Map<String, Map<String, Object>> values) throws SQLException {
            insertAll("batch", values.keySet());
        }

        @Override
        public void clearPuts() throws SQLException {
            deleteAll("puts");
        }

        @Override
        public void clearBatch() throws SQLException {
            deleteAll("batch");
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }

        /** One transaction, one JDBC batch. */
        private void insertAll(String table, Collection<String> keys) throws SQLException {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(upsertInto(table))) {
                for (String key : keys) {
                    insert.setString(1, key);
                    insert.setString(2, VALUE_JSON);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }

        private void deleteAll(String table) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM \"" + table + "\"");
            }
        }

        private static String upsertInto(String table) {
            return "INSERT INTO \"" + table + "\" (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        }
    }

    /**
     * KvStore with its defaults (an unbounded cache, as NanaSQLite) for writes, and without a cache for reads, so
     * that every get reaches the database and decodes, like NanaSQLite's get after a reopen.
     */
    private static final class Nana implements Side {
        private final Connection connection;
        private final KvStore puts;
        private final KvStore hot;
        private final KvStore batch;

        Nana(Connection connection) throws SQLException {
            this.connection = connection;
            puts = KvStore.open(connection, "puts");
            hot = KvStore.open(connection, "hot", KvOptions.defaults().withCache(CacheMode.none()));
            batch = KvStore.open(connection, "batch");
            fillHot(hot);
        }

        @Override
        public void put(String key) throws SQLException {
            puts.put(key, VALUE);
        }

        @Override
        public Object get(String key) throws SQLException {
            return hot.get(key);
        }

        @Override
        public void batchPut(Map<String, Map<String, Object>> values) throws SQLException {
            batch.batchPut(values);
        }

        @Override
        public void clearPuts() throws SQLException {
            puts.clear();
        }

        @Override
        public void clearBatch() throws SQLException {
            batch.clear();
        }

        @Override
        public void close() throws SQLException {
            puts.close();
            hot.close();
            batch.close();
            connection.close();
        }
    }
}
