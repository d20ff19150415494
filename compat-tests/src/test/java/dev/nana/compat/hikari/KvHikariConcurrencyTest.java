package dev.nana.compat.hikari;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.nana.kv.KvStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads use key-value stores over one HikariCP pool: each operation borrows a connection. Increments must
 * not lose an update, neither between threads of one store (its key locks) nor between two stores of the same
 * namespace (only the database transaction protects those), and no SQLException may surface.
 */
class KvHikariConcurrencyTest {
    private static final int WORKERS = 8;
    private static final int ROUNDS = 200;
    private static final String SHARED = "shared-counter";

    @TempDir
    Path directory;

    @Test
    void eightThreadsPutGetAndIncrementWithoutLosingAnUpdate() throws Exception {
        run(config());
    }

    /** The same with a key in the pool's data source properties: every value is sealed, none lost. */
    @Test
    void theSameWithEncryptedValues() throws Exception {
        HikariConfig config = config();
        config.addDataSourceProperty("encryptionKey", Base64.getEncoder().encodeToString(new byte[32]));
        run(config);
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("kv.db"));
             Statement statement = plain.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM users WHERE typeof(value) <> 'blob'")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "every value sealed");
        }
    }

    private HikariConfig config() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:nana:" + directory.resolve("kv.db"));
        config.setMaximumPoolSize(WORKERS);
        return config;
    }

    private void run(HikariConfig config) throws Exception {
        try (HikariDataSource pool = new HikariDataSource(config);
             KvStore first = KvStore.open(pool, "users");
             KvStore second = KvStore.open(pool, "users")) {
            CountDownLatch start = new CountDownLatch(WORKERS);
            List<Callable<Void>> workers = new ArrayList<>();
            for (int worker = 0; worker < WORKERS; worker++) {
                workers.add(work(worker % 2 == 0 ? first : second, worker, start));
            }
            Workers.runAll(workers);
            assertFinalState(pool);
        }
    }

    /** Each round: its own key written and read back, its own counter, the shared counter, a per-store counter. */
    private static Callable<Void> work(KvStore store, int worker, CountDownLatch start) {
        return () -> {
            start.countDown();
            start.await();
            for (int round = 0; round < ROUNDS; round++) {
                String own = "w" + worker + "-" + round;
                store.put(own, Map.of("worker", worker, "round", round));
                assertEquals(Map.of("worker", worker, "round", round), store.get(own));
                assertEquals((long) round + 1, store.increment("count-" + worker, 1).longValue());
                store.increment(SHARED, 1);
                store.increment("stats", "worker" + worker, 2);
            }
            return null;
        };
    }

    private static void assertFinalState(HikariDataSource pool) throws SQLException {
        try (KvStore fresh = KvStore.open(pool, "users")) {
            assertEquals(WORKERS * ROUNDS, fresh.get(SHARED));
            Map<?, ?> stats = (Map<?, ?>) fresh.get("stats");
            assertEquals(WORKERS, stats.size());
            for (int worker = 0; worker < WORKERS; worker++) {
                assertEquals(ROUNDS, fresh.get("count-" + worker));
                assertEquals(2 * ROUNDS, stats.get("worker" + worker));
                assertEquals(Map.of("worker", worker, "round", ROUNDS - 1), fresh.get("w" + worker + "-" + (ROUNDS - 1)));
            }
            assertEquals((long) WORKERS * ROUNDS + WORKERS + 2, fresh.size());
        }
        if (pool.getDataSourceProperties().containsKey("encryptionKey")) {
            return; // SQL cannot read sealed values (docs/encryption.md)
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*), sum(json_extract(value, '$.round')) FROM kv.users WHERE key LIKE 'w%'")) {
            rows.next();
            assertEquals(WORKERS * ROUNDS, rows.getLong(1));
            assertEquals((long) WORKERS * ROUNDS * (ROUNDS - 1) / 2, rows.getLong(2));
        }
    }
}
