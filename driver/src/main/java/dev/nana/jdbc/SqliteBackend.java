package dev.nana.jdbc;

import dev.nana.rewriter.PlannedStatement;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.sqlite.Function;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.Codes;

/**
 * A SQLite database through sqlite-jdbc. Opening hardens the connection: the policy checks the SQL nana is given,
 * and these settings cover what it cannot see, such as a view or trigger in a foreign database file that calls a
 * forbidden function.
 */
final class SqliteBackend implements Backend {
    /** Arities to replace: the built-ins take one or two arguments, -1 catches every other call. */
    private static final int[] REPLACED_ARITIES = {-1, 0, 1, 2, 3};
    /**
     * sqlite-jdbc registers functions as {@code SQLITE_UTF16 | flags}; adding SQLITE_UTF8 (1) makes that
     * SQLITE_ANY, which SQLite registers for every encoding. Without it a UTF-8 function of the connection
     * (fts3_tokenizer, which FTS3 adds at open) would still be preferred over the replacement.
     */
    private static final int EVERY_ENCODING = 1;
    /**
     * SQLITE_INNOCUOUS: SQLite lets views and triggers call the function under {@code trusted_schema=OFF}.
     * sqlite-jdbc hands the flags to sqlite3_create_function_v2 as they are (ApplicationFunctionsTest shows it).
     */
    private static final int INNOCUOUS = 0x200000;
    /** The names of sqlite-jdbc's settings, which a {@code jdbc:nana:} URL for SQLite may carry. */
    static final Set<String> SETTINGS = Arrays.stream(SQLiteConfig.Pragma.values())
            .map(pragma -> pragma.pragmaName).collect(Collectors.toUnmodifiableSet());

    private final SQLiteConnection sqlite;
    private final TransactionSql transactions;
    /** Null for in-memory databases, which no other connection can write. */
    private final WriteGate writeGate;
    /** Null for in-memory databases. */
    private final Path databaseFile;
    private final KeyTracker keys;
    /** Null unless the connection writes a file in WAL mode. */
    private final WalCheckpointer checkpointer;

    private SqliteBackend(SQLiteConnection sqlite, String transactionMode, Path databaseFile, WriteGate writeGate,
            WalCheckpointer checkpointer) {
        this.sqlite = sqlite;
        this.databaseFile = databaseFile;
        this.writeGate = writeGate;
        this.checkpointer = checkpointer;
        this.keys = new SqliteKeys(sqlite);
        this.transactions = new TransactionSql("BEGIN " + transactionMode, "BEGIN DEFERRED", "BEGIN IMMEDIATE",
                !transactionMode.equals("DEFERRED"), "PRAGMA query_only = ON", "PRAGMA query_only = OFF");
    }

    static SqliteBackend open(ConnectionSettings settings, Set<String> forbiddenFunctions) throws SQLException {
        String transactionMode = settings.transactionMode();
        SQLiteConnection connection;
        try {
            connection = JDBC.createConnection(settings.backendUrl, settings.backendProperties);
        } catch (SQLException e) {
            throw SqliteErrors.INSTANCE.translate(e);
        }
        if (connection == null) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "sqlite-jdbc did not accept " + settings.backendUrl,
                    SqlErrors.CANNOT_OPEN);
        }
        try {
            harden(connection, forbiddenFunctions);
            WriteGate writeGate = writeGateOf(settings.databaseFile());
            return new SqliteBackend(connection, transactionMode, settings.databaseFile(), writeGate,
                    checkpointerOf(connection, writeGate));
        } catch (SQLException e) {
            connection.close();
            throw SqliteErrors.INSTANCE.translate(e);
        }
    }

    /** Commits leave the checkpoint to {@link WalCheckpointer} where there is one to do. */
    private static WalCheckpointer checkpointerOf(SQLiteConnection connection, WriteGate writeGate)
            throws SQLException {
        if (writeGate == null || connection.isReadOnly()) {
            return null;
        }
        try (Statement statement = connection.createStatement();
             ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
            if (!mode.next() || !mode.getString(1).equalsIgnoreCase("wal")) {
                return null;
            }
            statement.execute("PRAGMA wal_autocheckpoint = 0");
        }
        return WalCheckpointer.acquire(writeGate.file());
    }

    /** A file that cannot be resolved (an unusual URI) simply goes without the gate: SQLite's lock still holds. */
    private static WriteGate writeGateOf(Path databaseFile) {
        if (databaseFile == null) {
            return null;
        }
        try {
            return WriteGate.forFile(databaseFile);
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    @Override
    public Connection connection() {
        return sqlite;
    }

    @Override
    public ErrorTranslator errors() {
        return SqliteErrors.INSTANCE;
    }

    /** sqlite-jdbc's own values are what every backend gives. */
    @Override
    public Object normalise(Object value) {
        return value;
    }

    /** SQLite runs every statement the pipeline lets through. */
    @Override
    public void check(PlannedStatement statement) {
    }

    /** SQLite's own rules. */
    @Override
    public <T> T run(PlannedStatement statement, boolean insideAtomic, NanaConnection.SqlCall<T> call)
            throws SQLException {
        return call.call();
    }

    @Override
    public TransactionSql transactions() {
        return transactions;
    }

    @Override
    public WriteGate writeGate() {
        return writeGate;
    }

    /** SQLITE_OPEN_READONLY ({@code SQLiteConfig.setReadOnly(true)}). */
    @Override
    public boolean openedReadOnly() throws SQLException {
        return sqlite.isReadOnly();
    }

    @Override
    public long dateMultiplier() {
        return sqlite.getConnectionConfig().getDateMultiplier();
    }

    @Override
    public KeyTracker keys() {
        return keys;
    }

    @Override
    public void backup(Path target) throws SQLException {
        DatabaseFiles.backup(sqlite, target);
    }

    @Override
    public void restore(Path source) throws SQLException {
        DatabaseFiles.restore(databaseFile, source);
    }

    @Override
    public void interrupt() throws SQLException {
        sqlite.getDatabase().interrupt();
    }

    /** The checkpointer after the connection: the file's last close then checkpoints what is left. */
    @Override
    public void close() throws SQLException {
        try {
            sqlite.close();
        } finally {
            if (checkpointer != null) {
                checkpointer.release();
            }
        }
    }

    /** SQLite has every feature nana offers. */
    @Override
    public void require(String feature) {
    }

    private static void harden(SQLiteConnection connection, Set<String> forbiddenFunctions) throws SQLException {
        // nana takes generated keys itself, only for statements that ask (NanaStatement#keysIf).
        connection.getConnectionConfig().setGetGeneratedKeys(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA trusted_schema = OFF");
        }
        Function.create(connection, SqliteJsonFunction.NAME, new SqliteJsonFunction(), 1,
                EVERY_ENCODING | Function.FLAG_DETERMINISTIC);
        for (String name : forbiddenFunctions) {
            Function refusal = new Refusal(name);
            for (int arity : REPLACED_ARITIES) {
                Function.create(connection, name, refusal, arity, EVERY_ENCODING);
            }
        }
    }

    /** Callable from views and triggers too: SQLITE_INNOCUOUS, which {@code trusted_schema=OFF} lets through. */
    @Override
    public void createFunction(String name, int argumentCount, boolean deterministic, SqlFunction function)
            throws SQLException {
        try {
            Function.create(sqlite, name, new Application(name, function), argumentCount,
                    EVERY_ENCODING | INNOCUOUS | (deterministic ? Function.FLAG_DETERMINISTIC : 0));
        } catch (SQLException e) {
            throw SqliteErrors.INSTANCE.translate(e);
        }
    }

    /** Hands SQLite's arguments to the application's function as Java values, and its result back. */
    private static final class Application extends Function {
        private final String name;
        private final SqlFunction function;

        Application(String name, SqlFunction function) {
            this.name = name;
            this.function = function;
        }

        @Override
        protected void xFunc() throws SQLException {
            Object[] arguments = new Object[args()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = argument(i);
            }
            Object value = function.apply(arguments);
            if (value == null) {
                result();
            } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                    || value instanceof Byte) {
                result(((Number) value).longValue());
            } else if (value instanceof Double || value instanceof Float) {
                result(((Number) value).doubleValue());
            } else if (value instanceof Boolean flag) {
                result(flag ? 1 : 0);
            } else if (value instanceof String text) {
                result(text);
            } else if (value instanceof byte[] bytes) {
                result(bytes);
            } else {
                // Not "nana: function ...": SqlErrors reads that as a policy refusal.
                throw new SQLException(SqlErrors.NANA_PREFIX + name + "() returned a " + value.getClass().getName()
                        + "; an application function returns null, a number, a Boolean, a String or a byte[]");
            }
        }

        private Object argument(int index) throws SQLException {
            return switch (value_type(index)) {
                case Codes.SQLITE_INTEGER -> value_long(index);
                case Codes.SQLITE_FLOAT -> value_double(index);
                case Codes.SQLITE_TEXT -> value_text(index);
                case Codes.SQLITE_BLOB -> value_blob(index);
                default -> null;
            };
        }
    }

    /** Stands in for a forbidden function, so even SQL nana never saw (a view, a trigger) cannot call it. */
    private static final class Refusal extends Function {
        private final String message;

        Refusal(String name) {
            this.message = SqlErrors.NANA_PREFIX + "function " + name + " is forbidden by policy";
        }

        @Override
        protected void xFunc() throws SQLException {
            throw new SQLException(message);
        }
    }
}
