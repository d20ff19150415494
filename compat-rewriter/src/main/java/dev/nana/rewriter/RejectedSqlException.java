package dev.nana.rewriter;

/**
 * SQL refused before it reached the database. The message names the offending construct and, for scripts, which
 * statement: {@code nana: function load_extension is forbidden by policy (statement 2 of 3)}. It never contains
 * bound values. The SQLState is always of class 42:
 * <ul>
 *   <li>{@value #POLICY}: a policy denial (a forbidden function, statement or pragma write);</li>
 *   <li>{@value #UNREADABLE}: SQL the lexer cannot read (an unterminated literal, a NUL, an unknown statement);</li>
 *   <li>{@value #INVALID_NAME}: a key-value namespace name that cannot be one ({@code kv."a b"},
 *       {@code kv.sqlite_x});</li>
 *   <li>{@value #KV_MISUSE}: SQL using the key-value schema in a way the rewrite cannot honour: the schema name also
 *       used as a table, alias or column name, CREATE/DROP/ALTER of a namespace, ATTACH under the schema name,
 *       INSERT ... SELECT or DEFAULT VALUES into a namespace, {@code SET (key, value) = (...)}.</li>
 *   <li>{@value #ENCRYPTED_COLUMN}: an operation that cannot work on an encrypted column (a range, ORDER BY, LIKE, a
 *       function over it, equality on a randomized column, a literal where a bound parameter must carry the value),
 *       or a statement over a table with encrypted columns that nana cannot parse.</li>
 *   <li>{@value #TARGET_UNSUPPORTED}: a SQLite construct the pipeline's {@link Target} cannot run with SQLite's result
 *       ({@code INSERT OR IGNORE} on PostgreSQL); the message names the construct and the refusing rule.</li>
 * </ul>
 */
public final class RejectedSqlException extends Exception {
    public static final String POLICY = "42501";
    public static final String UNREADABLE = "42601";
    public static final String INVALID_NAME = "42602";
    public static final String KV_MISUSE = "42000";
    public static final String ENCRYPTED_COLUMN = "42N10";
    public static final String TARGET_UNSUPPORTED = "42N11";

    private final String sqlState;

    public RejectedSqlException(String message, String sqlState) {
        super(message, null, false, false);
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }
}
