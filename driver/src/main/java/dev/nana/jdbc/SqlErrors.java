package dev.nana.jdbc;

import dev.nana.rewriter.RejectedSqlException;
import java.sql.SQLDataException;
import java.sql.SQLException;
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

    /** Marks the text of nana's own errors raised inside SQLite (the throwing replacements of forbidden functions). */
    static final String NANA_PREFIX = "nana: ";
    /** How nana_json's refusals start ({@link StrictJsonFunction}, KvCodec.canonicalJson). */
    static final String NOT_JSON = NANA_PREFIX + "the value is not JSON text (RFC 8259): ";

    private SqlErrors() {
    }

    static SQLException translate(SQLException e) {
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

    static SQLException misuse(String message) {
        return new SQLException(NANA_PREFIX + message, DRIVER);
    }
}
