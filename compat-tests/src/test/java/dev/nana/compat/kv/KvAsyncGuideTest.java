package dev.nana.compat.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.compat.examples.Rows;
import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.AsyncKvOptions;
import dev.nana.kv.AsyncKvStore;
import dev.nana.kv.CacheMode;
import dev.nana.kv.KvOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KvAsyncGuideTest {
    @TempDir
    Path directory;
    private DataSource dataSource;

    @BeforeEach
    void open() {
        dataSource = KvAsyncGuide.dataSource(directory.resolve("mydata.db"));
    }

    @Test
    void lesson9WritesReadsAndGathers() throws SQLException {
        assertEquals(Arrays.asList(Map.of("name", "Alice"), null, null, null), KvAsyncGuide.asyncUsage(dataSource));
    }

    @Test
    void initialiseWithThreadsReadConnectionsAndLockTimeout() throws SQLException {
        assertEquals("value", KvAsyncGuide.initialise(dataSource));
    }

    @Test
    void crudChangesACopyThenPatches() throws SQLException {
        try (AsyncKvStore db = AsyncKvStore.open(dataSource, "data")) {
            assertEquals(List.of(Map.of("name", "Alice", "age", 26), Map.of("name", "Alice", "age", 27), false),
                    KvAsyncGuide.crud(db));
        }
    }

    @Test
    void batchesLeaveTheSecondHalf() throws SQLException {
        try (AsyncKvStore db = AsyncKvStore.open(dataSource, "data")) {
            assertEquals(500, KvAsyncGuide.batches(db));
            assertEquals(List.of(Map.of("name", "User500"), Map.of("name", "User999")),
                    List.copyOf(KvAsyncGuide.await(db.batchGet(List.of("user_499", "user_500", "user_999"))).values()));
        }
    }

    @Test
    void coldConcurrentReadsGoThroughTheReadConnections() throws SQLException {
        storeUsers(100);
        AsyncKvOptions uncached = AsyncKvOptions.defaults().withStore(KvOptions.defaults().withCache(CacheMode.none()));
        try (AsyncKvStore db = AsyncKvStore.open(dataSource, "data", uncached)) {
            assertEquals(expectedUsers(100), KvAsyncGuide.concurrentReads(db, 100));
        }
    }

    @Test
    void highLoadOptionsLoadEverythingAtOpen() throws SQLException {
        storeUsers(100);
        try (AsyncKvStore db = AsyncKvStore.open(dataSource, "data", KvAsyncGuide.highLoad())) {
            assertTrue(IntStream.range(0, 100).allMatch(i -> db.isCached("user_" + i)));
            assertEquals(expectedUsers(100), KvAsyncGuide.concurrentReads(db, 100));
        }
    }

    @Test
    void endpointsComposeFutures() throws SQLException {
        try (AsyncKvStore db = AsyncKvStore.open(dataSource, "data")) {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("id", "42");
            user.put("name", "Ann");

            assertEquals(Map.of("status", "created", "id", "42"),
                    KvAsyncGuide.await(KvAsyncGuide.createUser(db, user)));
            assertEquals(Map.of("id", "42", "name", "Ann"), KvAsyncGuide.await(KvAsyncGuide.getUser(db, "42")));
            assertEquals(Map.of("error", "User not found"), KvAsyncGuide.await(KvAsyncGuide.getUser(db, "7")));
        }
    }

    @Test
    void sqlRunsOnAnExecutorOfItsOwn() throws SQLException {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            assertEquals(List.of(Map.of("id", 1, "name", "Alice", "email", "alice@example.com")),
                    KvAsyncGuide.await(KvAsyncGuide.sqlOperations(dataSource, executor)));
            assertEquals(1, Rows.query(dataSource, "SELECT * FROM people").size());
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void closeWaitsForAcceptedWritesAndRefusesLaterOnes() throws SQLException {
        KvAsyncGuide.writeAndClose(dataSource);

        try (Connection connection = dataSource.getConnection()) {
            assertEquals("value", connection.unwrap(NanaConnection.class).kv().get("key"));
        }
        AsyncKvStore closed = AsyncKvStore.open(dataSource, "data");
        closed.close();
        SQLException refused = assertThrows(SQLException.class, () -> KvAsyncGuide.await(closed.get("key")));
        assertEquals("HY010", refused.getSQLState());
    }

    private void storeUsers(int count) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Object> users = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                users.put("user_" + i, Map.of("name", "User" + i));
            }
            connection.unwrap(NanaConnection.class).kv().batchPut(users);
        }
    }

    private static List<Object> expectedUsers(int count) {
        return IntStream.range(0, count).<Object>mapToObj(i -> Map.of("name", "User" + i)).toList();
    }
}
