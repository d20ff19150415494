package dev.nana.jdbc;

import dev.nana.kv.FileCaches;
import dev.nana.kv.KvHost;
import dev.nana.kv.KvNamespaces;
import dev.nana.kv.KvOptions;
import dev.nana.kv.KvRekey;
import dev.nana.kv.KvStore;
import dev.nana.kv.crypto.ColumnRekey;
import dev.nana.rewriter.ColumnSealing;
import dev.nana.rewriter.EncryptedColumn;
import dev.nana.rewriter.EncryptedColumns;
import dev.nana.rewriter.KvAccess;
import dev.nana.rewriter.Plan;
import dev.nana.rewriter.PlannedStatement;
import dev.nana.rewriter.PolicyConfig;
import dev.nana.rewriter.RejectedSqlException;
import dev.nana.rewriter.RowCopy;
import dev.nana.rewriter.SqlPipeline;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * A connection to one database through nana. Every statement of every kind passes {@link SqlPipeline} before the
 * backend sees it; what differs between databases is the {@link Backend}'s. {@code unwrap(NanaConnection.class)}
 * reaches nana's own API; unwrapping to the backend driver's class ({@code org.sqlite.SQLiteConnection},
 * {@code org.postgresql.PGConnection}) hands out its raw connection, which bypasses the policy, unless
 * {@code allowBackendUnwrap=false}.
 */
public final class NanaConnection extends DelegatingConnection implements KvHost {
    private static final String ATOMIC_SAVEPOINT = "nana_atomic";
    private static final String KEY_VALUE_STORE = "the key-value store";
    /** Names of nana's own SQL functions ({@link SqliteJsonFunction}); application functions may not take them. */
    private static final String RESERVED_FUNCTION_PREFIX = "nana_";

    private final Backend backend;
    private final SqlPipeline pipeline;
    private final String url;
    private final TransactionSql transactions;
    /** Null where the backend orders writers itself. */
    private final WriteGate writeGate;
    private final int busyTimeoutMillis;
    /** {@link NanaProperty#ALLOW_BACKEND_UNWRAP}: whether the backend driver's objects may be handed out. */
    private final boolean backendUnwrap;
    /** The backend was opened so that it can never write. */
    private final boolean openedReadOnly;
    private volatile int networkTimeoutMillis;
    /**
     * nana, not sqlite-jdbc, runs transactions: sqlite-jdbc begins the next one as soon as the last ends, which
     * with IMMEDIATE would hold the write lock while a connection sits idle in a pool. nana begins at the first
     * statement instead, so a lock is held only while a transaction does work.
     */
    private boolean autoCommit = true;
    private boolean transactionOpen;
    private boolean readOnly;
    private boolean holdsWriteGate;
    private int savepointCounter;
    /** Inside {@link #atomically}: a nested call (a row-by-row INSERT ... SELECT in a script) adds no transaction. */
    private boolean insideAtomic;
    /** Stores handed out by {@link #kv(String)}, by lower-case namespace; closed with the connection. */
    private final Map<String, KvStore> kvStores = new HashMap<>();
    private final List<KvHost.Listener> kvListeners = new CopyOnWriteArrayList<>();
    /** Namespaces whose table is known to exist; forgotten on rollback, which may undo a creation. */
    private final Set<String> kvTablesCreated = new HashSet<>();
    private final Encryption encryption;
    /** See {@link #countExecution}. */
    private long executions;

    private final TimeValues timeValues;
    /** Null for in-memory databases. */
    private final FileCaches fileCaches;
    /** {@link NanaProperty#KV_CHANGE_CHECK}. */
    private final Duration kvChangeCheck;
    /** What stores wrote in the open transaction, to tell the file's other stores once it ends. */
    private final List<Runnable> kvAnnouncements = new ArrayList<>();

    private NanaConnection(Backend backend, SqlPipeline pipeline, String url, int busyTimeoutMillis,
                           boolean backendUnwrap, Encryption encryption, TimeValues timeValues,
                           Duration kvChangeCheck) throws SQLException {
        super(backend.connection(), backend.errors());
        this.backend = backend;
        this.kvChangeCheck = kvChangeCheck;
        this.writeGate = backend.writeGate();
        this.fileCaches = writeGate == null ? null : FileCaches.of(writeGate.file());
        this.backendUnwrap = backendUnwrap;
        this.openedReadOnly = backend.openedReadOnly();
        this.readOnly = openedReadOnly;
        this.encryption = encryption;
        this.timeValues = timeValues;
        this.pipeline = pipeline;
        this.url = url;
        this.transactions = backend.transactions();
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    /** Every setting is read, and so checked, before the database file is touched. */
    static NanaConnection open(ConnectionSettings settings) throws SQLException {
        SqlPipeline pipeline;
        EncryptedColumns encryptedColumns = settings.encryptedColumns();
        try {
            pipeline = SqlPipeline.shared(settings.policy(), settings.kvSchema(), settings.planCacheSize(),
                    encryptedColumns, settings.target());
        } catch (IllegalArgumentException e) {
            throw new SQLException(SqlErrors.NANA_PREFIX + e.getMessage(), SqlErrors.INVALID_PROPERTY);
        }
        int busyTimeoutMillis = settings.busyTimeoutMillis();
        boolean backendUnwrap = settings.backendUnwrap();
        List<ApplicationFunctions> applicationFunctions = settings.applicationFunctions();
        Duration kvChangeCheck = settings.kvChangeCheck();
        Encryption checked = Encryption.of(settings.nanaProperties, Encryption.BEFORE_OPENING, encryptedColumns);
        TimeValues timeValues = settings.timeValues();
        Backend backend = settings.openBackend(pipeline.policy().effectiveForbiddenFunctions());
        Connection raw = backend.connection();
        Encryption encryption = checked;
        try {
            if (checked.enabled()) {
                backend.require("encryption (encryptionKey, encryptionPassword, encryptColumns)");
            }
            if (Encryption.derivesFromPassword(settings.nanaProperties)) {
                encryption = Encryption.of(settings.nanaProperties,
                        password -> PasswordKey.derive(raw, password), encryptedColumns);
            }
        } catch (SQLException | RuntimeException e) {
            backend.close();
            throw e;
        }
        NanaConnection connection = new NanaConnection(backend, pipeline, settings.url, busyTimeoutMillis,
                backendUnwrap, encryption, timeValues.withIntegerUnit(backend.dateMultiplier()), kvChangeCheck);
        try {
            for (ApplicationFunctions functions : applicationFunctions) {
                functions.registerOn(connection);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    String url() {
        return url;
    }

    /** How this connection stores and reads dates and times (docs/types.md). */
    TimeValues timeValues() {
        return timeValues;
    }

    /** The plan of a plain Statement's SQL, which is usually run once: see {@link SqlPipeline#planOnce}. */
    Plan plan(String sql) throws SQLException {
        Plan plan;
        try {
            plan = pipeline.planOnce(sql);
        } catch (RejectedSqlException e) {
            throw SqlErrors.rejected(e);
        }
        return checked(plan);
    }

    /** The backend's word on every statement of the plan, before any of them runs. */
    private Plan checked(Plan plan) throws SQLException {
        for (PlannedStatement statement : plan.statements()) {
            backend.check(statement);
        }
        return plan;
    }

    /** The (cached) plan of a prepared statement's SQL, which must hold exactly one statement. */
    private Plan planOne(String sql) throws SQLException {
        Plan plan;
        try {
            plan = pipeline.plan(sql);
        } catch (RejectedSqlException e) {
            throw SqlErrors.rejected(e);
        }
        if (plan.statements().size() != 1) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "a prepared statement takes exactly one SQL statement, got "
                    + plan.statements().size() + "; run scripts with Statement.execute", SqlErrors.SYNTAX);
        }
        return checked(plan);
    }

    private void checkOpen() throws SQLException {
        if (rawConnection.isClosed()) {
            throw new SQLNonTransientConnectionException(SqlErrors.NANA_PREFIX + "connection is closed", "08003");
        }
    }

    /** Statement timeouts and the network timeout both end a statement by interrupting it. */
    int networkTimeoutMillis() {
        return networkTimeoutMillis;
    }

    /** Opens the transaction of a connection in manual-commit mode before its first statement. */
    void beginIfNeeded() throws SQLException {
        if (!autoCommit && !transactionOpen) {
            if (!readOnly && transactions.beginLocks()) {
                enterWriteGate();
            }
            try {
                exec(readOnly ? transactions.beginReading() : transactions.begin());
            } catch (SQLException e) {
                leaveWriteGate();
                throw e;
            }
            transactionOpen = true;
        }
    }

    /**
     * Runs a statement in autocommit mode, after its turn at the write gate when it writes. In a transaction the
     * gate, if any, was taken when the transaction began.
     */
    <T> T write(boolean writes, SqlCall<T> call) throws SQLException {
        if (!needsWriteTurn(writes)) {
            return call.call();
        }
        enterWriteGate();
        try {
            return call.call();
        } finally {
            leaveWriteGate();
        }
    }

    /** Runs one of the application's statements with SQLite's transaction rules ({@link Backend#run}). */
    <T> T runStatement(PlannedStatement statement, SqlCall<T> call) throws SQLException {
        return backend.run(statement, insideAtomic, call);
    }

    /** Called before every statement nana runs on this connection, its own (key-value, row copies) included. */
    long countExecution() {
        return ++executions;
    }

    /** How many statements nana has run: while it has not moved, last_insert_rowid() is the latest one's. */
    long executions() {
        return executions;
    }

    /** Whether nana counts the rows for changes() and total_changes() ({@link Backend#changed}). */
    boolean needsChangeCounts() {
        return backend.needsChangeCounts();
    }

    void changed(long latest, long all) {
        backend.changed(latest, all);
    }

    /** What getGeneratedKeys asks the backend. */
    KeyTracker keys() {
        return backend.keys();
    }

    /** A value of a result as sqlite-jdbc would give it. */
    Object normalise(Object value) throws SQLException {
        return backend.normalise(value);
    }

    boolean needsWriteTurn(boolean writes) {
        return writes && autoCommit && writeGate != null && !holdsWriteGate;
    }

    private void enterWriteGate() throws SQLException {
        if (writeGate != null && !holdsWriteGate) {
            writeGate.acquire(busyTimeoutMillis);
            holdsWriteGate = true;
        }
    }

    private void leaveWriteGate() {
        if (holdsWriteGate) {
            holdsWriteGate = false;
            writeGate.release();
        }
    }

    /**
     * Runs {@code body} so that it either takes full effect or none: in its own IMMEDIATE transaction when in
     * autocommit mode, else under a savepoint of the open transaction.
     */
    <T> T atomically(boolean atomic, SqlCall<T> body) throws SQLException {
        if (!atomic || insideAtomic) { // an enclosing call already makes it all or nothing
            return body.call();
        }
        insideAtomic = true;
        try {
            if (autoCommit) {
                return write(!readOnly, () ->
                        allOrNothing(readOnly ? transactions.beginReading() : transactions.beginAtomic(), body,
                                "COMMIT", "ROLLBACK"));
            }
            beginIfNeeded();
            return allOrNothing("SAVEPOINT " + ATOMIC_SAVEPOINT, body, "RELEASE " + ATOMIC_SAVEPOINT,
                    "ROLLBACK TO " + ATOMIC_SAVEPOINT, "RELEASE " + ATOMIC_SAVEPOINT);
        } finally {
            insideAtomic = false;
        }
    }

    /** {@code start}, then {@code body}, then {@code finish}; if the body fails, {@code undo} instead of finish. */
    private <T> T allOrNothing(String start, SqlCall<T> body, String finish, String... undo) throws SQLException {
        control(start);
        T result;
        try {
            result = body.call();
        } catch (SQLException | RuntimeException e) {
            try {
                for (String sql : undo) {
                    control(sql);
                }
            } catch (SQLException undoFailure) {
                e.addSuppressed(undoFailure);
            }
            throw e;
        }
        control(finish);
        return result;
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return autoCommit;
    }

    /** Switching autocommit on commits the open transaction, as JDBC requires. */
    @Override
    public void setAutoCommit(boolean enabled) throws SQLException {
        checkOpen();
        if (enabled && !autoCommit) {
            endTransaction("COMMIT");
        }
        autoCommit = enabled;
    }

    @Override
    public void commit() throws SQLException {
        checkManualCommit("commit");
        endTransaction("COMMIT");
    }

    @Override
    public void rollback() throws SQLException {
        checkManualCommit("rollback");
        endTransaction("ROLLBACK");
        kvEverythingChanged();
    }

    /** The application may have ended the transaction with its own SQL; the database's word on that is final. */
    private void endTransaction(String sql) throws SQLException {
        if (!transactionOpen) {
            return;
        }
        try {
            control(sql);
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                throw e;
            }
        }
        transactionOpen = false;
        leaveWriteGate();
        announceKvWrites();
    }

    /**
     * Once a transaction ended, the file's other stores hear of what it wrote. After a rollback too: they then
     * forget values that did not change, which costs a read and is never wrong.
     */
    private void announceKvWrites() {
        if (!kvAnnouncements.isEmpty()) {
            List<Runnable> announcements = new ArrayList<>(kvAnnouncements);
            kvAnnouncements.clear();
            announcements.forEach(Runnable::run);
        }
    }

    private void checkManualCommit(String operation) throws SQLException {
        checkOpen();
        if (autoCommit) {
            throw SqlErrors.misuse(operation + " called in autocommit mode");
        }
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return setSavepoint(null);
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        checkManualCommit("setSavepoint");
        beginIfNeeded();
        NanaSavepoint savepoint = new NanaSavepoint(++savepointCounter, name);
        control("SAVEPOINT " + savepoint.identifier());
        return savepoint;
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        checkManualCommit("rollback");
        control("ROLLBACK TO " + NanaSavepoint.of(savepoint).identifier());
        kvEverythingChanged();
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        checkOpen();
        control("RELEASE " + NanaSavepoint.of(savepoint).identifier());
    }

    /**
     * Read-only is enforced by the database (SQLite's PRAGMA query_only), and read-only transactions take no write
     * lock. A connection opened read-only stays so, as in sqlite-jdbc.
     */
    @Override
    public void setReadOnly(boolean enabled) throws SQLException {
        checkOpen();
        if (!enabled && openedReadOnly) {
            throw SqlErrors.misuse("the connection was opened read-only (SQLiteConfig.setReadOnly, open_mode) and"
                    + " cannot write; open another connection to write");
        }
        if (enabled != readOnly) {
            exec(enabled ? transactions.readOnlyOn() : transactions.readOnlyOff());
            readOnly = enabled;
        }
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    /**
     * A transaction statement of nana's own (commit, rollback, savepoints), planned for the backend and run with its
     * transaction rules, as the application's would be: on PostgreSQL the savepoints it makes are then known to the
     * application's SQL, and a commit cannot silently roll back.
     */
    private void control(String sql) throws SQLException {
        PlannedStatement statement = planOne(sql).statements().get(0);
        backend.run(statement, insideAtomic, () -> {
            exec(statement.sql());
            return null;
        });
    }

    private void exec(String sql) throws SQLException {
        try (Statement statement = rawConnection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        return new NanaStatement(this, translated(rawConnection::createStatement));
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkOpen();
        checkCursor(resultSetType, resultSetConcurrency, ResultSet.CLOSE_CURSORS_AT_COMMIT);
        return new NanaStatement(this, translated(() -> rawConnection.createStatement(resultSetType, resultSetConcurrency)));
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        checkOpen();
        checkCursor(resultSetType, resultSetConcurrency, resultSetHoldability);
        return new NanaStatement(this, translated(
                () -> rawConnection.createStatement(resultSetType, resultSetConcurrency, resultSetHoldability)));
    }

    /** SQLite's cursors only go forward, read only, and close at commit; JDBC calls the others optional features. */
    private static void checkCursor(int type, int concurrency, int holdability) throws SQLException {
        if (type != ResultSet.TYPE_FORWARD_ONLY) {
            throw SqlErrors.notSupported("a result set type other than TYPE_FORWARD_ONLY");
        }
        if (concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw SqlErrors.notSupported("a result set concurrency other than CONCUR_READ_ONLY");
        }
        checkHoldability(holdability);
    }

    private static void checkHoldability(int holdability) throws SQLException {
        if (holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
            throw SqlErrors.notSupported("a result set holdability other than CLOSE_CURSORS_AT_COMMIT");
        }
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkHoldability(holdability);
        super.setHoldability(holdability);
    }

    @FunctionalInterface
    private interface RawPrepare {
        PreparedStatement prepare(String sql) throws SQLException;
    }

    /** {@code generatedKeys}: the caller asked for the keys of the statement's inserts. */
    private PreparedStatement prepare(String sql, boolean generatedKeys, RawPrepare raw) throws SQLException {
        checkOpen();
        Plan plan = planOne(sql);
        PlannedStatement statement = plan.statements().get(0);
        if (statement.kv() != null) {
            prepareKv(statement.kv()); // sqlite-jdbc compiles at prepare time, so the tables must exist by now
        }
        String text = statement.sql();
        PreparedStatement prepared = ParameterSpreader.around(translated(() -> raw.prepare(text)),
                statement.parameters(), statement.parameterCount());
        ColumnSealing sealing = statement.sealing();
        if (sealing != null && sealing.copy() != null) {
            RecordedParameters recorded = RecordedParameters.around(prepared);
            return new NanaPreparedStatement(this, recorded.statement(), plan, generatedKeys, recorded);
        }
        if (sealing != null) {
            prepared = ColumnSealer.around(prepared, encryption.columnCipher(), sealing.parameters());
        }
        return new NanaPreparedStatement(this, prepared, plan, generatedKeys, null);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return prepare(sql, false, rawConnection::prepareStatement);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        return prepare(sql, autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS, rawConnection::prepareStatement);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        return prepare(sql, columnIndexes != null, rawConnection::prepareStatement);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        return prepare(sql, columnNames != null, rawConnection::prepareStatement);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        checkCursor(resultSetType, resultSetConcurrency, ResultSet.CLOSE_CURSORS_AT_COMMIT);
        return prepare(sql, false, text -> rawConnection.prepareStatement(text, resultSetType, resultSetConcurrency));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
                                              int resultSetHoldability) throws SQLException {
        checkCursor(resultSetType, resultSetConcurrency, resultSetHoldability);
        return prepare(sql, false,
                text -> rawConnection.prepareStatement(text, resultSetType, resultSetConcurrency, resultSetHoldability));
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        throw noStoredProcedures();
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        throw noStoredProcedures();
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
                                         int resultSetHoldability) throws SQLException {
        throw noStoredProcedures();
    }

    private static SQLException noStoredProcedures() {
        return new SQLFeatureNotSupportedException(SqlErrors.NANA_PREFIX
                + "SQLite has no stored procedures, so prepareCall is not supported; use prepareStatement",
                SqlErrors.NOT_SUPPORTED);
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return plan(sql).statements().stream().map(PlannedStatement::sql).collect(Collectors.joining(";\n"));
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new NanaDatabaseMetaData(this, translated(rawConnection::getMetaData));
    }

    @Override
    public boolean isValid(int timeoutSeconds) throws SQLException {
        if (timeoutSeconds < 0) {
            throw SqlErrors.misuse("isValid timeout must not be negative");
        }
        if (rawConnection.isClosed()) {
            return false;
        }
        try (Statement statement = rawConnection.createStatement()) {
            Watchdog.run(statement, timeoutSeconds * 1000L, errors, () -> statement.execute("SELECT 1"));
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        if (milliseconds < 0) {
            throw SqlErrors.misuse("network timeout must not be negative");
        }
        networkTimeoutMillis = milliseconds;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeoutMillis;
    }

    /** An open transaction is rolled back: closing is not committing. */
    @Override
    public void close() throws SQLException {
        if (rawConnection.isClosed()) {
            return;
        }
        try {
            closeKvStores();
            endTransaction("ROLLBACK");
        } finally {
            leaveWriteGate();
            translated(() -> {
                backend.close();
                return null;
            });
        }
    }

    /** Interrupts what runs now, then closes on {@code executor} (which releases the write gate like close). */
    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw SqlErrors.misuse("abort needs an executor");
        }
        if (rawConnection.isClosed()) {
            return;
        }
        backend.interrupt();
        executor.execute(() -> {
            try {
                close();
            } catch (SQLException ignored) {
                // Aborting gives up on the connection; there is no one left to tell of a failed rollback.
            }
        });
    }

    @Override
    public boolean isClosed() throws SQLException {
        return rawConnection.isClosed();
    }

    boolean backendUnwrap() {
        return backendUnwrap;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Unwrapping.unwrap(this, rawConnection, backendUnwrap, type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Unwrapping.isWrapperFor(this, rawConnection, backendUnwrap, type);
    }

    // ---- application functions (docs/security.md)

    /**
     * Registers a scalar SQL function of the application on this connection, callable from SQL and also from views
     * and triggers (SQLite's SQLITE_INNOCUOUS, which {@code trusted_schema=OFF} lets through): register only
     * functions that are safe whatever their arguments, with no side effects. A name the policy forbids, or one
     * outside the allow-list in allow-list mode, is refused with SQLState 42501, as is nana's own prefix
     * {@code nana_}.
     *
     * @param argumentCount how many arguments it takes, or -1 for any number
     */
    public void createFunction(String name, int argumentCount, SqlFunction function) throws SQLException {
        register(name, argumentCount, false, function);
    }

    /**
     * As {@link #createFunction}, for a function whose result depends on its arguments alone (SQLITE_DETERMINISTIC):
     * SQLite may then use it in CHECK constraints, indexes on expressions and generated columns.
     */
    public void createDeterministicFunction(String name, int argumentCount, SqlFunction function)
            throws SQLException {
        register(name, argumentCount, true, function);
    }

    private void register(String name, int argumentCount, boolean deterministic, SqlFunction function)
            throws SQLException {
        checkOpen();
        if (name == null || name.isBlank() || function == null) {
            throw SqlErrors.misuse("createFunction needs a name and a function");
        }
        String folded = asciiLowerCase(name);
        PolicyConfig policy = pipeline.policy();
        String refusal = policy.effectiveForbiddenFunctions().contains(folded) ? "is forbidden by policy"
                : policy.allowedFunctions() != null && !policy.allowedFunctions().contains(folded)
                ? "is not in the allowed list"
                : folded.startsWith(RESERVED_FUNCTION_PREFIX) ? "is reserved for nana's own functions" : null;
        if (refusal != null) {
            throw new SQLSyntaxErrorException(SqlErrors.NANA_PREFIX + "function " + folded + " " + refusal
                    + " and cannot be registered", SqlErrors.POLICY);
        }
        backend.createFunction(name, argumentCount, deterministic, function);
    }

    /** SQLite folds the case of ASCII letters only; so does the policy. */
    private static String asciiLowerCase(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    // ---- key-value stores (docs/kv.md)

    /** The key-value store of the default namespace {@code data}. */
    public KvStore kv() throws SQLException {
        return kv("data");
    }

    /**
     * This connection's key-value store of {@code namespace} (created on first use, again after the caller closed
     * it, and closed with the connection):
     * its writes join the connection's transaction, and its cache follows SQL writes to {@code kv.<namespace>} and
     * rollbacks on this connection.
     */
    public KvStore kv(String namespace) throws SQLException {
        checkOpen();
        backend.require(KEY_VALUE_STORE);
        String key = namespace == null ? null : namespace.toLowerCase(Locale.ROOT);
        KvStore store = key == null ? null : kvStores.get(key);
        if (store == null || store.isClosed()) {
            store = KvStore.open(this, namespace);
            kvStores.put(key, store);
        }
        return store;
    }

    /**
     * A new store of {@code namespace} on this connection with its own options; the caller closes it. The
     * connection's encryption applies unless the options bring a cipher of their own ({@link #configure}).
     */
    public KvStore kv(String namespace, KvOptions options) throws SQLException {
        checkOpen();
        backend.require(KEY_VALUE_STORE);
        return KvStore.open(this, namespace, options);
    }

    private void closeKvStores() throws SQLException {
        SQLException failure = null;
        for (KvStore store : kvStores.values()) {
            try {
                store.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        kvStores.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Re-seals every key-value value ({@link KvRekey}) and every value of an encrypted column ({@link ColumnRekey})
     * of this database under the primary key and the mode of this connection's encryption, batch by batch: key
     * rotation, a change of cipher, or sealing a plaintext database. {@code nana rekey} runs this. Stores on this
     * connection drop their caches afterwards.
     */
    public long rekey(int batchSize, KvRekey.Progress progress) throws SQLException {
        checkOpen();
        if (!encryption.enabled()) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "rekey needs a key: set encryptionKey, encryptionKeyFile,"
                    + " encryptionKeyEnv or encryptionPassword", SqlErrors.INVALID_PROPERTY);
        }
        checkNoTransaction("rekey");
        long total;
        try {
            total = KvRekey.run(this, encryption.cipher(), batchSize, progress);
        } finally {
            kvFileReplaced();
        }
        if (encryption.encryptsColumns()) {
            List<ColumnRekey.Target> targets = new ArrayList<>();
            for (EncryptedColumn column : encryption.columns().all()) {
                targets.add(new ColumnRekey.Target(column.table(), column.column(), column.domain()));
            }
            // On the backend's connection: through nana, its reads would be decrypted and its writes sealed again.
            total += ColumnRekey.run(rawConnection, encryption.columnCipher(), targets, batchSize, progress::batchCommitted);
        }
        return total;
    }

    /**
     * Every store on this connection, however opened, seals its values when the properties give a key, and looks for
     * other processes' commits as {@link NanaProperty#KV_CHANGE_CHECK} says unless its options say otherwise.
     */
    @Override
    public KvOptions configure(KvOptions options) {
        KvOptions checked = options.changeCheck() == null ? options.withChangeCheck(kvChangeCheck) : options;
        return encryption.applyTo(checked);
    }

    @Override
    public FileCaches fileCaches() {
        return fileCaches;
    }

    /** A write in autocommit mode has committed when its statement returns. */
    @Override
    public void afterCommit(Runnable announcement) {
        if (autoCommit && !transactionOpen) {
            announcement.run();
        } else {
            kvAnnouncements.add(announcement);
        }
    }

    @Override
    public void addListener(KvHost.Listener listener) {
        kvListeners.add(listener);
    }

    @Override
    public void removeListener(KvHost.Listener listener) {
        kvListeners.remove(listener);
    }

    /**
     * The columns of a result to decrypt (see {@link ColumnOpener#columnsOf}); null when there are none, always
     * without encrypted columns configured, so other connections pay nothing.
     */
    EncryptedColumn[] encryptedColumnsOf(ResultSet raw, ColumnSealing sealing) throws SQLException {
        return encryption.encryptsColumns()
                ? ColumnOpener.columnsOf(raw.getMetaData(), encryption.columns(), sealing) : null;
    }

    ResultSet decrypting(ResultSet raw, EncryptedColumn[] columns) {
        return ColumnOpener.around(raw, encryption.columnCipher(), columns);
    }

    /**
     * Runs an INSERT ... SELECT row by row ({@link RowCopy}), all or nothing: its SELECT with {@code parameters}
     * bound (results decrypted), every row read before the first is written (so rows it inserts are never selected
     * again), then its INSERT per row (values sealed). Returns the rows inserted.
     */
    long copyRows(RowCopy copy, Map<Integer, RecordedParameters.Call> parameters) throws SQLException {
        return atomically(true, () -> {
            List<Object[]> rows = new ArrayList<>();
            int width;
            try (PreparedStatement select = prepareStatement(copy.select())) {
                RecordedParameters.bind(parameters, select);
                try (ResultSet results = select.executeQuery()) {
                    width = results.getMetaData().getColumnCount();
                    while (results.next()) {
                        Object[] row = new Object[width];
                        for (int i = 0; i < width; i++) {
                            row[i] = results.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
            }
            long inserted = 0;
            try (PreparedStatement insert = prepareStatement(copy.insert())) {
                int columns = insert.getParameterMetaData().getParameterCount();
                if (width != columns) {
                    throw new SQLException(SqlErrors.NANA_PREFIX + "INSERT ... SELECT gives " + width
                            + " values for " + columns + " columns", "21S01");
                }
                for (Object[] row : rows) {
                    for (int i = 0; i < width; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    inserted += insert.executeLargeUpdate();
                }
            }
            return inserted;
        });
    }

    /** Before a statement that names namespaces runs: their tables exist (as NanaSQLite creates them on open). */
    void prepareKv(KvAccess access) throws SQLException {
        backend.require(KEY_VALUE_STORE);
        if (encryption.enabled()) {
            throw new SQLSyntaxErrorException(SqlErrors.NANA_PREFIX + "key-value namespaces " + access.namespaces()
                    + " are encrypted on this connection, and SQL on kv.<namespace> would read and write sealed bytes:"
                    + " use the key-value API (NanaConnection.kv)", SqlErrors.POLICY);
        }
        for (String namespace : access.namespaces()) {
            if (kvTablesCreated.add(namespace.toLowerCase(Locale.ROOT))) {
                try {
                    KvNamespaces.create(this, namespace);
                } catch (SQLException e) {
                    kvTablesCreated.remove(namespace.toLowerCase(Locale.ROOT));
                    throw e;
                }
            }
        }
    }

    /** After a statement that wrote namespaces, or any rollback: stores on this connection drop what may be stale. */
    void kvChanged(Set<String> namespaces) {
        for (KvHost.Listener listener : kvListeners) {
            listener.namespacesChanged(namespaces);
        }
        if (fileCaches != null) {
            afterCommit(() -> fileCaches.committed(namespaces));
        }
    }

    void kvEverythingChanged() {
        kvTablesCreated.clear();
        for (KvHost.Listener listener : kvListeners) {
            listener.everythingChanged();
        }
    }

    /** A restore or rekey replaced values of the whole file: every store on it forgets its cache. */
    private void kvFileReplaced() {
        kvEverythingChanged();
        if (fileCaches != null) {
            fileCaches.committedEverything();
        }
    }

    /** Refused inside a transaction: SQLite cannot copy a database its own connection is writing. */
    @Override
    public void backup(Path target) throws SQLException {
        checkOpen();
        checkNoTransaction("backup");
        backend.backup(target);
    }

    /** Waits for the write turn like any writer, and refuses to run inside a transaction it would tear apart. */
    @Override
    public void restore(Path source) throws SQLException {
        checkOpen();
        checkNoTransaction("restore");
        write(true, () -> {
            backend.restore(source);
            return null;
        });
        kvFileReplaced();
    }

    private void checkNoTransaction(String operation) throws SQLException {
        if (transactionOpen) {
            throw new SQLException(SqlErrors.NANA_PREFIX + operation + " cannot run inside a transaction: commit or"
                    + " roll back first", "25001");
        }
    }

    /** Runs {@code call} on the backend, its failure translated. */
    <T> T translated(SqlCall<T> call) throws SQLException {
        return errors.translated(call);
    }

    /**
     * The name of the database server or engine nana runs on ({@code SQLite}, {@code PostgreSQL}): the standard
     * {@code DatabaseMetaData.getDatabaseProductName()} always says {@code SQLite}, the dialect nana speaks.
     */
    public String backendProductName() throws SQLException {
        checkOpen();
        return translated(() -> rawConnection.getMetaData().getDatabaseProductName());
    }

    /** The version of the backend named by {@link #backendProductName()}, as its driver reports it. */
    public String backendVersion() throws SQLException {
        checkOpen();
        return translated(() -> rawConnection.getMetaData().getDatabaseProductVersion());
    }

    @FunctionalInterface
    interface SqlCall<T> {
        T call() throws SQLException;
    }
}
