package dev.nana.jdbc;

import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/** Rows from the backend. Belongs to the nana statement that produced it; reads java.time types (docs/types.md). */
public final class NanaResultSet extends DelegatingResultSet {
    private final NanaConnection connection;
    private final Statement owner;
    /** Tracked here: sqlite-jdbc's next() after close() quietly answers false. */
    private boolean closed;

    /** @param owner the nana statement, or null for metadata results (JDBC allows getStatement() to be null then) */
    NanaResultSet(NanaConnection connection, Statement owner, ResultSet rawResultSet) {
        super(rawResultSet);
        this.connection = connection;
        this.owner = owner;
    }

    /** sqlite-jdbc's result set metadata is the raw result set itself. */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return Unwrapping.hidden(ResultSetMetaData.class, super.getMetaData(), connection.backendUnwrap());
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        return Unwrapping.hidden(Clob.class, super.getClob(columnIndex), connection.backendUnwrap());
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
        return NanaConnection.translated(rawResultSet::next);
    }

    @Override
    public Statement getStatement() {
        return owner;
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (TimeValues.isTimeType(type)) {
            return TimeValues.fromStorage(getObject(columnIndex), type);
        }
        return super.getObject(columnIndex, type);
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        NanaConnection.translated(() -> {
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
