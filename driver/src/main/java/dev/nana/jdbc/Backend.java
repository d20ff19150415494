package dev.nana.jdbc;

import dev.nana.rewriter.PlannedStatement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database under one {@link NanaConnection}: what differs between SQLite and PostgreSQL, and nothing else.
 * Chosen by {@link ConnectionSettings#openBackend} from the URL. The connection, its statements and result sets run
 * everything on {@link #connection()} and ask this object only where the databases differ.
 */
interface Backend {
    /** The backend driver's connection, opened and hardened; what {@code unwrap} hands out when allowed. */
    Connection connection();

    /** How the backend's errors become the SQLStates sqlite-jdbc users get. */
    ErrorTranslator errors();

    /** A result value as sqlite-jdbc's getObject gives it ({@link ValueNormaliser}). */
    Object normalise(Object value) throws SQLException;

    /** Refuses, with class 42, a statement this backend cannot run; asked for every statement before any runs. */
    void check(PlannedStatement statement) throws SQLException;

    /**
     * Runs one of the application's statements with SQLite's transaction rules: a failing statement undoes itself
     * and leaves the transaction open. {@code insideAtomic}: nana already makes the script or batch that holds it
     * all or nothing.
     */
    <T> T run(PlannedStatement statement, boolean insideAtomic, NanaConnection.SqlCall<T> call) throws SQLException;

    /** The SQL of the transactions nana runs itself. */
    TransactionSql transactions();

    /** The JVM-wide turn of this database's writers, or null where the database orders them itself. */
    WriteGate writeGate();

    /** Opened so that it can never write, whatever setReadOnly says. */
    boolean openedReadOnly() throws SQLException;

    /** The unit of integer dates sqlite-jdbc reads and writes (docs/types.md): 1 for seconds, 1000 for millis. */
    long dateMultiplier();

    /** last_insert_rowid() and changes(), for getGeneratedKeys. */
    KeyTracker keys();

    /** Whether nana counts the rows of changes() and total_changes() ({@link #changed}): the database does not. */
    default boolean needsChangeCounts() {
        return false;
    }

    /** The INSERT, UPDATE or DELETE that just ran changed {@code latest} rows ({@code all} over a batch's entries). */
    default void changed(long latest, long all) {
    }

    /** Registers an application function whose name nana has checked against the policy. */
    void createFunction(String name, int argumentCount, boolean deterministic, SqlFunction function)
            throws SQLException;

    void backup(Path target) throws SQLException;

    /** Replaces the database with {@code source}; the caller holds the write turn and no transaction. */
    void restore(Path source) throws SQLException;

    /** Closes {@link #connection()} and releases what this backend holds for it. */
    void close() throws SQLException;

    /** Ends what runs on the connection now, from another thread (Connection.abort). */
    void interrupt() throws SQLException;

    /**
     * Throws unless this backend has {@code feature} (the key-value store, encrypted columns): with an SQLState of
     * class HY, since the connection stays healthy and the SQL was not at fault.
     */
    void require(String feature) throws SQLException;
}
