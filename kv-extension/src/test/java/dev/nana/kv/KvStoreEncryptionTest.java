package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.kv.crypto.CipherFormat;
import dev.nana.kv.crypto.CipherMode;
import dev.nana.kv.crypto.KeyRing;
import dev.nana.kv.crypto.ValueCipher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A store with a cipher: values are sealed in the file, bound to their row, and refused when they do not open. */
class KvStoreEncryptionTest {
    private static final String CARD = "4111-1111-1111-1111";

    @TempDir
    Path dir;
    Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = TempDatabase.open(dir);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static KvOptions sealedWith(byte[] key, CipherMode mode) throws SQLException {
        return KvOptions.defaults().withCache(CacheMode.none())
                .withCipher(ValueCipher.create(KeyRing.of(key), mode, CipherFormat.NANA));
    }

    private static byte[] key(int first) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        key[0] = (byte) first;
        return key;
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void everyOperationRoundTripsAndTheFileHoldsNoPlaintext(CipherMode mode) throws Exception {
        try (KvStore store = KvStore.open(connection, "cards", sealedWith(key(1), mode))) {
            store.put("alice", Map.of("card", CARD));
            store.batchPut(Map.of("bob", List.of(CARD, 7), "carol", "plain " + CARD));
            assertEquals(Map.of("card", CARD), store.get("alice"));
            assertEquals(Map.of("bob", List.of(CARD, 7)), store.batchGet(List.of("bob")));
            assertEquals(8, store.increment("counter", 8).intValue());
            store.patch("alice", Map.of("name", "Alice"));
            assertEquals(Map.of("card", CARD, "name", "Alice"), store.get("alice"));
            try (Stream<Map.Entry<String, Object>> entries = store.entries()) {
                assertEquals(4, entries.count());
            }
            assertEquals("plain " + CARD, store.pop("carol"));
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM cards WHERE typeof(value) <> 'blob'")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "every value is a BLOB");
        }
        connection.close();
        byte[] file = Files.readAllBytes(dir.resolve("kv.db"));
        byte[] wal = Files.exists(dir.resolve("kv.db-wal")) ? Files.readAllBytes(dir.resolve("kv.db-wal")) : new byte[0];
        assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains(CARD), "no plaintext in the file");
        assertFalse(new String(wal, StandardCharsets.ISO_8859_1).contains(CARD), "nor in its WAL");
        connection = TempDatabase.open(dir);
    }

    @Test
    void aValueCopiedToAnotherRowDoesNotOpenThere() throws SQLException {
        try (KvStore store = KvStore.open(connection, "cards", sealedWith(key(1), CipherMode.AES_GCM))) {
            store.put("alice", CARD);
            store.put("mallory", "nothing");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE cards SET value = (SELECT value FROM cards WHERE key = 'alice')"
                        + " WHERE key = 'mallory'");
            }
            SQLException e = assertThrows(SQLException.class, () -> store.get("mallory"));
            assertEquals("22N02", e.getSQLState());
            assertTrue(e.getMessage().contains("cards key 'mallory'"), e.getMessage());
            assertFalse(e.getMessage().contains(CARD), "the value never shows");
            assertEquals(CARD, store.get("alice"));
        }
    }

    @Test
    void anotherKeyIsAWrongKeyAndATamperedByteIsTampering() throws SQLException {
        try (KvStore store = KvStore.open(connection, "cards", sealedWith(key(1), CipherMode.AES_GCM))) {
            store.put("alice", CARD);
        }
        try (KvStore store = KvStore.open(connection, "cards", sealedWith(key(2), CipherMode.AES_GCM))) {
            assertEquals("28000", assertThrows(SQLException.class, () -> store.get("alice")).getSQLState());
        }
        byte[] stored;
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM cards WHERE key = 'alice'");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            stored = rows.getBytes(1);
        }
        stored[stored.length - 1] ^= 1; // the tag's last byte: the value keeps its shape but no longer authenticates
        try (PreparedStatement update = connection.prepareStatement("UPDATE cards SET value = ? WHERE key = 'alice'")) {
            update.setBytes(1, stored);
            update.executeUpdate();
        }
        try (KvStore store = KvStore.open(connection, "cards", sealedWith(key(1), CipherMode.AES_GCM))) {
            assertEquals("22N02", assertThrows(SQLException.class, () -> store.get("alice")).getSQLState());
        }
    }

    @Test
    void plaintextIsRefusedUnlessMigratingAndIsSealedByItsNextWrite() throws SQLException {
        try (KvStore plain = KvStore.open(connection, "cards")) {
            plain.put("alice", CARD);
        }
        KvOptions sealed = sealedWith(key(1), CipherMode.AES_GCM);
        try (KvStore store = KvStore.open(connection, "cards", sealed)) {
            SQLException e = assertThrows(SQLException.class, () -> store.get("alice"));
            assertEquals("22N04", e.getSQLState());
            assertFalse(e.getMessage().contains(CARD));
        }
        try (KvStore migrating = KvStore.open(connection, "cards", sealed.withReadPlaintext(true))) {
            assertEquals(CARD, migrating.get("alice"));
            migrating.put("alice", migrating.get("alice"));
        }
        assertFalse(TempDatabase.storedJson(connection, "cards", "alice") == null);
        try (KvStore store = KvStore.open(connection, "cards", sealed)) {
            assertEquals(CARD, store.get("alice"), "sealed by the migration's write");
        }
    }

    @Test
    void aWriteThatFailsToSealWritesNothingAndBatchesStayAllOrNothing() throws SQLException {
        try (KvStore store = KvStore.open(connection, "cards", sealedWith(key(1), CipherMode.CHACHA20))) {
            Map<String, Object> batch = new LinkedHashMap<>();
            batch.put("a", 1);
            batch.put("b", Double.NaN);
            assertThrows(SQLException.class, () -> store.batchPut(batch));
            assertEquals(0, store.size());
        }
    }

    @Test
    void writeBehindSealsWhatItFlushes() throws SQLException {
        KvOptions options = sealedWith(key(1), CipherMode.AES_GCM).withWriteBehind(FlushPolicy.manual());
        try (KvStore store = KvStore.open(connection, "cards", options)) {
            store.put("alice", CARD);
            store.flush();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM cards WHERE key = 'alice'");
             ResultSet rows = select.executeQuery()) {
            assertTrue(rows.next());
            byte[] stored = rows.getBytes(1);
            assertEquals(0x01, stored[0], "nana's format, AES-GCM");
            assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(CARD));
            assertArrayEquals(("\"" + CARD + "\"").getBytes(StandardCharsets.UTF_8),
                    ValueCipher.create(KeyRing.of(key(1)), CipherMode.AES_GCM, CipherFormat.NANA)
                            .open("cards", "alice", stored));
        }
    }
}
