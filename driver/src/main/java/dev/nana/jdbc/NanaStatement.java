package dev.nana.jdbc;

import dev.nana.rewriter.ColumnSealing;
import dev.nana.rewriter.KvAccess;
import dev.nana.rewriter.Plan;
import dev.nana.rewriter.PlannedStatement;
import dev.nana.rewriter.RowCopy;
import dev.nana.rewriter.StatementKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A statement whose SQL passes the pipeline. A string holding several statements is a script: all of it is checked
 * before any of it runs, then it runs in order, atomically unless it manages transactions itself (docs/scripts.md).
 */
public class NanaStatement extends DelegatingStatement {
    final NanaConnection connection;
    private NanaResultSet currentResults;
    /** Of the statement whose results come next: which of their columns to decrypt. */
    private ColumnSealing resultSealing;
    /** The update count when nana knows it better than the raw statement (scripts, executeUpdate), else -1. */
    private long updateCount = -1;
    private int queryTimeoutSeconds;
    private List<Plan> batch = new ArrayList<>();
    /** Tracked here: sqlite-jdbc runs SQL on a Statement even after close(). */
    private boolean closed;

    NanaStatement(NanaConnection connection, Statement rawStatement) {
        super(rawStatement);
        this.connection = connection;
    }

    /** How the last statement of a piece of SQL is handed to the raw statement. */
    @FunctionalInterface
    interface RawExecution {
        boolean run(Statement raw, String sql) throws SQLException;
    }

    /**
     * Runs the raw call inside the connection's transaction, after its turn to write when it writes, and under
     * the statement's deadline.
     */
    final <T> T guarded(PlannedStatement statement, NanaConnection.SqlCall<T> call) throws SQLException {
        KvAccess kv = statement.kv();
        if (kv == null && statement.kind() != StatementKind.ROLLBACK && statement.kind() != StatementKind.RESTORE) {
            return runGuarded(statement.kind(), call);
        }
        checkOpen();
        if (kv != null) {
            connection.prepareKv(kv);
        }
        T result = runGuarded(statement.kind(), call);
        if (kv != null && !kv.written().isEmpty()) {
            connection.kvChanged(kv.written());
        }
        if (statement.kind() == StatementKind.ROLLBACK || statement.kind() == StatementKind.RESTORE) {
            connection.kvEverythingChanged();
        }
        return result;
    }

    private <T> T runGuarded(StatementKind kind, NanaConnection.SqlCall<T> call) throws SQLException {
        checkOpen();
        connection.beginIfNeeded();
        long deadline = Watchdog.deadline(queryTimeoutSeconds, connection.networkTimeoutMillis());
        boolean writes = kind.writes();
        if (deadline <= 0 && !connection.needsWriteTurn(writes)) {
            return NanaConnection.translated(call);
        }
        return connection.write(writes, () -> Watchdog.run(rawStatement, deadline, call));
    }

    final void checkOpen() throws SQLException {
        if (closed) {
            throw SqlErrors.closed("statement");
        }
    }

    private boolean run(String sql, RawExecution last) throws SQLException {
        return run(sql, false, last);
    }

    /** {@code generatedKeys}: the caller asked for the keys of the last statement's insert. */
    private boolean run(String sql, boolean generatedKeys, RawExecution last) throws SQLException {
        checkOpen();
        Plan plan = connection.plan(sql);
        List<PlannedStatement> statements = plan.statements();
        if (statements.isEmpty()) {
            throw SqlErrors.noStatement();
        }
        forgetResults();
        resultSealing = statements.get(statements.size() - 1).sealing();
        if (statements.size() == 1) {
            PlannedStatement only = statements.get(0);
            if (copyOf(only) != null) {
                updateCount = connection.copyRows(copyOf(only), Map.of());
                return false;
            }
            return guarded(only, keysIf(generatedKeys, () -> last.run(rawStatement, only.sql())));
        }
        return connection.atomically(plan.runsAtomically(), () -> runScript(statements, generatedKeys, last));
    }

    private boolean runScript(List<PlannedStatement> statements, boolean generatedKeys, RawExecution last)
            throws SQLException {
        long changed = 0;
        int lastIndex = statements.size() - 1;
        for (int i = 0; i < lastIndex; i++) {
            changed += runForCount(statements.get(i), false);
        }
        PlannedStatement lastStatement = statements.get(lastIndex);
        if (copyOf(lastStatement) != null) {
            updateCount = changed + connection.copyRows(copyOf(lastStatement), Map.of());
            return false;
        }
        boolean rows = guarded(lastStatement,
                keysIf(generatedKeys, () -> last.run(rawStatement, lastStatement.sql())));
        if (!rows) {
            updateCount = changed + Math.max(0, getLargeUpdateCount());
        }
        return rows;
    }

    /** The results of the statement's latest execution; JDBC closes the previous ones when it runs again. */
    final NanaResultSet remember(ResultSet raw) throws SQLException {
        currentResults = new NanaResultSet(connection, this, decrypted(raw));
        return currentResults;
    }

    /** {@code raw} with its encrypted columns decrypted (those of the SQL that produced it). */
    ResultSet decrypted(ResultSet raw) throws SQLException {
        return connection.decrypting(raw, connection.encryptedColumnsOf(raw, resultSealing));
    }

    /** What getUpdateCount reports after nana ran the statement itself (a row-by-row INSERT ... SELECT). */
    final void rememberUpdateCount(long count) {
        updateCount = count;
    }

    final void forgetResults() throws SQLException {
        updateCount = -1;
        if (currentResults != null) {
            currentResults.close();
            currentResults = null;
        }
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        return run(sql, Statement::execute);
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        return run(sql, autoGeneratedKeys == RETURN_GENERATED_KEYS, Statement::execute);
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        return run(sql, columnIndexes != null, Statement::execute);
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        return run(sql, columnNames != null, Statement::execute);
    }

    /**
     * The raw executeQuery, not execute: sqlite-jdbc's execute first scans the text for its backup command. SQL that
     * returns no rows has then run and fails, as with sqlite-jdbc.
     */
    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        run(sql, (raw, one) -> {
            remember(raw.executeQuery(one));
            return true;
        });
        if (currentResults == null) { // nana ran it itself: a row-by-row INSERT ... SELECT
            throw SqlErrors.misuse("executeQuery on INSERT ... SELECT, which returns no rows: use executeUpdate");
        }
        return currentResults;
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return (int) executeLargeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return (int) executeLargeUpdate(sql, autoGeneratedKeys);
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return (int) executeLargeUpdate(sql, columnIndexes);
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        return (int) executeLargeUpdate(sql, columnNames);
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        return update(sql, false);
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return update(sql, autoGeneratedKeys == RETURN_GENERATED_KEYS);
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return update(sql, columnIndexes != null);
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        return update(sql, columnNames != null);
    }

    /** Updates go to the raw executeUpdate: sqlite-jdbc's own commands (backup to ...) count only there. */
    private long update(String sql, boolean generatedKeys) throws SQLException {
        run(sql, generatedKeys, (raw, one) -> {
            updateCount = Math.max(0, raw.executeLargeUpdate(one));
            return false;
        });
        return getLargeUpdateCount();
    }

    /** {@code call}, with sqlite-jdbc's generated keys on if they were asked for (NanaConnection#withGeneratedKeys). */
    final <T> NanaConnection.SqlCall<T> keysIf(boolean generatedKeys, NanaConnection.SqlCall<T> call) {
        return generatedKeys ? () -> connection.withGeneratedKeys(call) : call;
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return (int) getLargeUpdateCount();
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        return updateCount >= 0 ? updateCount : NanaConnection.translated(rawStatement::getLargeUpdateCount);
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        if (currentResults == null) {
            ResultSet raw = NanaConnection.translated(rawStatement::getResultSet);
            if (raw != null) {
                remember(raw);
            }
        }
        return currentResults;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        forgetResults();
        return NanaConnection.translated(rawStatement::getMoreResults);
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        forgetResults();
        return NanaConnection.translated(() -> rawStatement.getMoreResults(current));
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        return new NanaResultSet(connection, this, NanaConnection.translated(rawStatement::getGeneratedKeys));
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        NanaConnection.translated(() -> {
            rawStatement.setQueryTimeout(seconds);
            return null;
        });
        queryTimeoutSeconds = seconds;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    /** The entry is checked now, so a forbidden entry is refused before any entry of the batch has run. */
    @Override
    public void addBatch(String sql) throws SQLException {
        checkOpen();
        Plan plan = connection.plan(sql);
        if (plan.statements().isEmpty()) {
            throw SqlErrors.noStatement();
        }
        batch.add(plan);
    }

    @Override
    public void clearBatch() throws SQLException {
        batch = new ArrayList<>();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return Arrays.stream(executeLargeBatch()).mapToInt(count -> (int) count).toArray();
    }

    /** All-or-nothing unless an entry manages transactions itself; then entries before a failure stay applied. */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<Plan> entries = batch;
        batch = new ArrayList<>();
        forgetResults();
        boolean atomic = entries.stream().allMatch(Plan::runsAtomically);
        return connection.atomically(atomic, () -> {
            long[] counts = new long[entries.size()];
            for (int i = 0; i < counts.length; i++) {
                try {
                    counts[i] = runBatchEntry(entries.get(i));
                } catch (SQLException e) {
                    throw BatchFailures.of(e, i, counts.length, counts, atomic);
                }
            }
            return counts;
        });
    }

    private long runBatchEntry(Plan entry) throws SQLException {
        long changed = 0;
        for (PlannedStatement statement : entry.statements()) {
            changed += runForCount(statement, true);
        }
        return changed;
    }

    /** Runs a statement of a script or batch and returns the rows it changed; in a batch, rows are an error. */
    private long runForCount(PlannedStatement statement, boolean inBatch) throws SQLException {
        if (copyOf(statement) != null) {
            return connection.copyRows(copyOf(statement), Map.of());
        }
        if (guarded(statement, () -> rawStatement.execute(statement.sql())) && inBatch) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "a batch entry returned rows: " + statement.kind(),
                    SqlErrors.DRIVER);
        }
        return Math.max(0, rawStatement.getLargeUpdateCount());
    }

    /** How nana runs {@code statement} itself, row by row; null when the backend runs it. */
    private static RowCopy copyOf(PlannedStatement statement) {
        return statement.sealing() == null ? null : statement.sealing().copy();
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        forgetResults();
        NanaConnection.translated(() -> {
            rawStatement.close();
            return null;
        });
    }

    @Override
    public boolean isClosed() throws SQLException {
        return closed || connection.isClosed();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Unwrapping.unwrap(this, rawStatement, connection.backendUnwrap(), type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Unwrapping.isWrapperFor(this, rawStatement, connection.backendUnwrap(), type);
    }
}
