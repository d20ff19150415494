package dev.nana.jdbc;

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
final class SqliteErrors implements ErrorTranslator {
    static final SqliteErrors INSTANCE = new SqliteErrors();

    private SqliteErrors() {
    }

    @Override
    public SQLException translate(SQLException e) {
        if (e instanceof SQLFeatureNotSupportedException) {
            return SqlErrors.NOT_SUPPORTED.equals(e.getSQLState()) ? e : notSupportedBySqliteJdbc(e);
        }
        if (!(e instanceof SQLiteException sqlite)) {
            return SqlErrors.isSqlState(e.getSQLState()) ? e : new SQLException(e.getMessage(), SqlErrors.DRIVER, e.getErrorCode(), e);
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        String message = e.getMessage();
        int vendorCode = code.code;
        if (message != null && message.contains(SqlErrors.NOT_JSON)) {
            return new SQLDataException(nanaMessage(message, SqlErrors.NOT_JSON), "22032", vendorCode, e);
        }
        if (message != null && message.contains(SqlErrors.NANA_PREFIX + "function ")) {
            return new SQLSyntaxErrorException(nanaMessage(message, SqlErrors.NANA_PREFIX), SqlErrors.POLICY, vendorCode, e);
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
                return new SQLSyntaxErrorException(message, SqlErrors.POLICY, vendorCode, e);
            case SQLITE_READONLY, SQLITE_READONLY_RECOVERY, SQLITE_READONLY_CANTLOCK, SQLITE_READONLY_ROLLBACK,
                 SQLITE_READONLY_DBMOVED:
                return new SQLNonTransientException(message, "25006", vendorCode, e);
            case SQLITE_FULL:
                return new SQLNonTransientException(message, "53100", vendorCode, e);
            case SQLITE_CORRUPT, SQLITE_CORRUPT_VTAB, SQLITE_NOTADB:
                return new SQLNonTransientException(message, "XX001", vendorCode, e);
            case SQLITE_CANTOPEN:
                return new SQLNonTransientConnectionException(message, SqlErrors.CANNOT_OPEN, vendorCode, e);
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
        return new SQLException(message, SqlErrors.DRIVER, vendorCode, e);
    }

    /** The message a nana function raised, out of sqlite-jdbc's {@code [SQLITE_ERROR] SQL error or ... (message)}. */
    private static String nanaMessage(String message, String start) {
        int end = message.startsWith("[") && message.endsWith(")") ? message.length() - 1 : message.length();
        return message.substring(message.indexOf(start), end);
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
            return new SQLSyntaxErrorException(message, SqlErrors.POLICY, vendorCode, cause);
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
            return new SQLSyntaxErrorException(message, SqlErrors.SYNTAX, vendorCode, cause);
        }
        return new SQLException(message, SqlErrors.DRIVER, vendorCode, cause);
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
        SQLFeatureNotSupportedException translated = SqlErrors.notSupported(method);
        if (e.getMessage() != null) {
            translated = new SQLFeatureNotSupportedException(translated.getMessage() + " (sqlite-jdbc: "
                    + e.getMessage() + ")", SqlErrors.NOT_SUPPORTED);
        }
        translated.initCause(e);
        return translated;
    }

}
