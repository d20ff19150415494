package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlite.SQLiteDataSource;

/** The async store's API against a real SQLite file in WAL mode (raw sqlite-jdbc, as this module knows no driver). */
@Timeout(120)
class AsyncKvStoreTest {
    @TempDir
    Path dir;

    static SQLiteDataSource walDataSource(Path directory) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + directory.resolve("kv.db"));
        dataSource.setJournalMode("WAL");
        dataSource.setBusyTimeout(10_000);
        return dataSource;
    }

    static AsyncKvOptions withStore(KvOptions store) {
        return AsyncKvOptions.defaults().withStore(store);
    }

    /** The SQLException a future failed with, as get() reports it. */
    static SQLException failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, future::get);
        return assertInstanceOf(SQLException.class, e.getCause());
    }

    @Test
    void crudAndBatchesRoundTripThroughTheFile() throws Exception {
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data")) {
            assertEquals("data", db.namespace());
            db.put("user_1", Map.of("name", "Alice", "age", 25)).join();
            assertEquals(Map.of("name", "Alice", "age", 25), db.get("user_1").join());
            Map<String, Object> user = new LinkedHashMap<>(Map.of("name", "Alice", "age", 25));
            user.put("age", 26);
            db.put("user_1", user).join();
            assertEquals(26, ((Map<?, ?>) db.get("user_1").join()).get("age"));
            assertTrue(db.contains("user_1").join());
            assertEquals(Map.of("name", "Alice", "age", 26), db.getFresh("user_1").join());
            assertTrue(db.delete("user_1").join());
            assertFalse(db.delete("user_1").join());
            assertNull(db.get("user_1").join());
            assertEquals("fallback", db.getOrDefault("user_1", "fallback").join());

            Map<String, Object> batch = new LinkedHashMap<>();
            for (int i = 0; i < 1000; i++) {
                batch.put("user_" + i, Map.of("name", "User" + i));
            }
            db.batchPut(batch).join();
            assertEquals(1000L, db.size().join());
            assertEquals(500, db.batchDelete(batch.keySet().stream().limit(500).toList()).join());
            assertEquals(500L, db.size().join());
            assertEquals(Map.of("user_999", Map.of("name", "User999")),
                    db.batchGet(List.of("user_0", "user_999")).join());

            db.clear().join();
            db.put("b", 2).join();
            db.put("a", 1).join();
            assertEquals(List.of("b", "a"), db.keys().join());
            assertEquals(List.of(2, 1), db.values().join());
            assertEquals(List.of(Map.entry("b", 2), Map.entry("a", 1)), db.entries().join());
            assertEquals(Map.of("b", 2, "a", 1), db.toMap().join());
            assertNull(db.putIfAbsent("c", 3).join());
            assertEquals(3, db.putIfAbsent("c", 4).join());
            assertEquals(3, db.pop("c").join());
            assertNull(db.pop("c").join());
            assertEquals(5, db.increment("counter", 5).join());
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("name", "Bob");
            profile.put("visits", 1);
            db.put("profile", profile).join();
            assertEquals(2, db.increment("profile", "visits", 1).join());
            assertEquals(Map.of("name", "Carol", "visits", 2), db.patch("profile", Map.of("name", "Carol")).join());
            Map<String, Object> partial = new LinkedHashMap<>();
            partial.put("good", 1);
            partial.put("", 2);
            assertEquals(List.of(""), List.copyOf(db.batchPutPartial(partial).join().keySet()));
            assertEquals(1, db.get("good").join());
        }
        try (Connection connection = TempDatabase.open(dir)) {
            assertEquals("{\"name\":\"Carol\",\"visits\":2}", TempDatabase.storedJson(connection, "data", "profile"));
            assertEquals("1", TempDatabase.storedJson(connection, "data", "good"));
            assertNull(TempDatabase.storedJson(connection, "data", "c"));
        }
    }

    record User(String name, int age) {
    }

    @Test
    void typedGetsConvertColdAndCachedValues() throws Exception {
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data")) {
            db.put("nana", new User("Nana", 20)).join();
            db.put("team", List.of(new User("A", 1), new User("B", 2))).join();
        }
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data")) {
            assertFalse(db.isCached("nana"));
            assertEquals(new User("Nana", 20), db.get("nana", User.class).join());
            assertTrue(db.isCached("nana"));
            assertEquals(new User("Nana", 20), db.get("nana", User.class).join());
            assertEquals(List.of(new User("A", 1), new User("B", 2)),
                    db.get("team", new TypeReference<List<User>>() { }).join());
            assertNull(db.get("nobody", User.class).join());
            SQLException wrongShape = failure(db.get("team", User.class));
            assertEquals("22032", wrongShape.getSQLState());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readsSeeTheWritersWrites(boolean cached) throws Exception {
        KvOptions options = KvOptions.defaults().withCache(cached ? CacheMode.unbounded() : CacheMode.none());
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data", withStore(options))) {
            for (int i = 0; i < 20; i++) {
                db.put("k", i).join();
                assertEquals(i, db.get("k").join());
                assertEquals(Map.of("k", i), db.batchGet(List.of("k", "missing")).join());
            }
            db.delete("k").join();
            assertNull(db.get("k").join());
            assertFalse(db.contains("k").join());
            assertEquals(0L, db.size().join());
        }
    }

    @Test
    void uncachedReadsReadTheFileAndCachedOnesAfterRefresh() throws Exception {
        AsyncKvOptions none = withStore(KvOptions.defaults().withCache(CacheMode.none()));
        try (AsyncKvStore uncached = AsyncKvStore.open(walDataSource(dir), "data", none);
             AsyncKvStore cached = AsyncKvStore.open(walDataSource(dir), "data");
             Connection other = TempDatabase.open(dir)) {
            cached.put("k", "old").join();
            assertEquals("old", cached.get("k").join());
            try (Statement statement = other.createStatement()) {
                statement.executeUpdate("UPDATE data SET value = '\"new\"' WHERE key = 'k'");
            }
            assertEquals("new", uncached.get("k").join());
            assertEquals("old", cached.get("k").join());
            cached.refresh().join();
            assertEquals("new", cached.get("k").join());
        }
    }

    @Test
    void errorsCompleteTheFutureWithTheirSqlState() throws Exception {
        AsyncKvOptions none = withStore(KvOptions.defaults().withCache(CacheMode.none()));
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data");
             AsyncKvStore uncached = AsyncKvStore.open(walDataSource(dir), "other", none)) {
            assertEquals("22001", failure(db.get("")).getSQLState());
            assertEquals("22001", failure(db.put("", 1)).getSQLState());
            assertEquals("22001", failure(uncached.get("k".repeat(2000))).getSQLState());
            assertEquals("HY009", failure(db.batchGet(null)).getSQLState());
            SQLException nan = failure(db.put("x", Map.of("v", Double.NaN)));
            assertEquals("22023", nan.getSQLState());
            assertTrue(nan.getMessage().startsWith("nana: "), nan.getMessage());
            assertFalse(db.contains("x").join());
            db.put("text", "abc").join();
            assertEquals("22023", failure(db.increment("text", 1)).getSQLState());
            assertEquals("42602", failure(db.table("bad name")).getSQLState());
            assertEquals("HY010", failure(db.backup(dir.resolve("copy.db"))).getSQLState());
            CompletionException joined = assertThrows(CompletionException.class, () -> db.get("").join());
            assertEquals("22001", assertInstanceOf(SQLException.class, joined.getCause()).getSQLState());
        }
        try (Connection connection = TempDatabase.open(dir)) {
            assertNull(TempDatabase.storedJson(connection, "data", "x"));
        }
    }

    @Test
    void badOptionsAreRefusedWhenTheStoreOpens() {
        SQLiteDataSource dataSource = walDataSource(dir);
        assertEquals("HY010", assertThrows(SQLException.class, () -> AsyncKvStore.open(dataSource, "data",
                AsyncKvOptions.defaults().withReadPoolSize(-1))).getSQLState());
        assertEquals("HY010", assertThrows(SQLException.class, () -> AsyncKvStore.open(dataSource, "data",
                AsyncKvOptions.defaults().withMaxWorkers(0))).getSQLState());
        assertEquals("HY009", assertThrows(SQLException.class, () -> AsyncKvStore.open(dataSource, "data",
                AsyncKvOptions.defaults().withStore(null))).getSQLState());
        assertEquals("42602", assertThrows(SQLException.class,
                () -> AsyncKvStore.open(dataSource, "sqlite_master")).getSQLState());
    }

    @Test
    void readConnectionsCannotWrite() throws Exception {
        AtomicReference<SQLException> refused = new AtomicReference<>();
        KvHook sneakyWriter = new KvHook() {
            @Override
            public Object afterRead(KvStore store, String key, Object value) throws SQLException {
                if (key.equals("sneak")) {
                    try {
                        store.put("written", 1);
                    } catch (SQLException e) {
                        refused.set(e);
                        throw e;
                    }
                }
                return value;
            }
        };
        KvOptions options = KvOptions.defaults().withCache(CacheMode.none()).withHooks(sneakyWriter);
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data", withStore(options))) {
            db.put("sneak", 1).join();
            SQLException e = failure(db.get("sneak"));
            assertSame(refused.get(), e);
            assertTrue(e.getMessage().contains("readonly"), e.getMessage());
            assertFalse(db.contains("written").join());
        }
    }

    @Test
    void tablesShareTheConnectionsAndThreads() throws Exception {
        AtomicReference<String> writerThread = new AtomicReference<>();
        KvHook threadName = new KvHook() {
            @Override
            public Object beforeWrite(KvStore store, String key, Object value) {
                writerThread.set(Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? "/d" : ""));
                return value;
            }
        };
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "main",
                withStore(KvOptions.defaults().withHooks(threadName)))) {
            AsyncKvStore users = db.table("users").join();
            AsyncKvStore products = db.table("products").join();
            users.put("user1", Map.of("name", "Alice")).join();
            products.put("prod1", Map.of("name", "Laptop")).join();
            assertTrue(writerThread.get().matches("nana-kv-async-main-\\d+/d"), writerThread.get());
            assertEquals(Map.of("name", "Alice"), users.get("user1").join());
            assertFalse(db.contains("user1").join());
            assertFalse(products.contains("user1").join());
            assertSame(users, db.table("USERS").join());
            assertSame(db, users.table("main").join());
            SQLException otherOptions = failure(db.table("users", KvOptions.defaults()));
            assertEquals("HY010", otherOptions.getSQLState());

            users.close();
            users.close();
            assertEquals("HY010", failure(users.get("user1")).getSQLState());
            assertEquals("HY010", failure(users.put("user2", 1)).getSQLState());
            assertEquals(Map.of("name", "Laptop"), products.get("prod1").join());
            AsyncKvStore again = db.table("users").join();
            assertNotSame(users, again);
            assertEquals(Map.of("name", "Alice"), again.get("user1").join());
            db.close();
            assertEquals("HY010", failure(again.get("user1")).getSQLState());
            assertEquals("HY010", failure(products.put("prod2", 1)).getSQLState());
        }
    }

    @Test
    void writeBehindReadsSeeBufferedWritesAndTheDeadLetterQueueWorks() throws Exception {
        KvOptions options = KvOptions.defaults().withCache(CacheMode.none()).withWriteBehind(FlushPolicy.manual());
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data", withStore(options));
             Connection other = TempDatabase.open(dir)) {
            db.put("a", 1).join();
            assertEquals(1, db.metrics().join().pending());
            assertEquals(1, db.get("a").join());
            assertNull(TempDatabase.storedJson(other, "data", "a"));
            db.flush().join();
            assertEquals("1", TempDatabase.storedJson(other, "data", "a"));

            try (Statement statement = other.createStatement()) {
                statement.executeUpdate("CREATE TRIGGER refuse BEFORE INSERT ON data WHEN NEW.key = 'b' "
                        + "BEGIN SELECT RAISE(ABORT, 'refused'); END");
            }
            db.put("b", 2).join();
            db.flush().join();
            assertEquals(List.of("b"), db.deadLetters().join().stream().map(DeadLetter::key).toList());
            try (Statement statement = other.createStatement()) {
                statement.executeUpdate("DROP TRIGGER refuse");
            }
            db.retryDeadLetters().join();
            assertEquals(List.of(), db.deadLetters().join());
            assertEquals("2", TempDatabase.storedJson(other, "data", "b"));
            db.put("c", 3).join();
            db.flush().join();
            assertEquals(0, db.metrics().join().pending());
            db.clearDeadLetters().join();
        }
    }

    @Test
    void closeFlushesBufferedWrites() throws Exception {
        KvOptions options = KvOptions.defaults().withWriteBehind(FlushPolicy.manual());
        AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data", withStore(options));
        db.put("kept", "yes").join();
        db.close();
        try (Connection connection = TempDatabase.open(dir)) {
            assertEquals("\"yes\"", TempDatabase.storedJson(connection, "data", "kept"));
        }
    }

    @Test
    void expiryThatDeletesRowsWorksWithReadConnections() throws Exception {
        AtomicLong nanos = new AtomicLong();
        KvOptions options = KvOptions.defaults().withCache(CacheMode.ttl(Duration.ofMinutes(1), true))
                .withTicker(nanos::get);
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data", withStore(options));
             Connection other = TempDatabase.open(dir)) {
            db.put("session", "token").join();
            assertEquals("token", db.get("session").join());
            nanos.addAndGet(Duration.ofMinutes(2).toNanos());
            assertNull(db.get("session").join());
            assertNull(TempDatabase.storedJson(other, "data", "session"));
        }
    }

    @Test
    void cacheMaintenanceRunsInOrder() throws Exception {
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data",
                withStore(KvOptions.defaults().withBulkLoad(true)))) {
            db.put("a", 1).join();
            db.clearCache().join();
            assertFalse(db.isCached("a"));
            db.bulkLoad().join();
            assertTrue(db.isCached("a"));
            db.clearCache().join();
            db.refresh("a").join();
            assertTrue(db.isCached("a"));
        }
        try (AsyncKvStore db = AsyncKvStore.open(walDataSource(dir), "data",
                withStore(KvOptions.defaults().withBulkLoad(true)))) {
            assertTrue(db.isCached("a"));
        }
    }
}
