package dev.nana.jdbc;

import java.sql.Clob;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * Rows from the backend. Belongs to the nana statement that produced it; reads dates and times from the text
 * nana stores, epoch integers and Julian days (docs/types.md).
 */
public final class NanaResultSet extends DelegatingResultSet {
    private final NanaConnection connection;
    private final Statement owner;
    private final TimeValues times;
    private final ResultLabels labels;
    /** Tracked here: sqlite-jdbc's next() after close() quietly answers false. */
    private boolean closed;

    /** @param owner the nana statement, or null for metadata results (JDBC allows getStatement() to be null then) */
    NanaResultSet(NanaConnection connection, Statement owner, ResultSet rawResultSet) {
        this(connection, owner, rawResultSet, ResultLabels.NONE);
    }

    NanaResultSet(NanaConnection connection, Statement owner, ResultSet rawResultSet, ResultLabels labels) {
        super(rawResultSet, connection.errors);
        this.connection = connection;
        this.owner = owner;
        this.labels = labels;
        this.times = owner instanceof NanaStatement statement ? statement.connection.timeValues() : TimeValues.DEFAULT;
    }

    /** sqlite-jdbc's result set metadata is the raw result set itself. */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return labels.applyTo(Unwrapping.hidden(ResultSetMetaData.class, super.getMetaData(),
                connection.backendUnwrap(), errors));
    }

    /** SQLite's labels first ({@link ResultLabels}), then the backend's. */
    @Override
    public int findColumn(String columnLabel) throws SQLException {
        int labelled = columnLabel == null ? 0 : labels.find(columnLabel);
        return labelled > 0 ? labelled : super.findColumn(columnLabel);
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        return Unwrapping.hidden(Clob.class, super.getClob(columnIndex), connection.backendUnwrap(), errors);
    }

    @Override
    public Clob getClob(String columnLabel) throws SQLException {
        return getClob(findColumn(columnLabel));
    }

    @Override
    public boolean next() throws SQLException {
        if (closed) {
            throw SqlErrors.closed("result set");
        }
        return connection.translated(rawResultSet::next);
    }

    @Override
    public Statement getStatement() {
        return owner;
    }

    /** As sqlite-jdbc gives it, whatever the backend's driver gave. */
    @Override
    public Object getObject(int columnIndex) throws SQLException {
        return connection.normalise(super.getObject(columnIndex));
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (TimeValues.isTimeType(type) || TimeValues.isSqlTimeType(type) && !times.sqliteJdbcStorage()) {
            return times.fromStorage(getObject(columnIndex), type);
        }
        return super.getObject(columnIndex, type);
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        return getTimestamp(columnIndex, null);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        return getTimestamp(findColumn(columnLabel), null);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar calendar) throws SQLException {
        return timeValue(columnIndex, Timestamp.class, calendar,
                () -> calendar == null ? super.getTimestamp(columnIndex) : super.getTimestamp(columnIndex, calendar));
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar calendar) throws SQLException {
        return getTimestamp(findColumn(columnLabel), calendar);
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        return getDate(columnIndex, null);
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        return getDate(findColumn(columnLabel), null);
    }

    @Override
    public Date getDate(int columnIndex, Calendar calendar) throws SQLException {
        return timeValue(columnIndex, Date.class, calendar,
                () -> calendar == null ? super.getDate(columnIndex) : super.getDate(columnIndex, calendar));
    }

    @Override
    public Date getDate(String columnLabel, Calendar calendar) throws SQLException {
        return getDate(findColumn(columnLabel), calendar);
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        return getTime(columnIndex, null);
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        return getTime(findColumn(columnLabel), null);
    }

    @Override
    public Time getTime(int columnIndex, Calendar calendar) throws SQLException {
        return timeValue(columnIndex, Time.class, calendar,
                () -> calendar == null ? super.getTime(columnIndex) : super.getTime(columnIndex, calendar));
    }

    @Override
    public Time getTime(String columnLabel, Calendar calendar) throws SQLException {
        return getTime(findColumn(columnLabel), calendar);
    }

    /** A null calendar is the same as none; with dateStorage=sqlite-jdbc, sqlite-jdbc reads the value. */
    private <T> T timeValue(int columnIndex, Class<T> type, Calendar calendar, NanaConnection.SqlCall<T> sqliteJdbc)
            throws SQLException {
        return times.sqliteJdbcStorage() ? sqliteJdbc.call()
                : times.fromStorage(getObject(columnIndex), type, calendar);
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        connection.translated(() -> {
            rawResultSet.close();
            return null;
        });
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Unwrapping.unwrap(this, rawResultSet, connection.backendUnwrap(), type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Unwrapping.isWrapperFor(this, rawResultSet, connection.backendUnwrap(), type);
    }
}
