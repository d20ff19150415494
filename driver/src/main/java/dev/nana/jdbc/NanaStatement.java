package dev.nana.jdbc;

import dev.nana.rewriter.ColumnSealing;
import dev.nana.rewriter.Insertion;
import dev.nana.rewriter.KvAccess;
import dev.nana.rewriter.Plan;
import dev.nana.rewriter.PlannedStatement;
import dev.nana.rewriter.RowCopy;
import dev.nana.rewriter.StatementKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
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
    /**
     * For getGeneratedKeys: the last statement the latest execution ran successfully (null if it failed), and the
     * connection's execution number it ran as, or {@link #KEY_CAPTURED} or {@link #SEVERAL_INSERTS}.
     */
    private PlannedStatement keysOf;
    /** The statement whose results the next {@link #remember} holds: it knows their labels. */
    private PlannedStatement resultsOf;
    private PlannedStatement labelledStatement;
    private ResultLabels labels = ResultLabels.NONE;
    private long keysStamp;
    /** Taken right after the INSERT of a statement that asked for keys; null when it inserted no row. */
    private Long capturedKey;
    private static final long KEY_CAPTURED = -1;
    private static final long SEVERAL_INSERTS = -2;
    /** Lent by the connection at the first getGeneratedKeys, given back at close, with the results it gave. */
    private PreparedStatement keysQuery;
    private NanaResultSet keysResults;

    NanaStatement(NanaConnection connection, Statement rawStatement) {
        super(rawStatement, connection.errors);
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
            return runGuarded(statement, call);
        }
        checkOpen();
        if (kv != null) {
            connection.prepareKv(kv);
        }
        T result = runGuarded(statement, call);
        if (kv != null && !kv.written().isEmpty()) {
            connection.kvChanged(kv.written());
        }
        if (statement.kind() == StatementKind.ROLLBACK || statement.kind() == StatementKind.RESTORE) {
            connection.kvEverythingChanged();
        }
        return result;
    }

    private <T> T runGuarded(PlannedStatement statement, NanaConnection.SqlCall<T> call) throws SQLException {
        checkOpen();
        connection.beginIfNeeded();
        long deadline = Watchdog.deadline(queryTimeoutSeconds, connection.networkTimeoutMillis());
        boolean writes = statement.kind().writes();
        keysOf = null;
        resultsOf = statement;
        keysStamp = connection.countExecution();
        NanaConnection.SqlCall<T> run = () -> connection.runStatement(statement, call);
        T result = deadline <= 0 && !connection.needsWriteTurn(writes) ? connection.translated(run)
                : connection.write(writes, () -> Watchdog.run(rawStatement, deadline, errors, run));
        keysOf = statement;
        if (statement.kind().countsChanges() && connection.needsChangeCounts()) {
            countChanges(result);
        }
        return result;
    }

    /**
     * The rows the write that just ran changed, from what its raw call returned: an update count, a batch's counts,
     * or false when the count is the raw statement's. Rows of a RETURNING are not counted.
     */
    private void countChanges(Object result) throws SQLException {
        if (result instanceof long[] counts) {
            long all = 0;
            for (long count : counts) {
                all += Math.max(0, count);
            }
            connection.changed(counts.length == 0 ? 0 : Math.max(0, counts[counts.length - 1]), all);
        } else if (result instanceof Long rows) {
            connection.changed(rows, rows);
        } else if (Boolean.FALSE.equals(result)) {
            long rows = Math.max(0, connection.translated(rawStatement::getLargeUpdateCount));
            connection.changed(rows, rows);
        }
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
                ranSeveralInserts();
                return false;
            }
            boolean rows = guarded(only, keysIf(generatedKeys, only, () -> last.run(rawStatement, only.sql())));
            if (!rows && !only.kind().countsChanges()) {
                updateCount = 0;
            }
            return rows;
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
            ranSeveralInserts();
            return false;
        }
        boolean rows = guarded(lastStatement,
                keysIf(generatedKeys, lastStatement, () -> last.run(rawStatement, lastStatement.sql())));
        if (!rows) {
            updateCount = changed + (lastStatement.kind().countsChanges() ? Math.max(0, getLargeUpdateCount()) : 0);
        }
        return rows;
    }

    /** The results of the statement's latest execution; JDBC closes the previous ones when it runs again. */
    final NanaResultSet remember(ResultSet raw) throws SQLException {
        currentResults = new NanaResultSet(connection, this, decrypted(raw), labelsOf(resultsOf));
        return currentResults;
    }

    /** The labels of {@code statement}'s results, worked out once while the same plan runs again (a reused statement). */
    private ResultLabels labelsOf(PlannedStatement statement) {
        if (statement != labelledStatement) {
            labelledStatement = statement;
            labels = statement == null ? ResultLabels.NONE : ResultLabels.of(statement.resultTransforms());
        }
        return labels;
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

    /**
     * {@code call}, followed, when the caller asked for generated keys and {@code statement} may insert, by taking
     * its key at once (docs/compatibility.md#generated-keys). Other statements pay nothing for keys.
     */
    final <T> NanaConnection.SqlCall<T> keysIf(boolean generatedKeys, PlannedStatement statement,
                                                NanaConnection.SqlCall<T> call) {
        Insertion insertion = statement.insertion();
        if (!generatedKeys || insertion == null) {
            return call;
        }
        return () -> {
            Object before = connection.keys().before();
            T result = call.call();
            capturedKey = connection.keys().keyInserted(insertion, before);
            keysStamp = KEY_CAPTURED;
            return result;
        };
    }

    /** After a batch or a row-by-row INSERT ... SELECT: SQLite keeps only the last rowid of many inserts. */
    final void ranSeveralInserts() {
        keysStamp = SEVERAL_INSERTS;
    }

    /** The key of the latest execution, computed now unless it was taken then; null when it inserted no row. */
    private Long keyOfLatestExecution() throws SQLException {
        if (keysStamp == KEY_CAPTURED) {
            return capturedKey;
        }
        if (keysStamp == SEVERAL_INSERTS) {
            throw SqlErrors.noKeys("the statement last ran a batch (or an INSERT ... SELECT into encrypted columns),"
                    + " and SQLite keeps only the last of their rowids; insert row by row or use RETURNING");
        }
        if (keysOf == null || keysOf.insertion() == null) {
            return null;
        }
        if (keysStamp != connection.executions()) {
            throw SqlErrors.noKeys("other SQL ran on the connection since this statement's INSERT, so"
                    + " last_insert_rowid() is no longer its own; ask for the keys when executing"
                    + " (Statement.RETURN_GENERATED_KEYS) or use RETURNING");
        }
        if (keysOf.insertion().upsertUpdates()) {
            throw SqlErrors.noKeys("an upsert (ON CONFLICT ... DO UPDATE) that updated a row inserted none, which"
                    + " SQLite does not tell afterwards; ask for the keys when executing"
                    + " (Statement.RETURN_GENERATED_KEYS) or use RETURNING");
        }
        return connection.keys().keyInserted(keysOf.insertion(), null);
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return (int) getLargeUpdateCount();
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        return updateCount >= 0 ? updateCount : connection.translated(rawStatement::getLargeUpdateCount);
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        if (currentResults == null) {
            ResultSet raw = connection.translated(rawStatement::getResultSet);
            if (raw != null) {
                remember(raw);
            }
        }
        return currentResults;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        forgetResults();
        return connection.translated(rawStatement::getMoreResults);
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        forgetResults();
        return connection.translated(() -> rawStatement.getMoreResults(current));
    }

    /**
     * One row holding the rowid the latest execution inserted (column {@code last_insert_rowid()}, as sqlite-jdbc
     * names it), or none; an SQLException (HY010) when that can no longer be told (docs/compatibility.md).
     */
    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        Long key = keyOfLatestExecution();
        return connection.translated(() -> {
            if (keysQuery == null) {
                keysQuery = connection.keys().lendKeysQuery();
            }
            if (key == null) {
                keysQuery.setNull(1, Types.BIGINT);
            } else {
                keysQuery.setLong(1, key);
            }
            keysResults = new NanaResultSet(connection, this, keysQuery.executeQuery());
            return keysResults;
        });
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        connection.translated(() -> {
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
        try {
            return connection.atomically(atomic, () -> {
                long[] counts = new long[entries.size()];
                for (int i = 0; i < counts.length; i++) {
                    try {
                        counts[i] = runBatchEntry(entries.get(i));
                    } catch (SQLException e) {
                        throw BatchFailures.of(errors, e, i, counts.length, counts, atomic);
                    }
                }
                return counts;
            });
        } finally {
            ranSeveralInserts();
        }
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
        return statement.kind().countsChanges() ? Math.max(0, rawStatement.getLargeUpdateCount()) : 0;
    }

    /** How nana runs {@code statement} itself, row by row; null when the backend runs it. */
    private static RowCopy copyOf(PlannedStatement statement) {
        return statement.sealing() == null ? null : statement.sealing().copy();
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        forgetResults();
        connection.translated(() -> {
            if (keysQuery != null) {
                keysResults.close();
                connection.keys().takeBackKeysQuery(keysQuery);
                keysQuery = null;
            }
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
