package dev.nana.kv.crypto;

import static dev.nana.kv.crypto.CryptoAssertions.assertState;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sealing and opening values in both formats, and each way a sealed value can fail to open. */
class ValueCipherTest {
    private static final byte[] KEY = counting(0);
    private static final byte[] OTHER_KEY = counting(100);
    private static final byte[] SECRET = "{\"card\":\"4111 1111 1111 1111\"}".getBytes(StandardCharsets.UTF_8);

    private static byte[] counting(int from) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (from + i);
        }
        return key;
    }

    private static ValueCipher cipher(byte[] key, CipherMode mode, CipherFormat format) throws SQLException {
        return ValueCipher.create(KeyRing.of(key), mode, format);
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void everyModeRoundTripsInBothFormats(CipherMode mode) throws SQLException {
        for (CipherFormat format : CipherFormat.values()) {
            ValueCipher cipher = cipher(KEY, mode, format);
            for (byte[] plaintext : new byte[][] {new byte[0], SECRET, new byte[10_000]}) {
                byte[] sealed = cipher.seal("data", "k", plaintext);
                assertArrayEquals(plaintext, cipher.open("data", "k", sealed), mode + " " + format);
                assertFalse(contains(sealed, SECRET) && plaintext == SECRET, "the plaintext must not show");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void sealingTwiceGivesDifferentBytes(CipherMode mode) throws SQLException {
        ValueCipher cipher = cipher(KEY, mode, CipherFormat.NANA);
        assertFalse(Arrays.equals(cipher.seal("data", "k", SECRET), cipher.seal("data", "k", SECRET)));
    }

    @Test
    void nanaFormatLaysOutFormatByteKeyIdCheckNonceCiphertextTag() throws SQLException {
        byte[] sealed = cipher(KEY, CipherMode.AES_GCM, CipherFormat.NANA).seal("data", "k", SECRET);
        assertEquals(0x01, sealed[0]);
        assertEquals(1, java.nio.ByteBuffer.wrap(sealed, 1, 4).getInt(), "key id");
        assertEquals(KeyRing.checkValue(KEY), java.nio.ByteBuffer.wrap(sealed, 5, 4).getInt(), "key check value");
        assertEquals(ValueCipher.HEADER_BYTES + ValueCipher.NONCE_BYTES + SECRET.length + ValueCipher.TAG_BYTES,
                sealed.length);
        assertEquals(0x02, cipher(KEY, CipherMode.CHACHA20, CipherFormat.NANA).seal("data", "k", SECRET)[0]);
        assertEquals(0x03, cipher(KEY, CipherMode.FERNET, CipherFormat.NANA).seal("data", "k", SECRET)[0]);
    }

    @Test
    void nanaSqliteFormatIsNonceCiphertextTagOrAFernetToken() throws SQLException {
        byte[] sealed = cipher(KEY, CipherMode.AES_GCM, CipherFormat.NANASQLITE).seal("data", "k", SECRET);
        assertEquals(ValueCipher.NONCE_BYTES + SECRET.length + ValueCipher.TAG_BYTES, sealed.length);
        String token = new String(cipher(KEY, CipherMode.FERNET, CipherFormat.NANASQLITE).seal("data", "k", SECRET),
                StandardCharsets.US_ASCII);
        assertEquals((byte) 0x80, Base64.getUrlDecoder().decode(token)[0], "a Fernet token, version 0x80");
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void aValueCopiedToAnotherRowOrTableDoesNotOpen(CipherMode mode) throws SQLException {
        ValueCipher cipher = cipher(KEY, mode, CipherFormat.NANA);
        byte[] sealed = cipher.seal("users", "alice", SECRET);
        assertState("22N02", () -> cipher.open("users", "bob", sealed));
        assertState("22N02", () -> cipher.open("admins", "alice", sealed));
        assertState("22N02", () -> cipher.open("user", "salice", sealed));
        assertArrayEquals(SECRET, cipher.open("USERS", "alice", sealed), "table names ignore case, as in SQLite");
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void aChangedByteIsTampering(CipherMode mode) throws SQLException {
        ValueCipher cipher = cipher(KEY, mode, CipherFormat.NANA);
        byte[] sealed = cipher.seal("data", "k", SECRET);
        for (int at : new int[] {ValueCipher.HEADER_BYTES, ValueCipher.HEADER_BYTES + 20, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 0x01;
            // A changed character of a Fernet token's text may also leave no token at all (22N03).
            SQLException e = assertState(mode == CipherMode.FERNET ? null : "22N02",
                    () -> cipher.open("data", "k", changed));
            assertTrue(Arrays.asList("22N02", "22N03").contains(e.getSQLState()), e.getSQLState() + " at " + at);
        }
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void aWrongKeyIsToldApartFromTampering(CipherMode mode) throws SQLException {
        byte[] sealed = cipher(KEY, mode, CipherFormat.NANA).seal("data", "k", SECRET);
        SQLException e = assertState("28000", () -> cipher(OTHER_KEY, mode, CipherFormat.NANA).open("data", "k", sealed));
        assertTrue(e.getMessage().contains("data key 'k'"), e.getMessage());
        assertState("28000", () -> cipher(OTHER_KEY, mode, CipherFormat.NANASQLITE)
                .open("data", "k", cipher(KEY, mode, CipherFormat.NANASQLITE).seal("data", "k", SECRET)));
    }

    @Test
    void anUnknownKeyIdIsNamed() throws SQLException {
        byte[] sealed = ValueCipher.create(KeyRing.of(Map.of(7, KEY), 7), CipherMode.AES_GCM, CipherFormat.NANA)
                .seal("data", "k", SECRET);
        SQLException e = assertState("22N01",
                () -> cipher(KEY, CipherMode.AES_GCM, CipherFormat.NANA).open("data", "k", sealed));
        assertTrue(e.getMessage().contains("key id 7"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void truncatedValuesAreToldApart(CipherMode mode) throws SQLException {
        for (CipherFormat format : CipherFormat.values()) {
            ValueCipher cipher = cipher(KEY, mode, format);
            byte[] sealed = cipher.seal("data", "k", SECRET);
            for (int length : new int[] {0, 5, format == CipherFormat.NANA ? ValueCipher.HEADER_BYTES + 20 : 20}) {
                byte[] cut = Arrays.copyOf(sealed, length);
                assertState("22N03", () -> cipher.open("data", "k", cut));
            }
        }
        assertState("22N03", () -> cipher(KEY, mode, CipherFormat.NANA).open("data", "k", null));
    }

    @Test
    void olderKeysOfTheRingStillOpenWhatTheySealed() throws SQLException {
        byte[] old = cipher(KEY, CipherMode.AES_GCM, CipherFormat.NANA).seal("data", "k", SECRET);
        ValueCipher rotated = ValueCipher.create(KeyRing.of(Map.of(1, KEY, 2, OTHER_KEY), 2), CipherMode.AES_GCM,
                CipherFormat.NANA);
        assertArrayEquals(SECRET, rotated.open("data", "k", old));
        byte[] fresh = rotated.seal("data", "k", SECRET);
        assertEquals(2, java.nio.ByteBuffer.wrap(fresh, 1, 4).getInt(), "new values go under the primary key");
        assertState("22N01", () -> cipher(KEY, CipherMode.AES_GCM, CipherFormat.NANA).open("data", "k", fresh));
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void theSameValueOpensTwiceInARow(CipherMode mode) throws SQLException {
        ValueCipher cipher = cipher(KEY, mode, CipherFormat.NANA);
        byte[] sealed = cipher.seal("data", "k", SECRET);
        assertArrayEquals(SECRET, cipher.open("data", "k", sealed));
        assertArrayEquals(SECRET, cipher.open("data", "k", sealed));
    }

    @Test
    void aValueSealedWithOneModeOpensWhateverModeIsConfigured() throws SQLException {
        byte[] sealed = cipher(KEY, CipherMode.CHACHA20, CipherFormat.NANA).seal("data", "k", SECRET);
        assertArrayEquals(SECRET, cipher(KEY, CipherMode.AES_GCM, CipherFormat.NANA).open("data", "k", sealed));
    }

    @Test
    void keysNeverShow() throws SQLException {
        KeyRing ring = KeyRing.of(KEY);
        assertEquals("KeyRing[ids=1, primary=1]", ring.toString());
        SQLException tooShort = assertState("22023", () -> KeyRing.of(new byte[16]));
        assertTrue(tooShort.getMessage().contains("16 bytes"), tooShort.getMessage());
        String base64 = Base64.getEncoder().encodeToString(KEY);
        SQLException wrong = assertState("28000", () -> cipher(OTHER_KEY, CipherMode.AES_GCM, CipherFormat.NANA)
                .open("data", "k", cipher(KEY, CipherMode.AES_GCM, CipherFormat.NANA).seal("data", "k", SECRET)));
        assertFalse(wrong.getMessage().contains(base64));
        assertFalse(wrong.getMessage().contains("4111"), "nor the value");
    }

    @Test
    void modesAndFormatsParseTheirPropertyValues() throws SQLException {
        assertEquals(CipherMode.CHACHA20, CipherMode.parse(" ChaCha20 "));
        assertEquals(CipherFormat.NANASQLITE, CipherFormat.parse("nanasqlite"));
        assertState("22023", () -> CipherMode.parse("rot13"));
        assertState("22023", () -> CipherFormat.parse(null));
        assertNotEquals(KeyRing.checkValue(KEY), KeyRing.checkValue(OTHER_KEY));
    }


    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
