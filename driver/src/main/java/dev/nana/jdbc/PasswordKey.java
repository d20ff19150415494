package dev.nana.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key of {@code encryptionPassword}: PBKDF2-HMAC-SHA256 (the JDK's, so no extra dependency) with OWASP's 2023
 * iteration count, over a random 16-byte salt that the database keeps in table {@code nana_kdf}, created by the
 * first connection that needs it. The algorithm and count are stored beside the salt, so they can rise later.
 */
final class PasswordKey {
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    /**
     * Derived keys by a digest of (algorithm, count, salt, passphrase): a pool opening its tenth connection does not
     * spend a quarter of a second on each. The process holds the key anyway while connections are open.
     */
    private static final Map<String, byte[]> DERIVED = new ConcurrentHashMap<>();

    private PasswordKey() {
    }

    static byte[] derive(Connection sqlite, String password) throws SQLException {
        if (password.isEmpty()) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "encryptionPassword is empty", SqlErrors.INVALID_PROPERTY);
        }
        if (!hasSalt(sqlite)) {
            // Only a database without one is written to, so a read-only database that has its salt still opens.
            createSalt(sqlite);
        }
        try (Statement statement = sqlite.createStatement();
             ResultSet row = statement.executeQuery("SELECT algorithm, iterations, salt FROM nana_kdf WHERE id = 1")) {
            row.next();
            return derive(row.getString(1), row.getInt(2), row.getBytes(3), password).clone();
        }
    }

    private static boolean hasSalt(Connection sqlite) throws SQLException {
        try (Statement statement = sqlite.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'nana_kdf'")) {
            return rows.next();
        }
    }

    /** Idempotent: two connections creating it at once end up with one salt, the first one inserted. */
    private static void createSalt(Connection sqlite) throws SQLException {
        try (Statement statement = sqlite.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS nana_kdf (id INTEGER PRIMARY KEY CHECK (id = 1),"
                    + " algorithm TEXT NOT NULL, iterations INTEGER NOT NULL, salt BLOB NOT NULL)");
        }
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        try (PreparedStatement insert = sqlite.prepareStatement("INSERT OR IGNORE INTO nana_kdf VALUES (1, ?, ?, ?)")) {
            insert.setString(1, ALGORITHM);
            insert.setInt(2, ITERATIONS);
            insert.setBytes(3, salt);
            insert.executeUpdate();
        }
    }

    private static byte[] derive(String algorithm, int iterations, byte[] salt, String password) throws SQLException {
        String cacheKey;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((algorithm + "/" + iterations + "/").getBytes(StandardCharsets.UTF_8));
            digest.update(salt);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            cacheKey = Base64.getEncoder().encodeToString(digest.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        byte[] cached = DERIVED.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
            DERIVED.put(cacheKey, key);
            return key;
        } catch (GeneralSecurityException e) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "table nana_kdf names key derivation " + algorithm
                    + " with " + iterations + " iterations, which this Java runtime cannot run",
                    SqlErrors.INVALID_PROPERTY, e);
        } finally {
            spec.clearPassword();
        }
    }
}
