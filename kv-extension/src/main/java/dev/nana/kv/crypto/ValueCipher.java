package dev.nana.kv.crypto;

import com.macasaet.fernet.Key;
import com.macasaet.fernet.Token;
import com.macasaet.fernet.TokenValidationException;
import com.macasaet.fernet.Validator;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens values for one row each: the table (or namespace) and the row's key go in as associated data in
 * nana's format, so a value only opens in the row it was written for. Thread-safe. Layouts: docs/encryption.md.
 */
public final class ValueCipher {
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    /** Format byte, key id (4 bytes), key check value (4 bytes). */
    static final int HEADER_BYTES = 9;
    private static final int DIGEST_BYTES = 32;
    /** NanaSQLite's Fernet tokens carry a timestamp but no expiry: any age, any clock skew is accepted. */
    private static final Validator<byte[]> ANY_AGE = new Validator<>() {
        private final Duration forever = Duration.ofDays(365L * 1000);

        @Override
        public TemporalAmount getTimeToLive() {
            return forever;
        }

        @Override
        public TemporalAmount getMaxClockSkew() {
            return forever;
        }

        @Override
        public Function<byte[], byte[]> getTransformer() {
            return Function.identity();
        }
    };
    /**
     * One AES-GCM cipher to seal and one to open, per thread: the JDK's AES expands its key again whenever a
     * cipher's key changes, and a rekey opens under the old key and seals under the new one, value after value.
     */
    private static final ThreadLocal<Cipher> AES_GCM_SEAL = ThreadLocal.withInitial(() -> cipher("AES/GCM/NoPadding"));
    private static final ThreadLocal<Cipher> AES_GCM_OPEN = ThreadLocal.withInitial(() -> cipher("AES/GCM/NoPadding"));
    private static final ThreadLocal<Cipher> CHACHA20 = ThreadLocal.withInitial(() -> cipher("ChaCha20-Poly1305"));

    private final KeyRing ring;
    private final CipherMode mode;
    private final CipherFormat format;
    private final SecureRandom random = new SecureRandom();

    private ValueCipher(KeyRing ring, CipherMode mode, CipherFormat format) {
        this.ring = ring;
        this.mode = mode;
        this.format = format;
    }

    public static ValueCipher create(KeyRing ring, CipherMode mode, CipherFormat format) throws SQLException {
        if (ring == null || mode == null || format == null) {
            throw CryptoErrors.misconfigured("a cipher needs a key ring, a mode and a format");
        }
        return new ValueCipher(ring, mode, format);
    }

    public CipherFormat format() {
        return format;
    }

    /**
     * The first five bytes of every value this cipher seals in nana's format (format byte and key id): a value
     * that starts otherwise was sealed by another mode or key, which is what a rekey looks for.
     */
    public byte[] sealedPrefix() {
        return ByteBuffer.allocate(5).put(mode.formatByte).putInt(ring.primary().id()).array();
    }

    /** {@code plaintext} sealed for the row {@code rowKey} of {@code table}, under the ring's primary key. */
    public byte[] seal(String table, String rowKey, byte[] plaintext) throws SQLException {
        KeyRing.RingKey key = ring.primary();
        if (format == CipherFormat.NANASQLITE) {
            return mode == CipherMode.FERNET ? fernetSeal(key, plaintext) : aeadSeal(mode, key, plaintext, null);
        }
        byte[] header = header(key);
        byte[] aad = associatedData(header, table, rowKey);
        byte[] body = mode == CipherMode.FERNET
                ? fernetSeal(key, concat(sha256(aad), plaintext))
                : aeadSeal(mode, key, plaintext, aad);
        return concat(header, body);
    }

    /** The plaintext of a value sealed for the row {@code rowKey} of {@code table}. */
    public byte[] open(String table, String rowKey, byte[] sealed) throws SQLException {
        if (sealed == null) {
            throw CryptoErrors.truncated("the value of " + where(table, rowKey) + " is NULL, not a sealed value");
        }
        return format == CipherFormat.NANASQLITE
                ? openNanaSqlite(table, rowKey, sealed) : openNana(table, rowKey, sealed);
    }

    /**
     * The refusal of a plaintext value found where a sealed one belongs: with a key configured, plaintext is only
     * read during a migration to encryption.
     */
    public static SQLException plaintextRefused(String table, String rowKey) {
        return CryptoErrors.plaintext("the value of " + where(table, rowKey) + " is plaintext, but encryption is on;"
                + " turn on the plaintext migration to read it (its next write seals it)");
    }

    private byte[] openNana(String table, String rowKey, byte[] sealed) throws SQLException {
        CipherMode sealedWith = sealed.length < HEADER_BYTES ? null : CipherMode.ofFormatByte(sealed[0]);
        if (sealedWith == null) {
            throw CryptoErrors.truncated("the value of " + where(table, rowKey) + " is not in nana's sealed format ("
                    + sealed.length + " bytes" + (sealed.length == 0 ? "" : String.format(", format byte 0x%02x",
                    sealed[0])) + "): truncated, or written with another encryptionFormat");
        }
        ByteBuffer header = ByteBuffer.wrap(sealed, 1, HEADER_BYTES - 1);
        int keyId = header.getInt();
        int check = header.getInt();
        KeyRing.RingKey key = ring.key(keyId);
        if (key == null) {
            throw CryptoErrors.unknownKeyId("the value of " + where(table, rowKey) + " was sealed under key id "
                    + keyId + ", which the key ring (" + ring + ") does not hold");
        }
        if (key.check() != check) {
            throw CryptoErrors.wrongKey("the value of " + where(table, rowKey) + " was sealed under a key with id "
                    + keyId + " other than the ring's key " + keyId + ": a wrong encryption key");
        }
        byte[] aad = associatedData(Arrays.copyOf(sealed, HEADER_BYTES), table, rowKey);
        byte[] body = Arrays.copyOfRange(sealed, HEADER_BYTES, sealed.length);
        if (sealedWith != CipherMode.FERNET) {
            return aeadOpen(sealedWith, key, body, aad, table, rowKey);
        }
        byte[] payload = fernetOpen(key, body, table, rowKey);
        if (payload.length < DIGEST_BYTES
                || !MessageDigest.isEqual(Arrays.copyOf(payload, DIGEST_BYTES), sha256(aad))) {
            throw tampered(table, rowKey);
        }
        return Arrays.copyOfRange(payload, DIGEST_BYTES, payload.length);
    }

    /** NanaSQLite's format names no key: every key of the ring is tried, the primary first. */
    private byte[] openNanaSqlite(String table, String rowKey, byte[] sealed) throws SQLException {
        for (KeyRing.RingKey key : ring.keys()) {
            try {
                return mode == CipherMode.FERNET
                        ? fernetOpen(key, sealed, table, rowKey)
                        : aeadOpen(mode, key, sealed, null, table, rowKey);
            } catch (SQLException e) {
                if (CryptoErrors.TRUNCATED.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
        throw CryptoErrors.wrongKey("the value of " + where(table, rowKey) + " opens with no key of the ring ("
                + ring + "): a wrong encryption key, or a changed value (NanaSQLite's format cannot tell which)");
    }

    private byte[] aeadSeal(CipherMode with, KeyRing.RingKey key, byte[] plaintext, byte[] aad) throws SQLException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = init(with, Cipher.ENCRYPT_MODE, key, nonce);
            if (aad != null) {
                cipher.updateAAD(aad);
            }
            byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(with + " failed to seal", e);
        }
    }

    private static byte[] aeadOpen(CipherMode with, KeyRing.RingKey key, byte[] body, byte[] aad, String table,
                                   String rowKey) throws SQLException {
        if (body.length < NONCE_BYTES + TAG_BYTES) {
            throw CryptoErrors.truncated("the value of " + where(table, rowKey) + " is " + body.length
                    + " bytes after its header, shorter than a nonce and a tag (" + (NONCE_BYTES + TAG_BYTES) + ")");
        }
        try {
            Cipher cipher = init(with, Cipher.DECRYPT_MODE, key, Arrays.copyOf(body, NONCE_BYTES));
            if (aad != null) {
                cipher.updateAAD(aad);
            }
            return cipher.doFinal(body, NONCE_BYTES, body.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw tampered(table, rowKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(with + " failed to open", e);
        }
    }

    private byte[] fernetSeal(KeyRing.RingKey key, byte[] plaintext) {
        return Token.generate(random, new Key(key.bytes()), plaintext).serialise().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] fernetOpen(KeyRing.RingKey key, byte[] body, String table, String rowKey)
            throws SQLException {
        Token token;
        try {
            token = Token.fromString(new String(body, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw CryptoErrors.truncated("the value of " + where(table, rowKey) + " is not a whole Fernet token ("
                    + body.length + " bytes)");
        }
        try {
            return ANY_AGE.validateAndDecrypt(new Key(key.bytes()), token);
        } catch (TokenValidationException e) {
            throw tampered(table, rowKey);
        }
    }

    private static Cipher init(CipherMode with, int direction, KeyRing.RingKey key, byte[] nonce)
            throws GeneralSecurityException {
        if (with == CipherMode.AES_GCM) {
            Cipher cipher = (direction == Cipher.ENCRYPT_MODE ? AES_GCM_SEAL : AES_GCM_OPEN).get();
            cipher.init(direction, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            return cipher;
        }
        SecretKeySpec chachaKey = new SecretKeySpec(key.bytes(), "ChaCha20");
        Cipher cipher = CHACHA20.get();
        try {
            cipher.init(direction, chachaKey, new IvParameterSpec(nonce));
        } catch (InvalidKeyException sameKeyAndNonce) {
            // The JDK's ChaCha20 refuses a second init with the key and nonce of the previous one, a guard against
            // encrypting twice that also stops reading one value twice in a row. A new instance has no previous.
            cipher = cipher("ChaCha20-Poly1305");
            cipher.init(direction, chachaKey, new IvParameterSpec(nonce));
            CHACHA20.set(cipher);
        }
        return cipher;
    }

    private byte[] header(KeyRing.RingKey key) {
        return ByteBuffer.allocate(HEADER_BYTES).put(mode.formatByte).putInt(key.id()).putInt(key.check()).array();
    }

    /**
     * The header, then the table's name (lower case: SQLite's names ignore case) with its length, then the row key:
     * lengths keep ("ab", "c") and ("a", "bc") apart.
     */
    private static byte[] associatedData(byte[] header, String table, String rowKey) {
        byte[] name = table.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        byte[] row = rowKey.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + 4 + name.length + row.length)
                .put(header).putInt(name.length).put(name).put(row).array();
    }

    private static SQLException tampered(String table, String rowKey) {
        return CryptoErrors.tampered("the value of " + where(table, rowKey) + " does not authenticate: it was changed,"
                + " or it belongs to another row");
    }

    private static String where(String table, String rowKey) {
        String shown = rowKey.length() > 64 ? rowKey.substring(0, 61) + "..." : rowKey;
        return table + " key '" + shown + "'";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Cipher cipher(String transformation) {
        try {
            return Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(transformation + " is part of every Java 17 runtime", e);
        }
    }
}
