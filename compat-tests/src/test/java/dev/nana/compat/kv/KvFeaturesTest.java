package dev.nana.compat.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvHook;
import dev.nana.kv.KvStore;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KvFeaturesTest extends NanaFileTest {
    @Override
    String fileName() {
        return "app.db";
    }

    @Test
    void lesson10LruKeepsAtMostItsSizeInMemoryAndEverythingOnDisk() throws SQLException {
        List<Object> printed = KvFeatures.lruCache(connection);

        assertTrue((Integer) printed.get(0) <= 1000, printed::toString);
        assertEquals(List.of("value_0", 2000L), printed.subList(1, 3));
    }

    @Test
    void lesson10TtlExpiresEntriesAndTheirRows() throws SQLException {
        AtomicLong nanos = new AtomicLong();
        NanaConnection nana = connection.unwrap(NanaConnection.class);
        try (KvStore db = nana.kv("data", KvFeatures.sessionCache().withTicker(nanos::get))) {
            db.put("session_123", Map.of("user_id", 42));

            nanos.addAndGet(Duration.ofMinutes(59).toNanos());
            assertTrue(db.isCached("session_123"));
            assertEquals(Map.of("user_id", 42), db.get("session_123"));

            nanos.addAndGet(Duration.ofMinutes(2).toNanos());
            assertNull(db.get("session_123"));
        }
        assertEquals(Map.of(), KvFiles.rawRows(file(), "data"));
    }

    @Test
    void aCacheDoesNotSeeOtherConnectionsUntilAskedTo() throws SQLException {
        assertEquals(List.of("safe", "eco", "auto"), KvFeatures.cacheAcrossConnections(url()));
    }

    @Test
    void lesson13ReportsALockHeldTooLong() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        KvHook slowWriter = new KvHook() {
            @Override
            public Object beforeWrite(KvStore store, String key, Object value) throws SQLException {
                if (key.equals("slow")) {
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SQLException("interrupted", e);
                    }
                }
                return value;
            }
        };
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (KvStore db = connection.unwrap(NanaConnection.class).kv("data",
                KvFeatures.boundedWaits().withHooks(slowWriter))) {
            // increment runs its write hooks while it holds the store's lock
            Future<Number> slow = other.submit(() -> db.increment("slow", 1));
            holding.await();

            assertEquals("Lock not acquired: HYT00", KvFeatures.storeOrReport(db));

            release.countDown();
            assertEquals(1, slow.get());
            assertFalse(db.contains("key"), "a timed-out put writes nothing");
            assertEquals("stored", KvFeatures.storeOrReport(db));
            assertEquals("value", db.get("key"));
        } finally {
            release.countDown();
            other.shutdown();
        }
    }

    @Test
    void lesson13BackupIsADatabaseOfItsOwn() throws SQLException {
        assertEquals(List.of(Map.of("name", "Nana", "role", "admin")), KvFeatures.backup(connection, directory));

        Map<String, String> copied = KvFiles.rawRows(directory.resolve("app_backup_2026-03-04.db"), "data");
        assertEquals(KvFiles.json("{\"name\":\"Nana\",\"role\":\"admin\"}"), KvFiles.json(copied.get("user")));
    }

    @Test
    void lesson13RestoreGoesBackToTheSnapshot() throws SQLException {
        assertEquals(List.of(1, false), KvFeatures.restore(connection, directory));

        assertEquals(Map.of("counter", "1"), KvFiles.rawRows(file(), "data"));
    }
}
