package dev.nana.compat.kv;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.CacheMode;
import dev.nana.kv.KvLockTimeoutException;
import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lessons 10 (cache strategies) and 13 (lock timeout, backup, restore) of the NanaSQLite tutorial (docs/kv.md). */
public final class KvFeatures {
    private KvFeatures() {
    }

    /** Lesson 10: at most 1000 values in memory; the others are read from the file when asked for. */
    public static List<Object> lruCache(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvOptions options = KvOptions.defaults().withCache(CacheMode.lru(1000));
        try (KvStore db = connection.unwrap(NanaConnection.class).kv("data", options)) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < 2000; i++) {
                values.put("key_" + i, "value_" + i);
            }
            db.batchPut(values);
            int cached = 0;
            for (int i = 0; i < 2000; i++) {
                cached += db.isCached("key_" + i) ? 1 : 0;
            }
            printed.add(cached);                 // at most 1000
            printed.add(db.get("key_0"));        // value_0, from memory or from the file
            printed.add(db.size());              // 2000
        }
        return printed;
    }

    /** Lesson 10: sessions expire an hour after they were written, and {@code true} deletes their rows too. */
    public static KvOptions sessionCache() {
        return KvOptions.defaults().withCache(CacheMode.ttl(Duration.ofHours(1), true));
    }

    /**
     * Stores on nana connections to one file in one JVM see each other's commits at once; a write from another process
     * (here a plain sqlite-jdbc connection) within kvChangeCheck, or at once through getFresh or an uncached store.
     */
    public static List<Object> cacheAcrossConnections(String url) throws SQLException {
        List<Object> printed = new ArrayList<>();
        try (Connection service = DriverManager.getConnection(url);
             Connection other = DriverManager.getConnection(url);
             Connection outsider = DriverManager.getConnection(url.replace("jdbc:nana:", "jdbc:sqlite:"))) {
            KvStore mine = service.unwrap(NanaConnection.class).kv("settings");
            KvStore theirs = other.unwrap(NanaConnection.class).kv("settings");
            mine.put("mode", "fast");
            theirs.put("mode", "safe");               // another connection in this JVM
            printed.add(mine.get("mode"));             // safe: its commit reached this store's cache

            try (Statement sql = outsider.createStatement()) { // as another process would
                sql.executeUpdate("UPDATE settings SET value = '\"eco\"' WHERE key = 'mode'");
            }
            printed.add(mine.getFresh("mode"));        // eco: read from the file (a plain get: within 1 s)

            KvOptions uncached = KvOptions.defaults().withCache(CacheMode.none());
            try (KvStore direct = service.unwrap(NanaConnection.class).kv("settings", uncached)) {
                theirs.put("mode", "auto");
                printed.add(direct.get("mode"));       // auto: every read goes to the file
            }
        }
        return printed;
    }

    /** Lesson 13: operations give up after waiting 2 s for the store's lock. */
    public static KvOptions boundedWaits() {
        return KvOptions.defaults().withLockTimeout(Duration.ofSeconds(2));
    }

    /** Lesson 13: what a caller does when the lock stays taken; nothing was written, so it may retry. */
    public static String storeOrReport(KvStore db) throws SQLException {
        try {
            db.put("key", "value");
            return "stored";
        } catch (KvLockTimeoutException e) {
            return "Lock not acquired: " + e.getSQLState();   // HYT00
        }
    }

    /** Lesson 13: an online copy of the whole file, opened like any database. */
    public static List<Object> backup(Connection connection, Path directory) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        db.put("user", Map.of("name", "Nana", "role", "admin"));

        Path copy = directory.resolve("app_backup_2026-03-04.db");
        db.backup(copy);

        try (Connection backup = DriverManager.getConnection("jdbc:nana:" + copy)) {
            printed.add(backup.unwrap(NanaConnection.class).kv().get("user"));   // {name=Nana, role=admin}
        }
        return printed;
    }

    /** Lesson 13: back to a snapshot; the whole file's content is replaced and the cache forgotten. */
    public static List<Object> restore(Connection connection, Path directory) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        db.put("counter", 1);

        Path snapshot = directory.resolve("snapshot.db");
        db.backup(snapshot);

        db.put("counter", 9999);
        db.put("bad_key", "oops");

        db.restore(snapshot);
        printed.add(db.get("counter"));          // 1
        printed.add(db.contains("bad_key"));     // false
        return printed;
    }
}
