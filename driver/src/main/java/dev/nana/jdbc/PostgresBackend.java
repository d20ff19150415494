package dev.nana.jdbc;

import dev.nana.rewriter.Insertion;
import dev.nana.rewriter.PlannedStatement;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.postgres.NanaSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.Set;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * A PostgreSQL database through pgjdbc, an optional dependency: it is loaded here, by name, when a
 * {@code jdbc:nana:postgresql:} URL is opened, so SQLite users need not have it. The application still speaks
 * SQLite: results come back as sqlite-jdbc's values ({@link ValueNormaliser}), errors with its states
 * ({@link PostgresErrors}). What needs a SQLite file (key-value store, encryption, application functions, backup)
 * is refused for now (docs/postgresql.md).
 */
final class PostgresBackend implements Backend {
    static final String ARTIFACT = "org.postgresql:postgresql";
    private static final String DRIVER_CLASS = "org.postgresql.Driver";
    /** Read-only is the session's default, so every transaction nana or the application begins obeys it. */
    private static final TransactionSql TRANSACTIONS = new TransactionSql("BEGIN", "BEGIN", "BEGIN", false,
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE");

    /** SQLite's own statements, which PostgreSQL has no counterpart of (yet: docs/postgresql.md). */
    private static final Set<StatementKind> SQLITE_ONLY = Set.of(StatementKind.ATTACH,
            StatementKind.DETACH, StatementKind.BACKUP, StatementKind.RESTORE);

    private final Connection connection;
    private final PostgresTransactions transactions;
    private final KeyTracker keys;
    /** Set once nana's schema was seen committed in this version; then it is not checked again. */
    private boolean schemaCurrent;
    /** changes() and total_changes(), as {@link #changed} counts them. */
    private long changes;
    private long totalChanges;

    private PostgresBackend(Connection connection) throws SQLException {
        this.connection = connection;
        this.transactions = new PostgresTransactions(connection);
        this.keys = new PostgresKeys(connection);
    }

    static PostgresBackend open(ConnectionSettings settings) throws SQLException {
        Connection connection;
        try {
            connection = pgjdbc().connect(settings.backendUrl, settings.backendProperties);
        } catch (SQLException e) {
            throw PostgresErrors.INSTANCE.translate(e);
        }
        if (connection == null) {
            throw new SQLNonTransientConnectionException(SqlErrors.NANA_PREFIX + "pgjdbc did not accept "
                    + settings.backendUrl + " (from " + settings.url + ")", SqlErrors.CANNOT_OPEN);
        }
        try (Statement session = connection.createStatement()) {
            // Blob literals become '\x..' strings (rule blob-literal): with the old escaping they would change.
            session.execute("SET standard_conforming_strings = on");
        } catch (SQLException e) {
            connection.close();
            throw PostgresErrors.INSTANCE.translate(e);
        }
        return new PostgresBackend(connection);
    }

    private static Driver pgjdbc() throws SQLException {
        try {
            return (Driver) Class.forName(DRIVER_CLASS, true, PostgresBackend.class.getClassLoader())
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLNonTransientConnectionException(SqlErrors.NANA_PREFIX + "a jdbc:nana:postgresql: URL needs"
                    + " pgjdbc on the class path: add the Maven artifact " + ARTIFACT + " (42.7 or later)",
                    SqlErrors.CANNOT_OPEN, e);
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public ErrorTranslator errors() {
        return PostgresErrors.INSTANCE;
    }

    @Override
    public Object normalise(Object value) {
        return ValueNormaliser.normalise(value);
    }

    @Override
    public void check(PlannedStatement statement) throws SQLException {
        if (SQLITE_ONLY.contains(statement.kind())) {
            throw new SQLSyntaxErrorException(SqlErrors.NANA_PREFIX + statement.kind() + " is SQLite's own statement"
                    + " and does not run on a PostgreSQL database yet (docs/postgresql.md)", "42000");
        }
    }

    @Override
    public <T> T run(PlannedStatement statement, boolean insideAtomic, NanaConnection.SqlCall<T> call)
            throws SQLException {
        if (NanaSchema.readsChanges(statement.sql())) {
            writeChanges();
        }
        if (!schemaCurrent && NanaSchema.isNeededBy(statement.sql()) && !schemaCommittedAndCurrent()) {
            return transactions.run(statement, insideAtomic, () -> {
                installNanaSchema();
                return call.call();
            });
        }
        return transactions.run(statement, insideAtomic, call);
    }

    /**
     * Whether nana's schema is this version's and committed: asked outside a transaction only, where a schema this
     * connection installed cannot be rolled back any more. Once true, statements that use it pay no round trip.
     */
    private boolean schemaCommittedAndCurrent() throws SQLException {
        if (connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
            return false;
        }
        try (Statement check = connection.createStatement();
             ResultSet current = check.executeQuery(NanaSchema.isCurrent())) {
            schemaCurrent = current.next() && current.getBoolean(1);
        } catch (SQLException e) {
            throw PostgresErrors.INSTANCE.translate(e);
        }
        return schemaCurrent;
    }

    /**
     * Run before a statement that uses it until it is seen committed ({@link #schemaCommittedAndCurrent}): a
     * rolled-back transaction takes the schema with it. When it is there in this version the install is one query of
     * the catalogue, without a lock.
     */
    private void installNanaSchema() throws SQLException {
        try (Statement install = connection.createStatement()) {
            install.execute(NanaSchema.install());
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
                throw new SQLSyntaxErrorException(SqlErrors.NANA_PREFIX + "this statement needs nana's schema nana"
                        + " (its trigger functions and catalogue views), which this user may not create (" + e.getMessage()
                        + "): create it once as a user who may (docs/postgresql.md)", e.getSQLState(), e);
            }
            throw PostgresErrors.INSTANCE.translate(e);
        }
    }

    @Override
    public TransactionSql transactions() {
        return TRANSACTIONS;
    }

    /** The server orders its writers with row locks: nothing to queue in the JVM. */
    @Override
    public WriteGate writeGate() {
        return null;
    }

    @Override
    public boolean openedReadOnly() {
        return false;
    }

    /** sqlite-jdbc's default unit, milliseconds: dateStorage=sqlite-jdbc reads integers as it would. */
    @Override
    public long dateMultiplier() {
        return 1;
    }

    @Override
    public KeyTracker keys() {
        return keys;
    }

    @Override
    public boolean needsChangeCounts() {
        return true;
    }

    @Override
    public void changed(long latest, long all) {
        changes = latest;
        totalChanges += all;
    }

    /** Writes the counts into the settings that rule {@code changes} reads, before a statement that reads them. */
    private void writeChanges() throws SQLException {
        try (PreparedStatement write = connection.prepareStatement("SELECT set_config('" + NanaSchema.CHANGES
                + "', ?, false), set_config('" + NanaSchema.TOTAL_CHANGES + "', ?, false)")) {
            write.setString(1, Long.toString(changes));
            write.setString(2, Long.toString(totalChanges));
            write.execute();
        } catch (SQLException e) {
            throw PostgresErrors.INSTANCE.translate(e);
        }
    }

    @Override
    public void createFunction(String name, int argumentCount, boolean deterministic, SqlFunction function)
            throws SQLException {
        require("application functions (createFunction, applicationFunctions)");
    }

    @Override
    public void backup(Path target) throws SQLException {
        require("backup");
    }

    @Override
    public void restore(Path source) throws SQLException {
        require("restore");
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Abort gives the connection up: its socket is closed at once rather than the server asked to cancel. */
    @Override
    public void interrupt() throws SQLException {
        connection.abort(Runnable::run);
    }

    @Override
    public void require(String feature) throws SQLException {
        throw new SQLFeatureNotSupportedException(SqlErrors.NANA_PREFIX + feature + " is not available on a"
                + " PostgreSQL database yet: it needs a SQLite one (docs/postgresql.md)", SqlErrors.NOT_SUPPORTED);
    }
}
