package dev.nana.kv.crypto;

import java.sql.SQLException;
import java.util.Locale;

/** The cipher that seals new values; the property value is what {@code encryptionMode} accepts. */
public enum CipherMode {
    /** AES-256-GCM, 12-byte random nonce, 16-byte tag: the default. */
    AES_GCM("aes-gcm", (byte) 0x01),
    /** ChaCha20-Poly1305, 12-byte random nonce, 16-byte tag: fast where AES has no hardware support. */
    CHACHA20("chacha20", (byte) 0x02),
    /** Fernet (AES-128-CBC + HMAC-SHA256 over a timestamped token), for files shared with NanaSQLite users of it. */
    FERNET("fernet", (byte) 0x03);

    private final String propertyValue;
    /** The first byte of a value sealed in nana's format. */
    final byte formatByte;

    CipherMode(String propertyValue, byte formatByte) {
        this.propertyValue = propertyValue;
        this.formatByte = formatByte;
    }

    public static CipherMode parse(String value) throws SQLException {
        for (CipherMode mode : values()) {
            if (mode.propertyValue.equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw CryptoErrors.misconfigured("encryptionMode '" + value + "' is not one of aes-gcm, chacha20, fernet");
    }

    static CipherMode ofFormatByte(byte formatByte) {
        for (CipherMode mode : values()) {
            if (mode.formatByte == formatByte) {
                return mode;
            }
        }
        return null;
    }
}
