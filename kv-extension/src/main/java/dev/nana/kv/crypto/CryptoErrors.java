package dev.nana.kv.crypto;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;

/**
 * The SQLStates of encryption, listed in docs/errors.md. Messages name the table and row key, never a key's bytes
 * or a value's.
 */
final class CryptoErrors {
    static final String PREFIX = "nana: ";
    /** The value was sealed under a key the ring holds, but the configured key is another one. */
    static final String WRONG_KEY = "28000";
    /** The value names a key id the ring does not hold. */
    static final String UNKNOWN_KEY_ID = "22N01";
    /** The value opened with the right key does not authenticate: changed bytes, or a value of another row. */
    static final String TAMPERED = "22N02";
    /** The value is shorter than its format's fixed parts, or not in the configured format at all. */
    static final String TRUNCATED = "22N03";
    /** A plaintext value where a sealed one was expected, outside a migration to encryption. */
    static final String PLAINTEXT = "22N04";
    /** A key, mode or format that cannot be used. */
    static final String MISCONFIGURED = "22023";
    /** A value of a type a column cannot seal (the same state as a key-value value JSON cannot hold). */
    static final String INVALID_VALUE = "22023";
    /** Misuse of the API, as in the key-value API: a batch size below 1, a table a rekey cannot walk. */
    static final String MISUSE = "HY010";

    private CryptoErrors() {
    }

    static SQLException wrongKey(String message) {
        return new SQLInvalidAuthorizationSpecException(PREFIX + message, WRONG_KEY);
    }

    static SQLException unknownKeyId(String message) {
        return new SQLDataException(PREFIX + message, UNKNOWN_KEY_ID);
    }

    static SQLException tampered(String message) {
        return new SQLDataException(PREFIX + message, TAMPERED);
    }

    static SQLException truncated(String message) {
        return new SQLDataException(PREFIX + message, TRUNCATED);
    }

    static SQLException plaintext(String message) {
        return new SQLDataException(PREFIX + message, PLAINTEXT);
    }

    static SQLException misconfigured(String message) {
        return new SQLException(PREFIX + message, MISCONFIGURED);
    }

    static SQLException invalidValue(String message) {
        return new SQLDataException(PREFIX + message, INVALID_VALUE);
    }

    static SQLException misuse(String message) {
        return new SQLException(PREFIX + message, MISUSE);
    }

    /** A required argument that is null: SQLState HY009 (invalid use of null pointer), as in the key-value API. */
    static <T> T required(T argument, String name) throws SQLException {
        if (argument == null) {
            throw new SQLException(PREFIX + name + " must not be null", "HY009");
        }
        return argument;
    }
}
