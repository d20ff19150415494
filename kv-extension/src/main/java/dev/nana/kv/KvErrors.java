package dev.nana.kv;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;

/** The SQLStates of the key-value API, listed in docs/errors.md. */
final class KvErrors {
    static final String PREFIX = "nana: ";
    /** A key that is null, empty or too long. */
    static final String INVALID_KEY = "22001";
    /** A value that JSON cannot hold (NaN, a cycle, an object Jackson cannot serialise). */
    static final String INVALID_VALUE = "22023";
    /** A stored value that is not JSON, or JSON that does not fit the requested type. */
    static final String INVALID_JSON = "22032";
    /** A namespace name that is not a plain identifier. */
    static final String INVALID_NAME = "42602";
    /** A hook or validator refused a write. */
    static final String CHECK_VIOLATION = "23514";
    static final String UNIQUE_VIOLATION = "23505";
    /** Misuse of the API: a closed store, a negative size, an operation the store cannot do. */
    static final String MISUSE = "HY010";

    private KvErrors() {
    }

    /** A required argument that is null: SQLState HY009 (invalid use of null pointer). */
    static <T> T required(T argument, String name) throws SQLException {
        if (argument == null) {
            throw new SQLException(PREFIX + name + " must not be null", "HY009");
        }
        return argument;
    }

    /**
     * The index of the first UTF-16 surrogate in {@code text} without its pair, or -1. SQLite stores text as UTF-8,
     * where such a char has no encoding: it becomes '?', so two keys would merge and a value change silently.
     */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static SQLException invalidKey(String message) {
        return new SQLDataException(PREFIX + message, INVALID_KEY);
    }

    static SQLException invalidValue(String message, Throwable cause) {
        return new SQLDataException(PREFIX + message, INVALID_VALUE, cause);
    }

    static SQLException invalidJson(String message, Throwable cause) {
        return new SQLDataException(PREFIX + message, INVALID_JSON, cause);
    }

    static SQLException invalidName(String message) {
        return new SQLSyntaxErrorException(PREFIX + message, INVALID_NAME);
    }

    /** A validator's refusal; hooks throw this to refuse a write with a message of their own. */
    static SQLException checkViolation(String message) {
        return new SQLIntegrityConstraintViolationException(PREFIX + message, CHECK_VIOLATION);
    }

    static SQLException uniqueViolation(String message) {
        return new SQLIntegrityConstraintViolationException(PREFIX + message, UNIQUE_VIOLATION);
    }

    static SQLException misuse(String message) {
        return new SQLException(PREFIX + message, MISUSE);
    }

    /** Quoted and shortened for messages: keys may be long, and a message must stay readable. */
    static String show(String key) {
        String shown = key.length() > 64 ? key.substring(0, 61) + "..." : key;
        return "'" + shown + "'";
    }
}
