package dev.nana.jdbc;

import dev.nana.rewriter.RejectedSqlException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite result codes into the standard SQLException subclasses and SQLStates listed in docs/errors.md.
 * Nothing here uses 08xxx (except failing to open a database), 0A000 or 57P0x: HikariCP evicts pooled connections
 * on those, and a bad statement must never cost a healthy connection.
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
    /** How nana_json's refusals start ({@link StrictJsonFunction}, KvCodec.canonicalJson). */
    static final String NOT_JSON = NANA_PREFIX + "the value is not JSON text (RFC 8259): ";

    private SqlErrors() {
    }

    static SQLException translate(SQLException e) {
        if (e instanceof SQLFeatureNotSupportedException) {
            return NOT_SUPPORTED.equals(e.getSQLState()) ? e : notSupportedBySqliteJdbc(e);
        }
        if (!(e instanceof SQLiteException sqlite)) {
            return isSqlState(e.getSQLState()) ? e : new SQLException(e.getMessage(), DRIVER, e.getErrorCode(), e);
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        String message = e.getMessage();
        int vendorCode = code.code;
        if (message != null && message.contains(NOT_JSON)) {
            return new SQLDataException(nanaMessage(message, NOT_JSON), "22032", vendorCode, e);
        }
        if (message != null && message.contains(NANA_PREFIX + "function ")) {
            return new SQLSyntaxErrorException(nanaMessage(message, NANA_PREFIX), POLICY, vendorCode, e);
        }
        switch (code) {
            case SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_ROWID:
                return new SQLIntegrityConstraintViolationException(message, "23505", vendorCode, e);
            case SQLITE_CONSTRAINT_FOREIGNKEY:
                return new SQLIntegrityConstraintViolationException(message, "23503", vendorCode, e);
            case SQLITE_CONSTRAINT_NOTNULL:
                return new SQLIntegrityConstraintViolationException(message, "23502", vendorCode, e);
            case SQLITE_CONSTRAINT_CHECK:
                return new SQLIntegrityConstraintViolationException(message, "23514", vendorCode, e);
            case SQLITE_CONSTRAINT_DATATYPE, SQLITE_MISMATCH:
                return new SQLDataException(message, "22000", vendorCode, e);
            case SQLITE_TOOBIG, SQLITE_RANGE:
                return new SQLDataException(message, "22023", vendorCode, e);
            case SQLITE_INTERRUPT:
                return new SQLTimeoutException(message, "57014", vendorCode, e);
            case SQLITE_PERM, SQLITE_AUTH:
                return new SQLSyntaxErrorException(message, POLICY, vendorCode, e);
            case SQLITE_READONLY, SQLITE_READONLY_RECOVERY, SQLITE_READONLY_CANTLOCK, SQLITE_READONLY_ROLLBACK,
                 SQLITE_READONLY_DBMOVED:
                return new SQLNonTransientException(message, "25006", vendorCode, e);
            case SQLITE_FULL:
                return new SQLNonTransientException(message, "53100", vendorCode, e);
            case SQLITE_CORRUPT, SQLITE_CORRUPT_VTAB, SQLITE_NOTADB:
                return new SQLNonTransientException(message, "XX001", vendorCode, e);
            case SQLITE_CANTOPEN:
                return new SQLNonTransientConnectionException(message, CANNOT_OPEN, vendorCode, e);
            default:
                break;
        }
        if (isBusy(code)) {
            return new SQLTransientException(message, "40001", vendorCode, e);
        }
        if (code.name().startsWith("SQLITE_CONSTRAINT")) {
            return new SQLIntegrityConstraintViolationException(message, "23000", vendorCode, e);
        }
        if (code.name().startsWith("SQLITE_IOERR")) {
            return new SQLNonTransientException(message, "58030", vendorCode, e);
        }
        if (code == SQLiteErrorCode.SQLITE_ERROR && message != null) {
            return syntaxOrUndefined(message, vendorCode, e);
        }
        return new SQLException(message, DRIVER, vendorCode, e);
    }

    /** The message a nana function raised, out of sqlite-jdbc's {@code [SQLITE_ERROR] SQL error or ... (message)}. */
    private static String nanaMessage(String message, String start) {
        int end = message.startsWith("[") && message.endsWith(")") ? message.length() - 1 : message.length();
        return message.substring(message.indexOf(start), end);
    }

    /** sqlite-jdbc sometimes puts a result-code name (SQLITE_DONE) where the five-character SQLState belongs. */
    private static boolean isSqlState(String state) {
        return state != null && state.length() == 5;
    }

    private static boolean isBusy(SQLiteErrorCode code) {
        String name = code.name();
        return name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED");
    }

    /**
     * SQLITE_ERROR covers every compile-time error; the message is the only thing that tells them apart.
     * "unsafe use of" is trusted_schema=OFF stopping a function in a view or trigger: a policy denial.
     */
    private static SQLException syntaxOrUndefined(String message, int vendorCode, SQLException cause) {
        if (message.contains("unsafe use of")) {
            return new SQLSyntaxErrorException(message, POLICY, vendorCode, cause);
        }
        if (message.contains("no such table") || message.contains("no such view")) {
            return new SQLSyntaxErrorException(message, "42S02", vendorCode, cause);
        }
        if (message.contains("no such column")) {
            return new SQLSyntaxErrorException(message, "42S22", vendorCode, cause);
        }
        if (message.contains("no such function") || message.contains("wrong number of arguments")) {
            return new SQLSyntaxErrorException(message, "42883", vendorCode, cause);
        }
        if (message.contains("already exists")) {
            return new SQLSyntaxErrorException(message, "42S01", vendorCode, cause);
        }
        if (message.contains("syntax error") || message.contains("incomplete input")
                || message.contains("unrecognized token")) {
            return new SQLSyntaxErrorException(message, SYNTAX, vendorCode, cause);
        }
        return new SQLException(message, DRIVER, vendorCode, cause);
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

    /** sqlite-jdbc's refusals mostly carry no message and no SQLState: the method that refused names the feature. */
    private static SQLFeatureNotSupportedException notSupportedBySqliteJdbc(SQLException e) {
        String method = "this method";
        for (StackTraceElement frame : e.getStackTrace()) {
            String name = frame.getMethodName();
            if (!name.equals("unused") && !name.equals("unsupported") && !name.startsWith("lambda$")) {
                method = name;
                break;
            }
        }
        SQLFeatureNotSupportedException translated = notSupported(method);
        if (e.getMessage() != null) {
            translated = new SQLFeatureNotSupportedException(translated.getMessage() + " (sqlite-jdbc: "
                    + e.getMessage() + ")", NOT_SUPPORTED);
        }
        translated.initCause(e);
        return translated;
    }

    static SQLException noKeys(String why) {
        return new SQLException(NANA_PREFIX + "getGeneratedKeys cannot name the inserted row: " + why, NO_KEYS);
    }

    static SQLException misuse(String message) {
        return new SQLException(NANA_PREFIX + message, DRIVER);
    }
}
