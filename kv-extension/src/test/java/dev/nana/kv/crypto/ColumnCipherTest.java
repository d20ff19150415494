package dev.nana.kv.crypto;

import static dev.nana.kv.crypto.CryptoAssertions.assertState;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sealing and opening column values, randomized and searchable, and each way a stored value can fail to open. */
class ColumnCipherTest {
    private static final byte[] KEY = counting(0);
    private static final byte[] OTHER_KEY = counting(100);
    private static final String SECRET = "alice@example.org";
    /** Each value a column seals, beside what it opens to. */
    private static final Object[][] VALUES = {
        {SECRET, SECRET},
        {"", ""},
        {"日本語 ✓", "日本語 ✓"},
        {Long.MIN_VALUE, Long.MIN_VALUE},
        {42, 42L},
        {(short) -3, -3L},
        {(byte) 7, 7L},
        {true, 1L},
        {false, 0L},
        {2.5, 2.5},
        {1.5f, 1.5},
        {Double.NaN, Double.NaN},
        {new byte[] {0, 1, (byte) 0xff}, new byte[] {0, 1, (byte) 0xff}},
        {new byte[0], new byte[0]},
    };

    private static byte[] counting(int from) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (from + i);
        }
        return key;
    }

    private static ColumnCipher cipher(byte[] key, CipherMode mode) throws SQLException {
        return ColumnCipher.create(KeyRing.of(key), mode, false);
    }

    private static ColumnCipher rotated(CipherMode mode) throws SQLException {
        return ColumnCipher.create(KeyRing.of(Map.of(1, KEY, 2, OTHER_KEY), 2), mode, false);
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void randomizedRoundTripsEveryType(CipherMode mode) throws SQLException {
        ColumnCipher cipher = cipher(KEY, mode);
        for (Object[] value : VALUES) {
            assertOpensTo(value[1], cipher.open("users", "email", null, cipher.sealRandom("users", "email", value[0])));
        }
    }

    @Test
    void searchableRoundTripsEveryType() throws SQLException {
        ColumnCipher cipher = cipher(KEY, CipherMode.AES_GCM);
        for (Object[] value : VALUES) {
            assertOpensTo(value[1], cipher.open("users", "email", "users.email",
                    cipher.sealSearchable("users.email", value[0])));
        }
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void randomizedSealsDifferEachTime(CipherMode mode) throws SQLException {
        ColumnCipher cipher = cipher(KEY, mode);
        assertFalse(Arrays.equals(cipher.sealRandom("users", "email", SECRET),
                cipher.sealRandom("users", "email", SECRET)));
    }

    @Test
    void searchableSealsAreEqualForEqualValuesOfOneDomainOnly() throws SQLException {
        ColumnCipher cipher = cipher(KEY, CipherMode.AES_GCM);
        byte[] sealed = cipher.sealSearchable("users.email", SECRET);
        assertArrayEquals(sealed, cipher.sealSearchable("users.email", SECRET));
        assertArrayEquals(sealed, cipher.sealSearchable("USERS.Email", SECRET), "domains ignore case, as names do");
        assertArrayEquals(sealed, cipher(KEY, CipherMode.CHACHA20).sealSearchable("users.email", SECRET),
                "the mode is for randomized columns only");
        assertFalse(Arrays.equals(sealed, cipher.sealSearchable("admins.email", SECRET)));
        assertFalse(Arrays.equals(sealed, cipher.sealSearchable("users.email", SECRET + " ")));
        assertFalse(Arrays.equals(cipher.sealSearchable("d", 5L), cipher.sealSearchable("d", "5")), "types differ");
        assertFalse(Arrays.equals(cipher.sealSearchable("d", 5L), cipher.sealSearchable("d", 5.0)), "types differ");
        assertArrayEquals(cipher.sealSearchable("d", 5L), cipher.sealSearchable("d", 5), "integers are one type");
        assertFalse(Arrays.equals(sealed, cipher(OTHER_KEY, CipherMode.AES_GCM).sealSearchable("users.email",
                SECRET)), "another key gives other bytes");
    }

    @Test
    void searchableLayoutIsFormatByteKeyIdCheckSyntheticIvCiphertext() throws SQLException {
        byte[] sealed = cipher(KEY, CipherMode.AES_GCM).sealSearchable("users.email", SECRET);
        assertEquals(0x10, sealed[0]);
        assertEquals(1, ByteBuffer.wrap(sealed, 1, 4).getInt(), "key id");
        assertEquals(KeyRing.checkValue(KEY), ByteBuffer.wrap(sealed, 5, 4).getInt(), "key check value");
        assertEquals(ValueCipher.HEADER_BYTES + ColumnCipher.SIV_BYTES + 1 + SECRET.length(), sealed.length);
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void aRandomizedValueOpensInItsOwnColumnOnly(CipherMode mode) throws SQLException {
        ColumnCipher cipher = cipher(KEY, mode);
        byte[] sealed = cipher.sealRandom("users", "email", SECRET);
        SQLException e = assertState("22N02", () -> cipher.open("users", "ssn", null, sealed));
        assertTrue(e.getMessage().contains("column users.ssn") && e.getMessage().contains("another column"),
                e.getMessage());
        assertState("22N02", () -> cipher.open("admins", "email", null, sealed));
        assertState("22N02", () -> cipher.open("users.e", "mail", null, sealed));
        assertEquals(SECRET, cipher.open("USERS", "Email", null, sealed), "names ignore case, as in SQLite");
        byte[] kvValue = ValueCipher.create(KeyRing.of(KEY), mode, CipherFormat.NANA).seal("users", "email", SECRET
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertState("22N02", () -> cipher.open("users", "email", null, kvValue));
    }

    @Test
    void aSearchableValueOpensInItsOwnDomainOnly() throws SQLException {
        ColumnCipher cipher = cipher(KEY, CipherMode.AES_GCM);
        byte[] sealed = cipher.sealSearchable("users.email", SECRET);
        SQLException e = assertState("22N02", () -> cipher.open("users", "email", "users.ssn", sealed));
        assertTrue(e.getMessage().contains("users.email"), e.getMessage());
        assertEquals(SECRET, cipher.open("admins", "email", "users.email", sealed),
                "columns of one domain share their values' bytes, which is what makes joins work");
    }

    @Test
    void aValueOfOneKindDoesNotOpenAsTheOther() throws SQLException {
        ColumnCipher cipher = cipher(KEY, CipherMode.AES_GCM);
        byte[] randomized = cipher.sealRandom("users", "email", SECRET);
        byte[] searchable = cipher.sealSearchable("users.email", SECRET);
        assertState("22N03", () -> cipher.open("users", "email", "users.email", randomized));
        assertState("22N03", () -> cipher.open("users", "email", null, searchable));
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void aChangedByteIsTampering(CipherMode mode) throws SQLException {
        ColumnCipher cipher = cipher(KEY, mode);
        byte[] randomized = cipher.sealRandom("users", "email", SECRET);
        byte[] searchable = cipher.sealSearchable("users.email", SECRET);
        for (int at : new int[] {ValueCipher.HEADER_BYTES, ValueCipher.HEADER_BYTES + 20, searchable.length - 1}) {
            assertState("22N02", () -> cipher.open("users", "email", "users.email", flipped(searchable, at)));
            // A changed character of a Fernet token's text may also leave no token at all (22N03).
            SQLException e = assertState(mode == CipherMode.FERNET ? null : "22N02",
                    () -> cipher.open("users", "email", null, flipped(randomized, at)));
            assertTrue(List.of("22N02", "22N03").contains(e.getSQLState()), e.getSQLState() + " at " + at);
        }
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void truncatedValuesAreToldApart(CipherMode mode) throws SQLException {
        ColumnCipher cipher = cipher(KEY, mode);
        byte[] randomized = cipher.sealRandom("users", "email", SECRET);
        byte[] searchable = cipher.sealSearchable("users.email", SECRET);
        for (int length : new int[] {0, 5, ValueCipher.HEADER_BYTES, ValueCipher.HEADER_BYTES + 10}) {
            SQLException e = assertState("22N03",
                    () -> cipher.open("users", "email", null, Arrays.copyOf(randomized, length)));
            assertTrue(e.getMessage().contains("column users.email"), e.getMessage());
            assertState("22N03", () -> cipher.open("users", "email", "users.email", Arrays.copyOf(searchable, length)));
        }
    }

    @Test
    void anUnknownKeyIdIsNamed() throws SQLException {
        ColumnCipher seven = ColumnCipher.create(KeyRing.of(Map.of(7, KEY), 7), CipherMode.AES_GCM, false);
        ColumnCipher cipher = cipher(KEY, CipherMode.AES_GCM);
        SQLException e = assertState("22N01",
                () -> cipher.open("users", "email", null, seven.sealRandom("users", "email", SECRET)));
        assertTrue(e.getMessage().contains("key id 7") && e.getMessage().contains("users.email"), e.getMessage());
        assertState("22N01", () -> cipher.open("users", "email", "d", seven.sealSearchable("d", SECRET)));
    }

    @ParameterizedTest
    @EnumSource(CipherMode.class)
    void aWrongKeyWithTheSameIdIsToldApartFromTampering(CipherMode mode) throws SQLException {
        ColumnCipher right = cipher(KEY, mode);
        ColumnCipher wrong = cipher(OTHER_KEY, mode);
        SQLException e = assertState("28000",
                () -> wrong.open("users", "email", null, right.sealRandom("users", "email", SECRET)));
        assertTrue(e.getMessage().contains("users.email"), e.getMessage());
        assertState("28000", () -> wrong.open("users", "email", "d", right.sealSearchable("d", SECRET)));
        assertFalse(wrong.isCurrent(right.sealRandom("users", "email", SECRET), false),
                "not current, so a rekey opens it and stops on the wrong key instead of passing it by");
    }

    @Test
    void plaintextIsReadOnlyWhenTheCipherReadsPlaintext() throws SQLException {
        ColumnCipher strict = cipher(KEY, CipherMode.AES_GCM);
        SQLException e = assertState("22N04", () -> strict.open("users", "email", null, SECRET));
        assertTrue(e.getMessage().contains("users.email"), e.getMessage());
        assertState("22N04", () -> strict.open("users", "age", "users.age", 42));
        ColumnCipher migrating = ColumnCipher.create(KeyRing.of(KEY), CipherMode.AES_GCM, true);
        assertEquals(SECRET, migrating.open("users", "email", null, SECRET));
        assertEquals(42, migrating.open("users", "age", "users.age", 42), "returned as it is");
        assertNull(strict.open("users", "email", null, null), "SQL NULL stays NULL");
        assertNull(strict.open("users", "email", "users.email", null));
    }

    @Test
    void afterARotationOldValuesOpenAndAreNotCurrent() throws SQLException {
        ColumnCipher old = cipher(KEY, CipherMode.AES_GCM);
        byte[] oldRandomized = old.sealRandom("users", "email", SECRET);
        byte[] oldSearchable = old.sealSearchable("users.email", SECRET);
        ColumnCipher ring = rotated(CipherMode.AES_GCM);
        assertEquals(1, old.keyCount());
        assertEquals(2, ring.keyCount());
        assertEquals(SECRET, ring.open("users", "email", null, oldRandomized));
        assertEquals(SECRET, ring.open("users", "email", "users.email", oldSearchable));
        assertFalse(ring.isCurrent(oldRandomized, false));
        assertFalse(ring.isCurrent(oldSearchable, true));
        byte[] newRandomized = ring.sealRandom("users", "email", SECRET);
        byte[] newSearchable = ring.sealSearchable("users.email", SECRET);
        assertEquals(2, ByteBuffer.wrap(newSearchable, 1, 4).getInt(), "new values go under the primary key");
        assertTrue(ring.isCurrent(newRandomized, false));
        assertTrue(ring.isCurrent(newSearchable, true));
        assertFalse(ring.isCurrent(newRandomized, true), "randomized where searchable belongs");
        assertFalse(ring.isCurrent(newSearchable, false), "searchable where randomized belongs");
        assertFalse(rotated(CipherMode.CHACHA20).isCurrent(newRandomized, false), "sealed with another mode");
        assertTrue(rotated(CipherMode.CHACHA20).isCurrent(newSearchable, true), "searchable has no mode");
        assertFalse(ring.isCurrent(SECRET, false), "plaintext");
        assertFalse(ring.isCurrent(null, false));
        assertFalse(ring.isCurrent(Arrays.copyOf(newRandomized, 5), false), "too short to tell");
        assertEquals(SECRET, ring.open("users", "email", null, newRandomized));
        assertState("22N01", () -> old.open("users", "email", "users.email", newSearchable));
    }

    @Test
    void messagesNameTheColumnAndNeverTheValueOrKey() throws SQLException {
        ColumnCipher cipher = cipher(KEY, CipherMode.AES_GCM);
        byte[] sealed = cipher.sealRandom("users", "email", SECRET);
        List<SQLException> errors = new ArrayList<>();
        errors.add(assertState("28000", () -> cipher(OTHER_KEY, CipherMode.AES_GCM).open("users", "email", null,
                sealed)));
        errors.add(assertState("22N02", () -> cipher.open("users", "email", null, flipped(sealed, sealed.length - 1))));
        errors.add(assertState("22N03", () -> cipher.open("users", "email", null, Arrays.copyOf(sealed, 20))));
        errors.add(assertState("22N04", () -> cipher.open("users", "email", null, SECRET)));
        errors.add(assertState("22023", () -> cipher.sealRandom("users", "email", new BigDecimal("12.5"))));
        errors.add(assertState("22023", () -> cipher.sealSearchable("users.email", List.of(SECRET))));
        for (SQLException e : errors) {
            assertTrue(e.getMessage().contains("users.email"), e.getMessage());
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
            assertFalse(e.getMessage().contains(Base64.getEncoder().encodeToString(KEY)), e.getMessage());
            assertFalse(e.getMessage().contains(HexFormat.of().formatHex(KEY)), e.getMessage());
        }
        assertTrue(errors.get(4).getMessage().contains("java.math.BigDecimal"), errors.get(4).getMessage());
        assertEquals("ColumnCipher[KeyRing[ids=1, primary=1], mode=AES_GCM, readPlaintext=false]",
                cipher.toString());
    }

    @Test
    void onlyTinksJarIsNeeded() {
        // The pom leaves out Tink's protobuf and gson; AES-SIV and HKDF must work without them.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.google.protobuf.MessageLite"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.google.gson.Gson"));
    }

    @Test
    void aCipherNeedsARingAndAMode() {
        assertState("22023", () -> ColumnCipher.create(null, CipherMode.AES_GCM, false));
        assertState("22023", () -> ColumnCipher.create(KeyRing.of(KEY), null, false));
    }

    private static void assertOpensTo(Object expected, Object opened) {
        if (expected instanceof byte[] bytes) {
            assertArrayEquals(bytes, (byte[]) opened);
        } else {
            assertEquals(expected, opened);
            assertEquals(expected.getClass(), opened.getClass());
        }
    }

    private static byte[] flipped(byte[] sealed, int at) {
        byte[] changed = sealed.clone();
        changed[at] ^= 0x01;
        return changed;
    }
}
