package dev.nana.compat.kv;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.nana.compat.examples.Rows;
import dev.nana.jdbc.NanaDataSource;
import dev.nana.kv.AsyncKvOptions;
import dev.nana.kv.AsyncKvStore;
import dev.nana.kv.KvOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/** Lesson 9 of the NanaSQLite tutorial and its async guide, with {@link AsyncKvStore} (docs/kv.md). */
public final class KvAsyncGuide {
    private KvAsyncGuide() {
    }

    /** The store takes its connections from a DataSource: a NanaDataSource is enough, no pool needed. */
    public static DataSource dataSource(Path file) {
        NanaDataSource dataSource = new NanaDataSource();
        dataSource.setUrl("jdbc:nana:" + file);
        return dataSource;
    }

    /** Python's {@code await}: waits for the future and gives back the operation's own SQLException. */
    public static <T> T await(CompletableFuture<T> future) throws SQLException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Lesson 9: write, read back, then three reads at once. */
    public static List<Object> asyncUsage(DataSource dataSource) throws SQLException {
        List<Object> printed = new ArrayList<>();
        try (AsyncKvStore db = AsyncKvStore.open(dataSource, "data")) {
            await(db.put("user", Map.of("name", "Alice")));
            printed.add(await(db.get("user")));            // {name=Alice}

            CompletableFuture<Object> key1 = db.get("key1");
            CompletableFuture<Object> key2 = db.get("key2");
            CompletableFuture<Object> key3 = db.get("key3");
            await(CompletableFuture.allOf(key1, key2, key3));
            printed.add(key1.join());                      // the three reads ran concurrently
            printed.add(key2.join());
            printed.add(key3.join());
        }
        return printed;
    }

    /** 1. Initialise: threads, read connections and the lock timeout. */
    public static Object initialise(DataSource dataSource) throws SQLException {
        AsyncKvOptions options = AsyncKvOptions.defaults()
                .withMaxWorkers(5)
                .withReadPoolSize(4)
                .withStore(KvOptions.defaults().withLockTimeout(Duration.ofSeconds(2)));
        try (AsyncKvStore db = AsyncKvStore.open(dataSource, "data", options)) {
            await(db.put("key", "value"));
            return await(db.get("key"));                   // value
        }
    }

    /** 2. CRUD. Plain reads are immutable: change a typed copy, or let patch merge the change atomically. */
    public static List<Object> crud(AsyncKvStore db) throws SQLException {
        List<Object> printed = new ArrayList<>();
        await(db.put("user_1", Map.of("name", "Alice", "age", 25)));

        Map<String, Object> user = await(db.get("user_1", new TypeReference<Map<String, Object>>() { }));
        user.put("age", 26);                              // a typed read gives a map of your own
        await(db.put("user_1", user));
        printed.add(await(db.get("user_1")));             // {name=Alice, age=26}

        printed.add(await(db.patch("user_1", Map.of("age", 27))));   // {name=Alice, age=27}

        await(db.delete("user_1"));
        printed.add(await(db.contains("user_1")));        // false
        return printed;
    }

    /** 3. Batch operations: one transaction each. */
    public static long batches(AsyncKvStore db) throws SQLException {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            data.put("user_" + i, Map.of("name", "User" + i));
        }
        await(db.batchPut(data));

        List<String> keys = IntStream.range(0, 500).mapToObj(i -> "user_" + i).toList();
        await(db.batchDelete(keys));
        return await(db.size());                          // 500
    }

    /** 4. Concurrent operations: start them all, then wait for all (asyncio.gather). */
    public static List<Object> concurrentReads(AsyncKvStore db, int count) throws SQLException {
        List<CompletableFuture<Object>> reads = IntStream.range(0, count)
                .mapToObj(i -> db.get("user_" + i))
                .toList();
        await(CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)));
        return reads.stream().map(CompletableFuture::join).toList();
    }

    /** FastAPI's GET /users/{user_id}; a framework that takes a CompletionStage returns this future as is. */
    public static CompletableFuture<Object> getUser(AsyncKvStore db, String userId) {
        return db.get("user_" + userId)
                .thenApply(user -> user != null ? user : Map.of("error", "User not found"));
    }

    /** FastAPI's POST /users. */
    public static CompletableFuture<Map<String, Object>> createUser(AsyncKvStore db, Map<String, Object> user) {
        return db.put("user_" + user.get("id"), user)
                .thenApply(stored -> Map.of("status", "created", "id", user.get("id")));
    }

    /** SQL operations: plain JDBC on pooled connections, run on an executor of your own. */
    public static CompletableFuture<List<Map<String, Object>>> sqlOperations(DataSource pool, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection connection = pool.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, name TEXT,"
                            + " email TEXT UNIQUE)");
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO people (name, email) VALUES (?, ?)")) {
                    insert.setString(1, "Alice");
                    insert.setString(2, "alice@example.com");
                    insert.executeUpdate();
                }
                try (PreparedStatement query = connection.prepareStatement("SELECT * FROM people WHERE name LIKE ?")) {
                    query.setString(1, "A%");
                    try (ResultSet rows = query.executeQuery()) {
                        return Rows.all(rows);
                    }
                }
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    /** Troubleshooting: close() waits for every operation already accepted, so this write is not lost. */
    public static void writeAndClose(DataSource dataSource) throws SQLException {
        try (AsyncKvStore db = AsyncKvStore.open(dataSource, "data")) {
            db.put("key", "value");
        }
    }

    /** Performance tips 1, 2 and 4: more threads, parallel read connections, everything loaded at open. */
    public static AsyncKvOptions highLoad() {
        return AsyncKvOptions.defaults()
                .withMaxWorkers(20)
                .withReadPoolSize(4)
                .withStore(KvOptions.defaults().withBulkLoad(true));
    }
}
