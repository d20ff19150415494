package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nana.kv.crypto.CipherFormat;
import dev.nana.kv.crypto.CipherMode;
import dev.nana.kv.crypto.KeyRing;
import dev.nana.kv.crypto.ValueCipher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The encrypted files NanaSQLite wrote open with nana's cipher in NanaSQLite's format, every value equal to what
 * NanaSQLite stored; and what nana seals in that format, NanaSQLite's layout, opens the same way.
 */
class NanaSqliteCipherVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"aes-gcm.db, aes-gcm", "chacha20.db, chacha20", "fernet.db, fernet"})
    void everyValueOpensEqualToWhatNanaSqliteStored(String vector, String mode) throws Exception {
        ValueCipher cipher = cipher(NanaSqliteVectors.KEY, mode);
        Map<String, byte[]> sealed = sealedValues(NanaSqliteVectors.copy(vector, dir));
        Map<String, Object> opened = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> row : sealed.entrySet()) {
            opened.put(row.getKey(), JSON.readValue(cipher.open("data", row.getKey(), row.getValue()), Object.class));
        }
        assertEquals(NanaSqliteVectors.expectedValues(), opened);
    }

    @ParameterizedTest
    @CsvSource({"aes-gcm.db, aes-gcm", "chacha20.db, chacha20", "fernet.db, fernet"})
    void anotherKeyIsAWrongKey(String vector, String mode) throws Exception {
        byte[] otherKey = NanaSqliteVectors.KEY.clone();
        otherKey[0] ^= 1;
        ValueCipher cipher = cipher(otherKey, mode);
        byte[] greeting = sealedValues(NanaSqliteVectors.copy(vector, dir)).get("greeting");
        SQLException e = assertThrows(SQLException.class, () -> cipher.open("data", "greeting", greeting));
        assertEquals("28000", e.getSQLState(), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"aes-gcm.db, aes-gcm", "chacha20.db, chacha20", "fernet.db, fernet"})
    void whatNanaSealsHasNanaSqlitesLayout(String vector, String mode) throws Exception {
        ValueCipher cipher = cipher(NanaSqliteVectors.KEY, mode);
        byte[] theirs = sealedValues(NanaSqliteVectors.copy(vector, dir)).get("number");
        byte[] ours = cipher.seal("data", "number", "42".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(theirs.length, ours.length, "same size for the same plaintext: nonce, ciphertext, tag or token");
        if (mode.equals("fernet")) {
            assertEquals(new String(Arrays.copyOf(theirs, 2)), new String(Arrays.copyOf(ours, 2)), "token version");
        }
    }

    private static ValueCipher cipher(byte[] key, String mode) throws SQLException {
        return ValueCipher.create(KeyRing.of(key), CipherMode.parse(mode), CipherFormat.NANASQLITE);
    }

    /** Namespace data's BLOBs, read with plain sqlite-jdbc. */
    private static Map<String, byte[]> sealedValues(Path file) throws SQLException {
        Map<String, byte[]> values = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT key, value FROM data WHERE typeof(value) = 'blob'")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getBytes(2));
            }
        }
        return values;
    }
}
