package dev.nana.jdbc;

import dev.nana.rewriter.RejectedSqlException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;

/**
 * The SQLStates and errors nana raises itself, on every backend; each backend's {@link ErrorTranslator} turns its
 * driver's errors into the same states (docs/errors.md).
 */
final class SqlErrors {
    static final String POLICY = RejectedSqlException.POLICY;
    static final String SYNTAX = RejectedSqlException.UNREADABLE;
    static final String DRIVER = "HY000";
    static final String INVALID_PROPERTY = "HY024";
    static final String CANNOT_OPEN = "08001";
    static final String CLOSED = "55000";
    /**
     * An optional JDBC feature SQLite lacks (SQL/CLI's "optional feature not implemented"): not 0A000, on which
     * HikariCP evicts the connection, and not class 42, which is for what the policy or the syntax refuses.
     */
    static final String NOT_SUPPORTED = "HYC00";
    /** getGeneratedKeys cannot tell which row, if any, the statement's INSERT inserted. */
    static final String NO_KEYS = "HY010";

    /** Marks the text of nana's own errors raised inside SQLite (the throwing replacements of forbidden functions). */
    static final String NANA_PREFIX = "nana: ";
    /** How nana_json's refusals start ({@link SqliteJsonFunction}, KvCodec.canonicalJson). */
    static final String NOT_JSON = NANA_PREFIX + "the value is not JSON text (RFC 8259): ";

    private SqlErrors() {
    }

    /** A driver may put something else where the five-character SQLState belongs (sqlite-jdbc: SQLITE_DONE). */
    static boolean isSqlState(String state) {
        return state != null && state.length() == 5;
    }

    static SQLSyntaxErrorException rejected(RejectedSqlException e) {
        return new SQLSyntaxErrorException(e.getMessage(), e.sqlState());
    }

    static SQLException noStatement() {
        return new SQLSyntaxErrorException(NANA_PREFIX + "the SQL text holds no statement", SYNTAX);
    }

    static SQLException closed(String what) {
        return new SQLNonTransientException(NANA_PREFIX + what + " is closed", CLOSED);
    }

    /** {@code feature}: the method, and the argument when only some values of it are refused. */
    static SQLFeatureNotSupportedException notSupported(String feature) {
        return new SQLFeatureNotSupportedException(NANA_PREFIX + feature + " is not supported: an optional JDBC"
                + " feature that SQLite does not have", NOT_SUPPORTED);
    }

    static SQLException noKeys(String why) {
        return new SQLException(NANA_PREFIX + "getGeneratedKeys cannot name the inserted row: " + why, NO_KEYS);
    }

    static SQLException misuse(String message) {
        return new SQLException(NANA_PREFIX + message, DRIVER);
    }
}
