package dev.nana.kv.crypto;

import com.google.crypto.tink.subtle.AesSiv;
import com.google.crypto.tink.subtle.Hkdf;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Seals and opens the values of ordinary table columns. A randomized column takes a fresh nonce per value, in nana's
 * format (see {@link ValueCipher}) bound to its table and column; a searchable one is deterministic (AES-SIV), so
 * equal values of one equality domain give equal bytes and SQL equality keeps working on them. Thread-safe.
 *
 * <p>Before sealing, a value becomes one tag byte and its bytes: {@code 'T'} UTF-8 text, {@code 'I'} an 8-byte
 * big-endian integer, {@code 'R'} an 8-byte IEEE double, {@code 'B'} raw bytes.
 */
public final class ColumnCipher {
    /** The format byte of a searchable value; a randomized one starts with its {@link CipherMode}'s. */
    static final byte SEARCHABLE = 0x10;
    static final int SIV_BYTES = 16;
    private static final int SIV_KEY_BYTES = 64;
    private static final byte[] SIV_INFO = "nana column aes-siv".getBytes(StandardCharsets.US_ASCII);
    private static final byte TEXT = 'T';
    private static final byte INTEGER = 'I';
    private static final byte REAL = 'R';
    private static final byte BYTES = 'B';

    private final KeyRing ring;
    private final CipherMode mode;
    private final boolean readPlaintext;
    private final ValueCipher randomized;
    /** Per key id; Tink's primitives are thread-safe. */
    private final Map<Integer, AesSiv> sivs;

    private ColumnCipher(KeyRing ring, CipherMode mode, boolean readPlaintext, ValueCipher randomized,
                         Map<Integer, AesSiv> sivs) {
        this.ring = ring;
        this.mode = mode;
        this.readPlaintext = readPlaintext;
        this.randomized = randomized;
        this.sivs = sivs;
    }

    /**
     * A cipher sealing under the ring's primary key, randomized values with {@code mode}. With
     * {@code readPlaintext}, values that are not sealed read as they are (a migration to encryption); without, they
     * are refused (22N04).
     */
    public static ColumnCipher create(KeyRing ring, CipherMode mode, boolean readPlaintext) throws SQLException {
        if (ring == null || mode == null) {
            throw CryptoErrors.misconfigured("a column cipher needs a key ring and a mode");
        }
        Map<Integer, AesSiv> sivs = new LinkedHashMap<>();
        for (KeyRing.RingKey key : ring.keys()) {
            sivs.put(key.id(), sivOf(key));
        }
        return new ColumnCipher(ring, mode, readPlaintext, ValueCipher.create(ring, mode, CipherFormat.NANA),
                Collections.unmodifiableMap(sivs));
    }

    /**
     * Randomized: a fresh nonce each time. Binds the value to its table and column: it is sealed as the value of
     * table {@code "<table>.<column>"}, row key {@code ""}, and since a namespace's name has no '.', a key-value
     * value and a column value never open in each other's place.
     */
    public byte[] sealRandom(String table, String column, Object value) throws SQLException {
        String name = table + "." + column;
        return randomized.seal(name, "", encode(name, value));
    }

    /**
     * Deterministic (AES-SIV): equal values of one equality domain (e.g. {@code "users.email"}) give equal bytes, so
     * SQL equality works. Values of different types differ ({@code 5} is not {@code "5"}), and so do values sealed
     * under different keys: equality searches are sound only while {@link #keyCount()} is 1.
     */
    public byte[] sealSearchable(String domain, Object value) throws SQLException {
        byte[] plaintext = encode(domain, value);
        KeyRing.RingKey key = ring.primary();
        byte[] header = header(SEARCHABLE, key);
        byte[] body;
        try {
            body = sivs.get(key.id()).encryptDeterministically(plaintext, searchableAad(header, domain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-SIV failed to seal", e);
        }
        return ByteBuffer.allocate(header.length + body.length).put(header).put(body).array();
    }

    /**
     * The plaintext value of a stored column value ({@code String}, {@code Long}, {@code Double} or {@code byte[]});
     * {@code domain} is null for a randomized column. A null {@code raw} gives null. A {@code raw} that is not a
     * {@code byte[]} is plaintext: returned as it is when this cipher reads plaintext, else refused (22N04).
     */
    public Object open(String table, String column, String domain, Object raw) throws SQLException {
        String name = table + "." + column;
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof byte[] sealed)) {
            if (readPlaintext) {
                return raw;
            }
            throw CryptoErrors.plaintext("the value of column " + name + " is plaintext, but the column is"
                    + " encrypted; turn on the plaintext migration to read it");
        }
        KeyRing.RingKey key = sealedUnder(name, domain != null, sealed);
        byte[] plaintext = domain == null ? openRandom(name, sealed) : openSearchable(name, domain, key, sealed);
        return decode(name, plaintext);
    }

    /** How many keys the ring holds (equality searches are only sound with one, see {@link #sealSearchable}). */
    public int keyCount() {
        return sivs.size();
    }

    /**
     * True when {@code raw} is sealed under the ring's primary key, randomized in this cipher's mode or searchable as
     * {@code searchable} says: what a rekey leaves alone.
     */
    public boolean isCurrent(Object raw, boolean searchable) {
        byte[] current = header(searchable ? SEARCHABLE : mode.formatByte, ring.primary());
        return raw instanceof byte[] sealed && sealed.length >= current.length
                && Arrays.equals(sealed, 0, current.length, current, 0, current.length);
    }

    /** The ring's key that sealed {@code sealed}, after the header checks both layouts share. */
    private KeyRing.RingKey sealedUnder(String name, boolean searchable, byte[] sealed) throws SQLException {
        boolean known = sealed.length >= ValueCipher.HEADER_BYTES
                && (searchable ? sealed[0] == SEARCHABLE : CipherMode.ofFormatByte(sealed[0]) != null);
        if (!known) {
            throw CryptoErrors.truncated("the value of column " + name + " is not a " + (searchable ? "searchable"
                    : "randomized") + " sealed value (" + sealed.length + " bytes): truncated, or sealed for a"
                    + " column of the other kind");
        }
        ByteBuffer header = ByteBuffer.wrap(sealed, 1, ValueCipher.HEADER_BYTES - 1);
        int keyId = header.getInt();
        int check = header.getInt();
        KeyRing.RingKey key = ring.key(keyId);
        if (key == null) {
            throw CryptoErrors.unknownKeyId("the value of column " + name + " was sealed under key id " + keyId
                    + ", which the key ring (" + ring + ") does not hold");
        }
        if (key.check() != check) {
            throw CryptoErrors.wrongKey("the value of column " + name + " was sealed under a key with id " + keyId
                    + " other than the ring's key " + keyId + ": a wrong encryption key");
        }
        return key;
    }

    private byte[] openRandom(String name, byte[] sealed) throws SQLException {
        try {
            return randomized.open(name, "", sealed);
        } catch (SQLException e) {
            // Past the header checks only the body can fail, short (22N03) or not authentic (22N02); the cipher's
            // own messages speak of rows, these speak of the column.
            if (CryptoErrors.TAMPERED.equals(e.getSQLState())) {
                throw tampered(name);
            }
            throw CryptoErrors.truncated("the value of column " + name + " is cut short after its header");
        }
    }

    private byte[] openSearchable(String name, String domain, KeyRing.RingKey key, byte[] sealed)
            throws SQLException {
        if (sealed.length < ValueCipher.HEADER_BYTES + SIV_BYTES) {
            throw CryptoErrors.truncated("the value of column " + name + " is " + sealed.length + " bytes, shorter"
                    + " than a searchable value's header and synthetic IV (" + (ValueCipher.HEADER_BYTES + SIV_BYTES)
                    + ")");
        }
        byte[] header = Arrays.copyOf(sealed, ValueCipher.HEADER_BYTES);
        byte[] body = Arrays.copyOfRange(sealed, ValueCipher.HEADER_BYTES, sealed.length);
        try {
            return sivs.get(key.id()).decryptDeterministically(body, searchableAad(header, domain));
        } catch (GeneralSecurityException e) {
            throw tampered(name);
        }
    }

    private static SQLException tampered(String name) {
        return CryptoErrors.tampered("the value of column " + name + " does not authenticate: it was changed, or"
                + " copied from another column");
    }

    private static AesSiv sivOf(KeyRing.RingKey key) throws SQLException {
        try {
            byte[] sivKey = Hkdf.computeHkdf("HMACSHA256", key.bytes(), null, SIV_INFO, SIV_KEY_BYTES);
            AesSiv siv = new AesSiv(sivKey);
            // AesSiv keeps copies of its halves: the derived key need not outlive it.
            Arrays.fill(sivKey, (byte) 0);
            return siv;
        } catch (GeneralSecurityException e) {
            throw CryptoErrors.misconfigured("searchable columns need AES-SIV, which is unavailable here: "
                    + e.getMessage());
        }
    }

    private static byte[] header(byte format, KeyRing.RingKey key) {
        return ByteBuffer.allocate(ValueCipher.HEADER_BYTES).put(format).putInt(key.id()).putInt(key.check()).array();
    }

    /** The header, then the domain in lower case (SQLite's names ignore case); the header's length is fixed. */
    private static byte[] searchableAad(byte[] header, String domain) {
        byte[] name = domain.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + name.length).put(header).put(name).array();
    }

    private static byte[] encode(String name, Object value) throws SQLException {
        if (value instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(1 + utf8.length).put(TEXT).put(utf8).array();
        }
        if (value instanceof byte[] bytes) {
            return ByteBuffer.allocate(1 + bytes.length).put(BYTES).put(bytes).array();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ByteBuffer.allocate(1 + Long.BYTES).put(INTEGER).putLong(((Number) value).longValue()).array();
        }
        if (value instanceof Boolean flag) {
            // SQLite has no booleans: it stores true and false as 1 and 0.
            return ByteBuffer.allocate(1 + Long.BYTES).put(INTEGER).putLong(flag ? 1 : 0).array();
        }
        if (value instanceof Double || value instanceof Float) {
            return ByteBuffer.allocate(1 + Double.BYTES).put(REAL).putDouble(((Number) value).doubleValue()).array();
        }
        throw CryptoErrors.invalidValue("column " + name + " cannot seal a value of "
                + (value == null ? "null" : value.getClass().getName())
                + "; it seals String, Long, Integer, Short, Byte, Boolean, Double, Float and byte[]");
    }

    private static Object decode(String name, byte[] plaintext) throws SQLException {
        byte tag = plaintext.length == 0 ? 0 : plaintext[0];
        int size = plaintext.length - 1;
        if (tag == TEXT) {
            return new String(plaintext, 1, size, StandardCharsets.UTF_8);
        }
        if (tag == BYTES) {
            return Arrays.copyOfRange(plaintext, 1, plaintext.length);
        }
        if (tag == INTEGER && size == Long.BYTES) {
            return ByteBuffer.wrap(plaintext, 1, size).getLong();
        }
        if (tag == REAL && size == Double.BYTES) {
            return ByteBuffer.wrap(plaintext, 1, size).getDouble();
        }
        // Authentic, so sealed with this key for this column, but not by this class: another writer's layout.
        throw CryptoErrors.truncated("the value of column " + name + " opens, but to no column value this"
                + " version knows");
    }

    @Override
    public String toString() {
        return "ColumnCipher[" + ring + ", mode=" + mode + ", readPlaintext=" + readPlaintext + "]";
    }
}
