package dev.nana.jdbc;

import dev.nana.rewriter.Plan;
import dev.nana.rewriter.StatementKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLType;
import java.util.Arrays;

/**
 * A prepared statement: its one statement was checked when it was prepared, so executing it costs nothing extra.
 * java.time values are bound as SQLite's own date-time text (docs/types.md).
 */
public final class NanaPreparedStatement extends DelegatingPreparedStatement {
    private final Plan plan;
    private final StatementKind kind;
    private int batchSize;

    NanaPreparedStatement(NanaConnection connection, PreparedStatement rawPreparedStatement, Plan plan) {
        super(connection, rawPreparedStatement);
        this.plan = plan;
        this.kind = plan.statements().get(0).kind();
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        forgetResults();
        return remember(guarded(kind, rawPreparedStatement::executeQuery));
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) executeLargeUpdate();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        forgetResults();
        return guarded(kind, rawPreparedStatement::executeLargeUpdate);
    }

    @Override
    public boolean execute() throws SQLException {
        forgetResults();
        return guarded(kind, rawPreparedStatement::execute);
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        NanaConnection.translated(() -> {
            rawPreparedStatement.addBatch();
            return null;
        });
        batchSize++;
    }

    @Override
    public void clearBatch() throws SQLException {
        NanaConnection.translated(() -> {
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
        return connection.atomically(atomic, () -> {
            try {
                return guarded(kind, rawPreparedStatement::executeLargeBatch);
            } catch (SQLException e) {
                throw BatchFailures.of(e, -1, size, new long[0], atomic);
            }
        });
    }

    @Override
    public void setObject(int parameterIndex, Object value) throws SQLException {
        super.setObject(parameterIndex, TimeValues.toStorage(value));
    }

    @Override
    public void setObject(int parameterIndex, Object value, int targetSqlType) throws SQLException {
        super.setObject(parameterIndex, TimeValues.toStorage(value), targetSqlType);
    }

    @Override
    public void setObject(int parameterIndex, Object value, int targetSqlType, int scaleOrLength)
            throws SQLException {
        super.setObject(parameterIndex, TimeValues.toStorage(value), targetSqlType, scaleOrLength);
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
