package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.kv.crypto.CipherFormat;
import dev.nana.kv.crypto.CipherMode;
import dev.nana.kv.crypto.KeyRing;
import dev.nana.kv.crypto.ValueCipher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-sealing a database's values under a new key, batch by batch, interrupted and resumed. */
class KvRekeyTest {
    private static final byte[] OLD = key(1);
    private static final byte[] NEW = key(2);
    private static final int ROWS = 1000;

    @TempDir
    Path dir;
    Connection connection;

    private static byte[] key(int fill) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    private static ValueCipher cipher(Map<Integer, byte[]> keys, int primary, CipherMode mode) throws SQLException {
        return ValueCipher.create(KeyRing.of(keys, primary), mode, CipherFormat.NANA);
    }

    private static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash", null, false, false);
        }
    }

    @BeforeEach
    void fill() throws SQLException {
        connection = TempDatabase.open(dir);
        KvOptions old = KvOptions.defaults().withCipher(cipher(Map.of(1, OLD), 1, CipherMode.AES_GCM));
        try (KvStore users = KvStore.open(connection, "users", old);
             KvStore notes = KvStore.open(connection, "notes")) {
            Map<String, Object> batch = new LinkedHashMap<>();
            for (int i = 0; i < ROWS; i++) {
                batch.put("u" + i, Map.of("n", i));
            }
            users.batchPut(batch);
            notes.put("plain", "not sealed yet");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE other(key TEXT PRIMARY KEY, value TEXT, extra INTEGER)");
            statement.execute("INSERT INTO other VALUES ('k', 'left alone', 1)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyValueEndsUnderTheNewKeyAndOpensWithItAlone() throws SQLException {
        List<Integer> batches = new ArrayList<>();
        long resealed = KvRekey.run(connection, cipher(Map.of(1, OLD, 2, NEW), 2, CipherMode.CHACHA20), 300,
                (namespace, walked, count, soFar) -> batches.add(count));
        assertEquals(ROWS + 1, resealed);
        assertEquals(List.of(1, 300, 300, 300, 100), batches, "notes first (alphabetical), then users");
        assertEquals(ROWS, countWithPrefix("users", new byte[] {0x02, 0, 0, 0, 2}));
        KvOptions onlyNew = KvOptions.defaults().withCache(CacheMode.none())
                .withCipher(cipher(Map.of(2, NEW), 2, CipherMode.AES_GCM));
        try (KvStore users = KvStore.open(connection, "users", onlyNew);
             KvStore notes = KvStore.open(connection, "notes", onlyNew)) {
            for (int i = 0; i < ROWS; i++) {
                assertEquals(Map.of("n", i), users.get("u" + i));
            }
            assertEquals("not sealed yet", notes.get("plain"), "plaintext got sealed");
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT value FROM other")) {
            rows.next();
            assertEquals("left alone", rows.getString(1), "a table of another shape is not a namespace");
        }
        assertEquals(0, KvRekey.run(connection, cipher(Map.of(2, NEW), 2, CipherMode.CHACHA20), 300,
                (namespace, walked, count, soFar) -> { }), "a second run finds nothing to do");
    }

    @Test
    void aRunStoppedMidwayLeavesEveryValueReadableAndTheNextRunFinishes() throws SQLException {
        ValueCipher ring = cipher(Map.of(1, OLD, 2, NEW), 2, CipherMode.AES_GCM);
        int[] committed = {0};
        assertThrows(Crash.class, () -> KvRekey.run(connection, ring, 100, (namespace, walked, count, soFar) -> {
            if (++committed[0] == 4) {
                throw new Crash();
            }
        }));
        int moved = countWithPrefix("users", new byte[] {0x01, 0, 0, 0, 2});
        assertEquals(300, moved, "three batches of users committed before the stop");
        try (KvStore users = KvStore.open(connection, "users",
                KvOptions.defaults().withCache(CacheMode.none()).withCipher(ring))) {
            for (int i = 0; i < ROWS; i++) {
                assertEquals(Map.of("n", i), users.get("u" + i), "old and new values open with the ring");
            }
        }
        long rest = KvRekey.run(connection, ring, 100, (namespace, walked, count, soFar) -> { });
        assertEquals(ROWS - 300, rest);
        assertEquals(ROWS, countWithPrefix("users", new byte[] {0x01, 0, 0, 0, 2}));
    }

    @Test
    void aValueThatDoesNotOpenStopsTheRunWithNothingOfItsBatchWritten() throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE users SET value = (SELECT value FROM users WHERE key = 'u1') WHERE key = 'u2'")) {
            update.executeUpdate();
        }
        SQLException e = assertThrows(SQLException.class, () -> KvRekey.run(connection,
                cipher(Map.of(1, OLD, 2, NEW), 2, CipherMode.AES_GCM), 5000, (namespace, walked, count, soFar) -> { }));
        assertEquals("22N02", e.getSQLState());
        assertTrue(e.getMessage().contains("users key 'u2'"), e.getMessage());
        assertEquals(0, countWithPrefix("users", new byte[] {0x01, 0, 0, 0, 2}), "the failing batch rolled back");
    }

    /** SQLite lets a rowid table's TEXT PRIMARY KEY be NULL; such a row has no key to seal its value to. */
    @Test
    void aRowWithoutAKeyStopsTheRunWithItsRowid() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO notes (key, value) VALUES (NULL, 'no key')");
        }
        SQLException e = assertThrows(SQLException.class, () -> KvRekey.run(connection,
                cipher(Map.of(1, OLD, 2, NEW), 2, CipherMode.AES_GCM), 100, (namespace, walked, count, soFar) -> { }));
        assertEquals("22001", e.getSQLState());
        assertTrue(e.getMessage().startsWith("nana: namespace notes has a row with a NULL key at rowid 2"),
                e.getMessage());
        assertEquals(0, countWithPrefix("notes", new byte[] {0x01, 0, 0, 0, 2}), "the failing batch rolled back");
    }

    @Test
    void nanaSqlitesFormatCannotBeTheTarget() throws SQLException {
        ValueCipher nanaSqlite = ValueCipher.create(KeyRing.of(NEW), CipherMode.AES_GCM, CipherFormat.NANASQLITE);
        assertEquals("HY010", assertThrows(SQLException.class,
                () -> KvRekey.run(connection, nanaSqlite, 100, (namespace, walked, count, soFar) -> { })).getSQLState());
    }

    private int countWithPrefix(String table, byte[] prefix) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FROM " + table + " WHERE substr(value, 1, 5) = ?")) {
            select.setBytes(1, prefix);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
