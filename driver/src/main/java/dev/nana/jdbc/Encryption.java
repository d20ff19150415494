package dev.nana.jdbc;

import dev.nana.kv.KvOptions;
import dev.nana.kv.crypto.CipherFormat;
import dev.nana.kv.crypto.CipherMode;
import dev.nana.kv.crypto.ColumnCipher;
import dev.nana.kv.crypto.KeyRing;
import dev.nana.kv.crypto.ValueCipher;
import dev.nana.rewriter.EncryptedColumns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The encryption a connection's properties ask for (docs/encryption.md): of key-value values, and of the ordinary
 * columns named by {@code encrypt.columns} and {@code encrypt.searchable}, under one key ring. Keys come from
 * exactly one of a property, a key file or an environment variable, and never reach a message: errors name the
 * property, file or line, not what it holds.
 *
 * @param cipher         seals key-value values; null without a key
 * @param columnCipher   seals column values; null without a key or without encrypted columns
 * @param columns        the encrypted columns (empty without any)
 */
record Encryption(ValueCipher cipher, boolean readPlaintext, ColumnCipher columnCipher, EncryptedColumns columns) {
    static final Encryption NONE = new Encryption(null, false, null, EncryptedColumns.NONE);
    private static final List<NanaProperty> KEY_SOURCES = List.of(NanaProperty.ENCRYPTION_KEY,
            NanaProperty.ENCRYPTION_KEY_FILE, NanaProperty.ENCRYPTION_KEY_ENV, NanaProperty.ENCRYPTION_PASSWORD);
    /**
     * Stands in for the key of a passphrase before the database is open: every other setting can then be checked
     * before the file is touched, while the real key needs the salt kept in the database ({@link PasswordKey}).
     */
    static final PasswordKeys BEFORE_OPENING = password -> new byte[KeyRing.KEY_BYTES];

    /** Derives the key of {@code encryptionPassword}. */
    @FunctionalInterface
    interface PasswordKeys {
        byte[] derive(String password) throws SQLException;
    }
    private static final List<NanaProperty> NEEDS_A_KEY = List.of(NanaProperty.ENCRYPTION_KEY_ID,
            NanaProperty.ENCRYPTION_MODE, NanaProperty.ENCRYPTION_FORMAT, NanaProperty.ENCRYPTION_MIGRATION);

    /** Whether the key comes from a passphrase, whose salt the open database holds ({@link #BEFORE_OPENING}). */
    static boolean derivesFromPassword(Properties nana) {
        return nana.getProperty(NanaProperty.ENCRYPTION_PASSWORD.propertyName()) != null;
    }

    boolean enabled() {
        return cipher != null;
    }

    /** {@code options} with this encryption, unless they bring a cipher of their own. */
    KvOptions applyTo(KvOptions options) {
        return cipher == null || options.cipher() != null ? options
                : options.withCipher(cipher).withReadPlaintext(readPlaintext);
    }

    /** Whether this connection encrypts columns of ordinary tables. */
    boolean encryptsColumns() {
        return !columns.isEmpty();
    }

    static Encryption of(Properties nana, PasswordKeys passwordKeys, EncryptedColumns columns) throws SQLException {
        List<NanaProperty> given = KEY_SOURCES.stream()
                .filter(source -> nana.getProperty(source.propertyName()) != null).toList();
        if (given.size() > 1) {
            throw misconfigured("give one key source, not " + given.stream().map(NanaProperty::propertyName).toList());
        }
        if (given.isEmpty()) {
            if (!columns.isEmpty()) {
                throw misconfigured("encrypt.columns/encrypt.searchable name " + columns + " but no key is set: set"
                        + " encryptionKey, encryptionKeyFile, encryptionKeyEnv or encryptionPassword");
            }
            for (NanaProperty property : NEEDS_A_KEY) {
                if (nana.getProperty(property.propertyName()) != null) {
                    // Otherwise the application would believe its values sealed while they go to disk as plaintext.
                    throw misconfigured(property.propertyName() + " is set but no key is: set encryptionKey,"
                            + " encryptionKeyFile, encryptionKeyEnv or encryptionPassword");
                }
            }
            return NONE;
        }
        Map<Integer, byte[]> keys = switch (given.get(0)) {
            case ENCRYPTION_KEY -> single(nana, decode(nana.getProperty("encryptionKey"), "encryptionKey"));
            case ENCRYPTION_KEY_ENV -> single(nana, fromEnvironment(nana.getProperty("encryptionKeyEnv")));
            case ENCRYPTION_PASSWORD -> single(nana, passwordKeys.derive(nana.getProperty("encryptionPassword")));
            default -> fromFile(nana, Path.of(nana.getProperty("encryptionKeyFile")));
        };
        try {
            int primary = keyId(nana, Collections.max(keys.keySet()));
            KeyRing ring = KeyRing.of(keys, primary);
            CipherMode mode = CipherMode.parse(NanaProperty.ENCRYPTION_MODE.get(nana));
            boolean readPlaintext = NanaProperty.ENCRYPTION_MIGRATION.getBoolean(nana);
            return new Encryption(ValueCipher.create(ring, mode,
                    CipherFormat.parse(NanaProperty.ENCRYPTION_FORMAT.get(nana))), readPlaintext,
                    columns.isEmpty() ? null : ColumnCipher.create(ring, mode, readPlaintext), columns);
        } catch (SQLException e) {
            // The crypto API's 22023 (a key of the wrong size, an unknown mode) is a bad property here.
            throw SqlErrors.INVALID_PROPERTY.equals(e.getSQLState()) ? e : misconfigured(e.getMessage()
                    .substring(SqlErrors.NANA_PREFIX.length()));
        } finally {
            keys.values().forEach(key -> Arrays.fill(key, (byte) 0));
        }
    }

    private static Map<Integer, byte[]> single(Properties nana, byte[] key) throws SQLException {
        return new LinkedHashMap<>(Map.of(keyId(nana, 1), key));
    }

    private static int keyId(Properties nana, int otherwise) throws SQLException {
        String id = nana.getProperty(NanaProperty.ENCRYPTION_KEY_ID.propertyName());
        if (id == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(id.trim());
        } catch (NumberFormatException e) {
            throw NanaProperty.ENCRYPTION_KEY_ID.invalid("a positive integer");
        }
    }

    private static byte[] fromEnvironment(String variable) throws SQLException {
        String value = System.getenv(variable);
        if (value == null) {
            throw misconfigured("environment variable " + variable + " (encryptionKeyEnv) is not set");
        }
        return decode(value, "environment variable " + variable);
    }

    /** One base64 key (id 1, or encryptionKeyId), or lines {@code <id>:<base64>}; blank lines and # comments skip. */
    private static Map<Integer, byte[]> fromFile(Properties nana, Path file) throws SQLException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            throw misconfigured("cannot read encryptionKeyFile " + file + ": " + e.getClass().getSimpleName());
        }
        Map<Integer, byte[]> keys = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "line " + (i + 1) + " of encryptionKeyFile " + file;
            int colon = line.indexOf(':');
            if (colon < 0) {
                if (!keys.isEmpty()) {
                    throw misconfigured(where + " has no id: a file of several keys needs <id>:<base64> lines");
                }
                return single(nana, decode(line, where));
            }
            try {
                keys.put(Integer.parseInt(line.substring(0, colon).trim()), decode(line.substring(colon + 1), where));
            } catch (NumberFormatException e) {
                throw misconfigured(where + " does not start with a key id");
            }
        }
        if (keys.isEmpty()) {
            throw misconfigured("encryptionKeyFile " + file + " holds no key");
        }
        return keys;
    }

    private static byte[] decode(String base64, String source) throws SQLException {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw misconfigured(source + " is not base64");
        }
    }

    private static SQLException misconfigured(String message) {
        return new SQLException(SqlErrors.NANA_PREFIX + message, SqlErrors.INVALID_PROPERTY);
    }
}
