package dev.nana.kv.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 32-byte keys values may be sealed under, by id; new values are sealed under the primary one. Older keys stay
 * for reading until every value has been re-sealed (key rotation). Never shows key bytes: {@link #toString()} names
 * the ids only.
 */
public final class KeyRing {
    public static final int KEY_BYTES = 32;
    private static final byte[] CHECK_LABEL = "nana key check".getBytes(StandardCharsets.US_ASCII);

    private final Map<Integer, RingKey> keys;
    private final RingKey primary;

    /** One key, as a copy: the caller may wipe its array. */
    record RingKey(int id, byte[] bytes, int check) {
        @Override
        public String toString() {
            return "key " + id;
        }
    }

    private KeyRing(Map<Integer, RingKey> keys, int primaryId) {
        this.keys = keys;
        this.primary = keys.get(primaryId);
    }

    /** A ring of one key, id 1. */
    public static KeyRing of(byte[] key) throws SQLException {
        return of(Map.of(1, key), 1);
    }

    /** {@code keys} by id (positive), sealing under {@code primaryId}. */
    public static KeyRing of(Map<Integer, byte[]> keys, int primaryId) throws SQLException {
        if (keys == null || !keys.containsKey(primaryId)) {
            throw CryptoErrors.misconfigured("the key ring has no key with the primary id " + primaryId);
        }
        Map<Integer, RingKey> ring = new LinkedHashMap<>();
        for (Map.Entry<Integer, byte[]> entry : keys.entrySet()) {
            int id = entry.getKey();
            byte[] bytes = entry.getValue();
            if (id <= 0) {
                throw CryptoErrors.misconfigured("key id " + id + " is not positive");
            }
            if (bytes == null || bytes.length != KEY_BYTES) {
                throw CryptoErrors.misconfigured("key " + id + " has " + (bytes == null ? 0 : bytes.length)
                        + " bytes; a raw key has " + KEY_BYTES + " (use encryptionPassword for a passphrase)");
            }
            byte[] copy = bytes.clone();
            ring.put(id, new RingKey(id, copy, checkValue(copy)));
        }
        return new KeyRing(Collections.unmodifiableMap(ring), primaryId);
    }

    RingKey primary() {
        return primary;
    }

    /** Null when the ring has no key of that id. */
    RingKey key(int id) {
        return keys.get(id);
    }

    Iterable<RingKey> keys() {
        return keys.values();
    }

    /**
     * The first four bytes of HMAC-SHA256(key, "nana key check"): stored beside the key id, so a wrong key is told
     * apart from a changed value. Reveals nothing usable about the key (32 bits of a PRF's output).
     */
    static int checkValue(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] out = mac.doFinal(CHECK_LABEL);
            return ((out[0] & 0xff) << 24) | ((out[1] & 0xff) << 16) | ((out[2] & 0xff) << 8) | (out[3] & 0xff);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "KeyRing[ids=" + keys.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))
                + ", primary=" + primary.id() + "]";
    }
}
