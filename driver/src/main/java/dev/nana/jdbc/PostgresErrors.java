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
import java.util.Map;

/**
 * PostgreSQL's SQLStates as the ones sqlite-jdbc users get from nana (docs/errors.md, docs/postgresql.md#errors).
 * Constraint violations keep their states; every way of losing a transaction to another one is 40001, as SQLITE_BUSY
 * is. The server's 0A000 and 57P0x never reach the application for a statement: HikariCP evicts the connection on
 * those. A connection the server ended is 08006, which is what eviction is for.
 */
final class PostgresErrors implements ErrorTranslator {
    static final PostgresErrors INSTANCE = new PostgresErrors();

    /** PostgreSQL's states whose sqlite-jdbc counterpart has another code (SqliteErrors' choice for the same fault). */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("40P01", "40001"), // deadlock_detected
            Map.entry("55P03", "40001"), // lock_not_available (NOWAIT, lock_timeout)
            Map.entry("0A000", "42000"), // feature_not_supported: a statement this database does not take
            Map.entry("42P01", "42S02"), // undefined_table
            Map.entry("42703", "42S22"), // undefined_column
            Map.entry("42P07", "42S01"), // duplicate_table
            Map.entry("42710", "42S01"), // duplicate_object (index, constraint)
            Map.entry("22P02", "22000"), // invalid_text_representation: SQLite's datatype mismatch
            Map.entry("42804", "22000"), // datatype_mismatch
            Map.entry("08P01", "22023"), // protocol_violation the server raises for one statement (too many parameters)
            Map.entry("57P01", "08006"), // admin_shutdown: the server ended the session
            Map.entry("57P02", "08006"), // crash_shutdown
            Map.entry("57P03", "08006")); // cannot_connect_now

    private PostgresErrors() {
    }

    @Override
    public SQLException translate(SQLException e) {
        if (e instanceof SQLFeatureNotSupportedException) {
            // pgjdbc's unimplemented JDBC methods say 0A000, on which pools evict.
            return SqlErrors.NOT_SUPPORTED.equals(e.getSQLState()) ? e
                    : withCause(SqlErrors.notSupported("this method (pgjdbc: " + e.getMessage() + ")"), e);
        }
        String given = e.getSQLState();
        if (!SqlErrors.isSqlState(given)) {
            return new SQLException(e.getMessage(), SqlErrors.DRIVER, e.getErrorCode(), e);
        }
        String state = RENAMED.getOrDefault(given, given);
        SQLException translated = of(e.getMessage(), state, e);
        boolean alreadyFine = translated.getClass().isInstance(e) || isSpecificJdbcType(e);
        return state.equals(given) && alreadyFine ? e : translated;
    }

    /** nana's own errors, and ones translated already, are java.sql subclasses; pgjdbc's are PSQLExceptions. */
    private static boolean isSpecificJdbcType(SQLException e) {
        return e.getClass() != SQLException.class && e.getClass().getName().startsWith("java.sql.");
    }

    /** The standard subclass of the state's class, as SqliteErrors gives it. */
    private static SQLException of(String message, String state, SQLException cause) {
        int code = cause.getErrorCode();
        if (state.equals("40001")) {
            return new SQLTransientException(message, state, code, cause);
        }
        if (state.equals("57014")) {
            return new SQLTimeoutException(message, state, code, cause);
        }
        return switch (state.substring(0, 2)) {
            case "23" -> new SQLIntegrityConstraintViolationException(message, state, code, cause);
            case "22" -> new SQLDataException(message, state, code, cause);
            case "42" -> new SQLSyntaxErrorException(message, state, code, cause);
            case "08" -> new SQLNonTransientConnectionException(message, state, code, cause);
            case "25", "53", "55", "XX" -> new SQLNonTransientException(message, state, code, cause);
            default -> new SQLException(message, state, code, cause);
        };
    }

    private static SQLException withCause(SQLException translated, SQLException cause) {
        translated.initCause(cause);
        return translated;
    }
}
