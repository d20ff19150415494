package dev.nana.compat.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores of one namespace of one file in one JVM (connection-bound stores on different pooled connections, stores
 * over a pool, two pools) and SQL on {@code kv.data} through other connections: after any committed write every
 * store reads what the file holds, and a rolled-back write is read by none of them (issue 11). The file is read
 * with raw sqlite-jdbc as the reference.
 */
class KvCacheCoherenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String K = "item";

    @TempDir
    Path directory;
    private HikariDataSource pool;
    private HikariDataSource otherPool;
    /** Two connections of {@link #pool}, each with its own {@code kv("data")}. */
    private Connection first;
    private Connection second;
    /** A connection of {@link #otherPool} that writes through SQL only; no store is opened on it. */
    private Connection sql;
    private final List<KvStore> opened = new ArrayList<>();
    /** Every store under test, by a name the failure messages use. */
    private final Map<String, KvStore> stores = new LinkedHashMap<>();

    @BeforeEach
    void open() throws SQLException {
        pool = pool();
        otherPool = pool();
        first = pool.getConnection();
        second = pool.getConnection();
        sql = otherPool.getConnection();
        stores.put("kv(data) of pooled connection 1", first.unwrap(NanaConnection.class).kv("data"));
        stores.put("kv(data) of pooled connection 2", second.unwrap(NanaConnection.class).kv("data"));
        stores.put("KvStore.open(pool) a", opened(KvStore.open(pool, "data")));
        stores.put("KvStore.open(pool) b", opened(KvStore.open(pool, "data")));
        stores.put("KvStore.open(other pool)", opened(KvStore.open(otherPool, "data")));
    }

    @AfterEach
    void close() throws SQLException {
        for (KvStore store : opened) {
            store.close();
        }
        sql.close();
        second.close();
        first.close();
        otherPool.close();
        pool.close();
    }

    private HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:nana:" + directory.resolve("shop.db"));
        config.setMaximumPoolSize(12);
        return new HikariDataSource(config);
    }

    private KvStore opened(KvStore store) {
        opened.add(store);
        return store;
    }

    private KvStore store(int index) {
        return new ArrayList<>(stores.values()).get(index);
    }

    @Test
    void everyStoreReadsEveryCommittedWriteOfAnother() throws SQLException {
        KvStore one = store(0);
        KvStore two = store(1);
        KvStore pooled = store(2);
        KvStore otherPooled = store(4);
        assertEverywhere(K, null, "before any write (every store has now looked the key up)");

        one.put(K, version(1, "store 1"));
        assertEverywhere(K, version(1, "store 1"), "put on store 1");

        sqlUpdate(sql, K, version(2, "sql"));
        assertEverywhere(K, version(2, "sql"), "UPDATE kv.data on another connection");

        two.put(K, version(3, "store 2"));
        assertEverywhere(K, version(3, "store 2"), "put on store 2");

        otherPooled.put(K, version(4, "other pool"));
        assertEverywhere(K, version(4, "other pool"), "put on a store over the other pool");

        first.setAutoCommit(false);
        try {
            one.put(K, version(5, "rolled back"));
            assertEquals(version(5, "rolled back"), one.get(K), "a transaction reads its own write");
            assertEquals(version(4, "other pool"), two.get(K), "store 2 during store 1's open transaction");
            assertEquals(version(4, "other pool"), pooled.get(K), "a pooled store during store 1's transaction");
            first.rollback();
        } finally {
            first.setAutoCommit(true);
        }
        assertEverywhere(K, version(4, "other pool"), "rollback of a put on store 1");

        sqlDelete(sql, K);
        assertEverywhere(K, null, "DELETE FROM kv.data on another connection");

        sqlInsert(sql, K, version(6, "sql"));
        assertEverywhere(K, version(6, "sql"), "INSERT INTO kv.data on another connection");

        first.setAutoCommit(false);
        try {
            one.put(K, version(7, "committed transaction"));
            first.commit();
        } finally {
            first.setAutoCommit(true);
        }
        assertEverywhere(K, version(7, "committed transaction"), "commit of a transaction on store 1");

        two.delete(K);
        assertEverywhere(K, null, "delete on store 2");

        pooled.put(K, version(8, "pool"));
        assertEverywhere(K, version(8, "pool"), "put on a store over the pool");
    }

    @Test
    void rolledBackWritesAreReadByNoStore() throws SQLException {
        KvStore one = store(0);
        store(2).batchPut(Map.of("a", version(1, "committed"), "b", version(1, "committed")));
        assertEverywhere("a", version(1, "committed"), "committed batchPut");
        assertEverywhere("b", version(1, "committed"), "committed batchPut");
        assertEverywhere("c", null, "a key never written");

        first.setAutoCommit(false);
        try {
            one.put("a", version(2, "rolled back"));
            one.batchPut(Map.of("b", version(2, "rolled back"), "c", version(2, "rolled back")));
            sqlUpdate(first, "a", version(3, "rolled back sql"));
            one.batchDelete(List.of("b"));
            assertEquals(version(3, "rolled back sql"), one.get("a"), "the transaction reads its own writes");
            for (String key : List.of("a", "b", "c")) {
                assertEquals(committedRead(key), othersRead(key), key + " by the other stores while store 1's"
                        + " transaction is open");
            }
            first.rollback();
        } finally {
            first.setAutoCommit(true);
        }
        assertEverywhere("a", version(1, "committed"), "rollback of put, UPDATE kv.data and batchDelete on store 1");
        assertEverywhere("b", version(1, "committed"), "rollback of batchPut and batchDelete on store 1");
        assertEverywhere("c", null, "rollback of batchPut of a new key on store 1");

        sql.setAutoCommit(false);
        try {
            sqlUpdate(sql, "a", version(4, "rolled back sql"));
            sqlDelete(sql, "b");
            sqlInsert(sql, "c", version(4, "rolled back sql"));
            sql.rollback();
        } finally {
            sql.setAutoCommit(true);
        }
        assertEverywhere("a", version(1, "committed"), "rollback of UPDATE kv.data on a connection without a store");
        assertEverywhere("b", version(1, "committed"), "rollback of DELETE FROM kv.data");
        assertEverywhere("c", null, "rollback of INSERT INTO kv.data");
    }

    @Test
    void batchesAndDeletesReachEveryStore() throws SQLException {
        Map<String, Object> batch = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            batch.put("k" + i, version(i, "batch"));
        }
        for (String key : batch.keySet()) {
            assertEverywhere(key, null, "before the batch");
        }
        store(3).batchPut(batch);
        for (Map.Entry<String, Object> entry : batch.entrySet()) {
            assertEverywhere(entry.getKey(), entry.getValue(), "batchPut on a store over the pool");
        }

        Map<String, Object> overwrite = new LinkedHashMap<>();
        for (int i = 0; i < 50; i += 2) {
            overwrite.put("k" + i, version(100 + i, "second batch"));
        }
        store(1).batchPut(overwrite);
        List<String> secondHalf = new ArrayList<>(batch.keySet()).subList(25, 50);
        assertEquals(25, store(4).batchDelete(secondHalf), "batchDelete on the other pool deleted 25 rows");
        for (int i = 0; i < 50; i++) {
            String key = "k" + i;
            Object expected = i >= 25 ? null : overwrite.getOrDefault(key, batch.get(key));
            assertEverywhere(key, expected, "batchPut on store 2, then batchDelete of k25..k49 on the other pool");
        }

        store(0).delete("k0");
        sqlDelete(sql, "k1");
        store(2).delete("k2");
        for (String key : List.of("k0", "k1", "k2")) {
            assertEverywhere(key, null, "delete on store 1, DELETE FROM kv.data, delete on a pooled store");
        }
        assertEquals(22L, store(1).size());
        assertEquals(KvFiles.rawRows(directory.resolve("shop.db"), "data").keySet(), keysOf(store(1)));
    }

    /**
     * Writers put increasing versions of their own keys through connection-bound stores, stores over both pools, a
     * batchPut and SQL; readers with stores of their own must never read a version older than one that had
     * committed before their read began, and at the end every store reads every key's last version.
     */
    @Test
    void concurrentReadersNeverReadAVersionOlderThanOneCommittedBeforeTheirRead() throws Exception {
        int keys = 8;
        int writers = 2;
        int readers = 2;
        long deadline = System.nanoTime() + 3_000_000_000L;
        AtomicLongArray committed = new AtomicLongArray(keys);
        Map<String, Object> seed = new LinkedHashMap<>();
        for (int key = 0; key < keys; key++) {
            seed.put(key(key), version(0, "seed"));
        }
        store(2).batchPut(seed);

        List<Connection> connections = new ArrayList<>();
        List<KvStore> readerStores = new ArrayList<>();
        List<Callable<Void>> work = new ArrayList<>();
        AtomicLong staleReads = new AtomicLong();
        List<String> firstStale = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                Connection own = borrowed(pool, connections);
                Connection ownSql = borrowed(otherPool, connections);
                int writer = w;
                work.add(() -> {
                    KvStore mine = own.unwrap(NanaConnection.class).kv("data");
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        int key = writer + writers * (n % (keys / writers));
                        long next = committed.get(key) + 1;
                        Object value = version(Math.toIntExact(next), "writer " + writer + " channel " + n % 5);
                        switch (n % 5) {
                            case 0 -> mine.put(key(key), value);
                            case 1 -> store(2).put(key(key), value);
                            case 2 -> store(4).put(key(key), value);
                            case 3 -> sqlUpdate(ownSql, key(key), value);
                            default -> store(3).batchPut(Map.of(key(key), value));
                        }
                        committed.set(key, next);
                    }
                    return null;
                });
            }
            for (int r = 0; r < readers; r++) {
                KvStore bound = borrowed(otherPool, connections).unwrap(NanaConnection.class).kv("data");
                KvStore pooled = opened(KvStore.open(r == 0 ? pool : otherPool, "data"));
                readerStores.add(bound);
                readerStores.add(pooled);
                int reader = r;
                work.add(() -> {
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        int key = n % keys;
                        KvStore store = n % 2 == 0 ? bound : pooled;
                        long floor = committed.get(key);
                        long read = versionOf(store.get(key(key)));
                        if (read < floor) {
                            staleReads.incrementAndGet();
                            synchronized (firstStale) {
                                if (firstStale.size() < 3) {
                                    firstStale.add("reader " + reader + (n % 2 == 0 ? " kv(data)" : " open(pool)")
                                            + " read version " + read + " of " + key(key) + " after version "
                                            + floor + " had committed");
                                }
                            }
                        }
                    }
                    return null;
                });
            }
            runTogether(work);

            assertEquals(0, staleReads.get(), staleReads.get() + " stale reads, the first " + firstStale);
            Map<String, Long> expected = new LinkedHashMap<>();
            Map<String, Long> onFile = new LinkedHashMap<>();
            for (int key = 0; key < keys; key++) {
                expected.put(key(key), committed.get(key));
                onFile.put(key(key), versionOf(fileValue(key(key))));
                assertTrue(committed.get(key) >= 20, "the run wrote " + key(key) + " often enough: " + committed);
            }
            assertEquals(expected, onFile, "nothing lost: the file holds every key's last committed version");
            List<KvStore> everyStore = new ArrayList<>(stores.values());
            everyStore.addAll(readerStores);
            for (KvStore store : everyStore) {
                Map<String, Long> read = new LinkedHashMap<>();
                for (int key = 0; key < keys; key++) {
                    read.put(key(key), versionOf(store.get(key(key))));
                }
                assertEquals(expected, read, "every store reads the last versions at the end");
            }
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static Connection borrowed(HikariDataSource from, List<Connection> connections) throws SQLException {
        Connection connection = from.getConnection();
        connections.add(connection);
        return connection;
    }

    private static String key(int key) {
        return "key" + key;
    }

    private static void runTogether(List<Callable<Void>> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(work.size());
        try {
            for (Future<Void> done : threads.invokeAll(work)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    // ---- what the stores and the file hold

    private static Map<String, Object> version(int n, String by) {
        return Map.of("version", n, "by", by);
    }

    private static long versionOf(Object value) {
        return ((Number) ((Map<?, ?>) value).get("version")).longValue();
    }

    /**
     * The file holds {@code expected} for {@code key} (null: no row), and every store reads it: get, getOrDefault
     * and contains agree with the file.
     */
    private void assertEverywhere(String key, Object expected, String step) throws SQLException {
        Object onFile = fileValue(key);
        assertEquals(describe(expected, expected != null), describe(onFile, onFile != null), step + ": the file");
        Map<String, Object> wanted = new LinkedHashMap<>();
        Map<String, Object> read = new LinkedHashMap<>();
        for (Map.Entry<String, KvStore> store : stores.entrySet()) {
            wanted.put(store.getKey(), describe(expected, expected != null));
            read.put(store.getKey(), describe(store.getValue().get(key), store.getValue().contains(key)));
        }
        assertEquals(wanted, read, step + ": what each store reads of " + key);
    }

    /** A value as JSON, so that field order and Integer against Long do not count; "absent" for no row. */
    private static Object describe(Object value, boolean contained) {
        return contained ? KvFiles.json(json(value)) : "absent";
    }

    private Map<String, Object> othersRead(String key) throws SQLException {
        Map<String, Object> read = new LinkedHashMap<>();
        for (Map.Entry<String, KvStore> store : stores.entrySet()) {
            if (store.getValue() != store(0)) {
                read.put(store.getKey(), describe(store.getValue().get(key), store.getValue().contains(key)));
            }
        }
        return read;
    }

    private Map<String, Object> committedRead(String key) throws SQLException {
        Object onFile = fileValue(key);
        Map<String, Object> read = new LinkedHashMap<>();
        for (Map.Entry<String, KvStore> store : stores.entrySet()) {
            if (store.getValue() != store(0)) {
                read.put(store.getKey(), describe(onFile, onFile != null));
            }
        }
        return read;
    }

    private static Set<String> keysOf(KvStore store) throws SQLException {
        try (Stream<String> keys = store.keys()) {
            return keys.collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** The committed value of {@code key} in the file, read with raw sqlite-jdbc; null when it has no row. */
    private Object fileValue(String key) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("shop.db"));
             PreparedStatement select = raw.prepareStatement("SELECT value FROM data WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return JSON.readValue(row.getString(1), Object.class);
            } catch (JsonProcessingException e) {
                throw new AssertionError("the file holds no JSON for " + key, e);
            }
        }
    }

    // ---- SQL writes (docs/kv.md: a String bound to value is JSON text)

    private static void sqlInsert(Connection connection, String key, Object value) throws SQLException {
        execute(connection, "INSERT INTO kv.data (key, value) VALUES (?, ?)", key, json(value));
    }

    private static void sqlUpdate(Connection connection, String key, Object value) throws SQLException {
        execute(connection, "UPDATE kv.data SET value = ? WHERE key = ?", json(value), key);
    }

    private static void sqlDelete(Connection connection, String key) throws SQLException {
        execute(connection, "DELETE FROM kv.data WHERE key = ?", key);
    }

    private static void execute(Connection connection, String statement, String... parameters) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setString(i + 1, parameters[i]);
            }
            assertEquals(1, prepared.executeUpdate(), statement + " changed one row");
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
