package dev.nana.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.sqlite.Function;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConnection;

/**
 * Opens a sqlite-jdbc connection and hardens it: the policy checks the SQL nana is given, and these settings cover
 * what it cannot see, such as a view or trigger in a foreign database file that calls a forbidden function.
 */
final class SqliteBackend {
    /** Arities to replace: the built-ins take one or two arguments, -1 catches every other call. */
    private static final int[] REPLACED_ARITIES = {-1, 0, 1, 2, 3};
    /**
     * sqlite-jdbc registers functions as {@code SQLITE_UTF16 | flags}; adding SQLITE_UTF8 (1) makes that
     * SQLITE_ANY, which SQLite registers for every encoding. Without it a UTF-8 function of the connection
     * (fts3_tokenizer, which FTS3 adds at open) would still be preferred over the replacement.
     */
    private static final int EVERY_ENCODING = 1;

    private SqliteBackend() {
    }

    static SQLiteConnection open(ConnectionSettings settings, Set<String> forbiddenFunctions) throws SQLException {
        SQLiteConnection connection;
        try {
            connection = JDBC.createConnection(settings.sqliteUrl, settings.sqliteProperties);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        if (connection == null) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "sqlite-jdbc did not accept " + settings.sqliteUrl,
                    SqlErrors.CANNOT_OPEN);
        }
        try {
            harden(connection, forbiddenFunctions);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw SqlErrors.translate(e);
        }
    }

    private static void harden(SQLiteConnection connection, Set<String> forbiddenFunctions) throws SQLException {
        // nana takes generated keys itself, only for statements that ask (NanaStatement#keysIf).
        connection.getConnectionConfig().setGetGeneratedKeys(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA trusted_schema = OFF");
        }
        Function.create(connection, StrictJsonFunction.NAME, new StrictJsonFunction(), 1,
                EVERY_ENCODING | Function.FLAG_DETERMINISTIC);
        for (String name : forbiddenFunctions) {
            Function refusal = new Refusal(name);
            for (int arity : REPLACED_ARITIES) {
                Function.create(connection, name, refusal, arity, EVERY_ENCODING);
            }
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
