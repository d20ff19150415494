package dev.nana.kv.crypto;

import java.sql.SQLException;
import java.util.Locale;

/** How sealed values are laid out; docs/encryption.md draws both. */
public enum CipherFormat {
    /**
     * nana's own: a format byte naming the cipher, the key's id and check value, then the cipher's output, bound to
     * its table and row key as associated data, so a value copied to another row does not open.
     */
    NANA("nana"),
    /**
     * NanaSQLite's: {@code nonce || ciphertext || tag} (AES-GCM, ChaCha20) or the Fernet token's text, with no key
     * id and no binding to the row. For files shared with NanaSQLite.
     */
    NANASQLITE("nanasqlite");

    private final String propertyValue;

    CipherFormat(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    public static CipherFormat parse(String value) throws SQLException {
        for (CipherFormat format : values()) {
            if (format.propertyValue.equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw CryptoErrors.misconfigured("encryptionFormat '" + value + "' is not one of nana, nanasqlite");
    }
}
