package dev.nana.jdbc;

import dev.nana.rewriter.PlannedStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * SQLite's transaction rules on a PostgreSQL session. PostgreSQL aborts a whole transaction when one statement in it
 * fails; SQLite undoes only that statement. So inside a transaction each statement of the application's runs under a
 * savepoint of its own, rolled back to when it fails (unless nana already makes the enclosing script or batch all or
 * nothing). The transaction statements, in the forms the {@code transaction-statements} rule writes, get SQLite's
 * checks: a nested BEGIN and a COMMIT or ROLLBACK without a transaction fail, a SAVEPOINT outside a transaction
 * begins one, and releasing that savepoint commits it. The server's own word on whether a transaction is open
 * (pgjdbc's transaction state) decides, so transactions nana, JDBC calls or the application began all count.
 * Savepoints are tracked as the application's SQL makes them; those of JDBC's {@code setSavepoint} are not named in
 * SQL and need not be.
 */
final class PostgresTransactions {
    private static final String STATEMENT_SAVEPOINT = "nana_statement";

    private final Connection connection;
    private final BaseConnection server;
    /** The application's savepoints in the open transaction, innermost last, as the rule quotes them. */
    private final List<String> savepoints = new ArrayList<>();
    /** Whether the open transaction was begun by a SAVEPOINT, which then commits when released. */
    private boolean begunBySavepoint;

    PostgresTransactions(Connection connection) throws SQLException {
        this.connection = connection;
        this.server = connection.unwrap(BaseConnection.class);
    }

    <T> T run(PlannedStatement statement, boolean insideAtomic, NanaConnection.SqlCall<T> call)
            throws SQLException {
        TransactionState state = server.getTransactionState();
        if (state == TransactionState.IDLE) {
            savepoints.clear();
            begunBySavepoint = false;
        }
        String sql = statement.sql();
        switch (statement.kind()) {
            case BEGIN:
                if (state != TransactionState.IDLE) {
                    throw sqliteError("cannot start a transaction within a transaction");
                }
                return call.call();
            case COMMIT:
                return end(state, "commit", call);
            case ROLLBACK:
                if (sql.startsWith("ROLLBACK TO ")) {
                    String name = savepointOf(sql);
                    int at = savepoints.lastIndexOf(name);
                    if (at < 0) {
                        throw sqliteError("no such savepoint: " + unquoted(name));
                    }
                    T result = call.call();
                    savepoints.subList(at + 1, savepoints.size()).clear();
                    return result;
                }
                return end(state, "rollback", call);
            case SAVEPOINT:
                return savepoint(state, savepointOf(sql), call);
            case RELEASE:
                return release(savepointOf(sql), call);
            default:
                return state == TransactionState.OPEN && !insideAtomic ? underOwnSavepoint(call) : call.call();
        }
    }

    private <T> T end(TransactionState state, String what, NanaConnection.SqlCall<T> call) throws SQLException {
        if (state == TransactionState.IDLE) {
            throw sqliteError("cannot " + what + " - no transaction is active");
        }
        if (state == TransactionState.FAILED && what.equals("commit")) {
            // PostgreSQL would answer COMMIT with a silent rollback.
            exec("ROLLBACK");
            throw new SQLTransactionRollbackException(SqlErrors.NANA_PREFIX + "the transaction had failed on the"
                    + " server and was rolled back: nothing of it was committed", "40000");
        }
        return call.call();
    }

    private <T> T savepoint(TransactionState state, String name, NanaConnection.SqlCall<T> call)
            throws SQLException {
        boolean begins = state == TransactionState.IDLE;
        if (begins) {
            exec("BEGIN");
        }
        T result;
        try {
            result = call.call();
        } catch (SQLException | RuntimeException e) {
            if (begins) {
                undo(e, "ROLLBACK");
            }
            throw e;
        }
        begunBySavepoint |= begins;
        savepoints.add(name);
        return result;
    }

    private <T> T release(String name, NanaConnection.SqlCall<T> call) throws SQLException {
        int at = savepoints.lastIndexOf(name);
        if (at < 0) {
            throw sqliteError("no such savepoint: " + unquoted(name));
        }
        T result = call.call();
        savepoints.subList(at, savepoints.size()).clear();
        if (savepoints.isEmpty() && begunBySavepoint) {
            exec("COMMIT");
            begunBySavepoint = false;
        }
        return result;
    }

    private <T> T underOwnSavepoint(NanaConnection.SqlCall<T> call) throws SQLException {
        exec("SAVEPOINT " + STATEMENT_SAVEPOINT);
        T result;
        try {
            result = call.call();
        } catch (SQLException | RuntimeException e) {
            undo(e, "ROLLBACK TO SAVEPOINT " + STATEMENT_SAVEPOINT, "RELEASE SAVEPOINT " + STATEMENT_SAVEPOINT);
            throw e;
        }
        exec("RELEASE SAVEPOINT " + STATEMENT_SAVEPOINT);
        return result;
    }

    private void undo(Exception failure, String... statements) {
        try {
            for (String sql : statements) {
                exec(sql);
            }
        } catch (SQLException undoFailure) {
            failure.addSuppressed(undoFailure);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw PostgresErrors.INSTANCE.translate(e);
        }
    }

    /** The quoted name that ends the rule's form of a savepoint statement. */
    private static String savepointOf(String sql) {
        return sql.substring(sql.indexOf('"'));
    }

    private static String unquoted(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
    }

    /** The error SQLite gives, with the SQLState nana gives it there (SQLITE_ERROR: docs/errors.md). */
    private static SQLException sqliteError(String sqliteMessage) {
        return new SQLException(SqlErrors.NANA_PREFIX + sqliteMessage + " (as SQLite)", SqlErrors.DRIVER);
    }
}
