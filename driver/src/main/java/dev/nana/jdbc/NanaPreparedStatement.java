package dev.nana.jdbc;

import dev.nana.kv.KvCodec;
import dev.nana.rewriter.EncryptedColumn;
import dev.nana.rewriter.Plan;
import dev.nana.rewriter.PlannedStatement;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Map;

/**
 * A prepared statement: its one statement was checked when it was prepared, so executing it costs nothing extra.
 * Dates and times are bound as SQLite's own date-time text, whichever setter binds them (docs/types.md).
 */
public final class NanaPreparedStatement extends DelegatingPreparedStatement {
    private final Plan plan;
    private final PlannedStatement planned;
    /** Parameters bound to a key-value namespace's value column: Java values there are stored as JSON. */
    private final BitSet jsonParameters;
    private int batchSize;
    /** Asked for when prepared: inserts then take their keys at once (NanaStatement#keysIf). */
    private final boolean generatedKeys;
    /** The result columns to decrypt, found at the first execution: a prepared statement's columns do not change. */
    private EncryptedColumn[] resultColumns;
    private boolean resultColumnsKnown;
    /** For an INSERT ... SELECT that runs row by row: the values bound, to bind to its SELECT. Else null. */
    private final RecordedParameters recorded;

    NanaPreparedStatement(NanaConnection connection, PreparedStatement rawPreparedStatement, Plan plan,
                          boolean generatedKeys, RecordedParameters recorded) {
        super(connection, rawPreparedStatement);
        this.recorded = recorded;
        this.generatedKeys = generatedKeys;
        this.plan = plan;
        this.planned = plan.statements().get(0);
        this.jsonParameters = new BitSet();
        if (planned.kv() != null) {
            planned.kv().valueParameters().forEach(jsonParameters::set);
        }
    }

    @Override
    ResultSet decrypted(ResultSet raw) throws SQLException {
        if (!resultColumnsKnown) {
            resultColumns = connection.encryptedColumnsOf(raw, planned.sealing());
            resultColumnsKnown = true;
        }
        return connection.decrypting(raw, resultColumns);
    }

    /** sqlite-jdbc's statement metadata is its result set, and its parameter metadata the raw statement. */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return Unwrapping.hidden(ResultSetMetaData.class, super.getMetaData(), connection.backendUnwrap(), errors);
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        return Unwrapping.hidden(ParameterMetaData.class, super.getParameterMetaData(), connection.backendUnwrap(), errors);
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        forgetResults();
        if (recorded != null) {
            throw SqlErrors.misuse("executeQuery on INSERT ... SELECT, which returns no rows: use executeUpdate");
        }
        return remember(guarded(planned, rawPreparedStatement::executeQuery));
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) executeLargeUpdate();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        forgetResults();
        if (recorded != null) {
            return copyRows(recorded.current());
        }
        long changed = guarded(planned, keysIf(generatedKeys, planned, rawPreparedStatement::executeLargeUpdate));
        long count = planned.kind().countsChanges() ? changed : 0; // sqlite-jdbc says changes() of an earlier one
        rememberUpdateCount(count);
        return count;
    }

    @Override
    public boolean execute() throws SQLException {
        forgetResults();
        if (recorded != null) {
            copyRows(recorded.current());
            return false;
        }
        boolean rows = guarded(planned, keysIf(generatedKeys, planned, rawPreparedStatement::execute));
        if (!rows && !planned.kind().countsChanges()) {
            rememberUpdateCount(0);
        }
        return rows;
    }

    private long copyRows(Map<Integer, RecordedParameters.Call> parameters) throws SQLException {
        checkOpen();
        long inserted = connection.copyRows(planned.sealing().copy(), parameters);
        rememberUpdateCount(inserted);
        ranSeveralInserts();
        return inserted;
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        connection.translated(() -> {
            rawPreparedStatement.addBatch();
            return null;
        });
        batchSize++;
    }

    @Override
    public void clearBatch() throws SQLException {
        connection.translated(() -> {
            rawPreparedStatement.clearBatch();
            return null;
        });
        batchSize = 0;
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return Arrays.stream(executeLargeBatch()).mapToInt(count -> (int) count).toArray();
    }

    /** All-or-nothing: a failing row undoes the rows before it (unless the statement manages transactions). */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        int size = batchSize;
        batchSize = 0;
        boolean atomic = plan.runsAtomically();
        if (recorded != null) {
            ranSeveralInserts(); // before: the rows are copied by other statements, which leave this one's stamp
            var entries = recorded.takeBatch();
            long[] counts = new long[entries.size()];
            return connection.atomically(atomic, () -> {
                for (int i = 0; i < counts.length; i++) {
                    try {
                        counts[i] = connection.copyRows(planned.sealing().copy(), entries.get(i));
                    } catch (SQLException e) {
                        throw BatchFailures.of(errors, e, i, counts.length, counts, atomic);
                    }
                }
                return counts;
            });
        }
        return connection.atomically(atomic, () -> {
            try {
                long[] counts = guarded(planned, rawPreparedStatement::executeLargeBatch);
                if (!planned.kind().countsChanges()) {
                    Arrays.fill(counts, 0);
                }
                return counts;
            } catch (SQLException e) {
                throw BatchFailures.of(errors, e, -1, size, new long[0], atomic);
            } finally {
                ranSeveralInserts();
            }
        });
    }

    @Override
    public void setObject(int parameterIndex, Object value) throws SQLException {
        if (jsonParameters.get(parameterIndex)) {
            bindJson(parameterIndex, value);
        } else {
            super.setObject(parameterIndex, connection.timeValues().toStorage(value));
        }
    }

    @Override
    public void setObject(int parameterIndex, Object value, int targetSqlType) throws SQLException {
        if (jsonParameters.get(parameterIndex)) {
            bindJson(parameterIndex, value);
        } else {
            super.setObject(parameterIndex, connection.timeValues().toStorage(value, targetSqlType), targetSqlType);
        }
    }

    @Override
    public void setObject(int parameterIndex, Object value, int targetSqlType, int scaleOrLength)
            throws SQLException {
        if (jsonParameters.get(parameterIndex)) {
            bindJson(parameterIndex, value);
        } else {
            super.setObject(parameterIndex, connection.timeValues().toStorage(value, targetSqlType), targetSqlType,
                    scaleOrLength);
        }
    }

    @Override
    public void setObject(int parameterIndex, Object value, SQLType targetSqlType) throws SQLException {
        setObject(parameterIndex, value, targetSqlType.getVendorTypeNumber());
    }

    @Override
    public void setObject(int parameterIndex, Object value, SQLType targetSqlType, int scaleOrLength)
            throws SQLException {
        setObject(parameterIndex, value, targetSqlType.getVendorTypeNumber(), scaleOrLength);
    }

    @Override
    public void setDate(int parameterIndex, Date value) throws SQLException {
        setDate(parameterIndex, value, null);
    }

    @Override
    public void setDate(int parameterIndex, Date value, Calendar calendar) throws SQLException {
        bindTime(parameterIndex, value, times -> times.dateText(value, calendar),
                () -> super.setDate(parameterIndex, value, sqliteJdbcCalendar(calendar)));
    }

    @Override
    public void setTime(int parameterIndex, Time value) throws SQLException {
        setTime(parameterIndex, value, null);
    }

    @Override
    public void setTime(int parameterIndex, Time value, Calendar calendar) throws SQLException {
        bindTime(parameterIndex, value, times -> times.timeText(value, calendar),
                () -> super.setTime(parameterIndex, value, sqliteJdbcCalendar(calendar)));
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp value) throws SQLException {
        setTimestamp(parameterIndex, value, null);
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp value, Calendar calendar) throws SQLException {
        bindTime(parameterIndex, value, times -> times.timestampText(value, calendar),
                () -> super.setTimestamp(parameterIndex, value, sqliteJdbcCalendar(calendar)));
    }

    @FunctionalInterface
    private interface TextOf {
        String text(TimeValues times) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlRun {
        void run() throws SQLException;
    }

    /** sqlite-jdbc's setDate, setTime and setTimestamp without a calendar use this one. */
    private static Calendar sqliteJdbcCalendar(Calendar calendar) {
        return calendar == null ? Calendar.getInstance() : calendar;
    }

    /**
     * Dates and times are stored as text (docs/types.md), unless dateStorage leaves them to sqlite-jdbc; NULL is
     * bound as sqlite-jdbc binds it. A null calendar is the same as none.
     */
    private void bindTime(int parameterIndex, Object value, TextOf text, SqlRun sqliteJdbc) throws SQLException {
        TimeValues times = connection.timeValues();
        if (value == null || times.sqliteJdbcStorage()) {
            sqliteJdbc.run();
        } else {
            super.setString(parameterIndex, text.text(times));
        }
    }

    /** A boolean bound to a key-value value is JSON true/false, not SQLite's 1/0. */
    @Override
    public void setBoolean(int parameterIndex, boolean value) throws SQLException {
        if (jsonParameters.get(parameterIndex)) {
            bindJson(parameterIndex, value);
        } else {
            super.setBoolean(parameterIndex, value);
        }
    }

    /** NaN and infinities have no JSON spelling (SQLite would store NULL): refused for a key-value value. */
    @Override
    public void setDouble(int parameterIndex, double value) throws SQLException {
        if (jsonParameters.get(parameterIndex)) {
            bindJson(parameterIndex, value);
        } else {
            super.setDouble(parameterIndex, value);
        }
    }

    @Override
    public void setFloat(int parameterIndex, float value) throws SQLException {
        if (jsonParameters.get(parameterIndex)) {
            bindJson(parameterIndex, value);
        } else {
            super.setFloat(parameterIndex, value);
        }
    }

    /** Bytes bound to a key-value value are stored as the API stores them: a base64 JSON string. */
    @Override
    public void setBytes(int parameterIndex, byte[] value) throws SQLException {
        if (jsonParameters.get(parameterIndex)) {
            bindJson(parameterIndex, value);
        } else {
            super.setBytes(parameterIndex, value);
        }
    }

    /**
     * A value bound to a namespace's value column: text is taken as JSON text (nana_json checks it is strict JSON), any other
     * Java value is serialised with the key-value codec, exactly as {@code KvStore.put} would store it.
     */
    private void bindJson(int parameterIndex, Object value) throws SQLException {
        if (value == null) {
            super.setNull(parameterIndex, Types.VARCHAR);
        } else if (value instanceof String text) {
            super.setString(parameterIndex, text);
        } else {
            super.setString(parameterIndex, KvCodec.standard().encode("?" + parameterIndex, value));
        }
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw sqlOnPrepared();
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw sqlOnPrepared();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw sqlOnPrepared();
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw sqlOnPrepared();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw sqlOnPrepared();
    }

    /** JDBC forbids passing SQL text to a PreparedStatement's execute methods. */
    private static SQLException sqlOnPrepared() {
        return SqlErrors.misuse("a PreparedStatement runs the SQL it was prepared with; use a Statement for other SQL");
    }
}
