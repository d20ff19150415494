package dev.nana.rewriter;

/**
 * SQL refused before it reached the database. The message names the offending construct and, for scripts, which
 * statement: {@code nana: function load_extension is forbidden by policy (statement 2 of 3)}. It never contains
 * bound values. The SQLState is always of class 42: 42501 for a policy denial, 42601 for SQL the lexer cannot read.
 */
public final class RejectedSqlException extends Exception {
    public static final String POLICY = "42501";
    public static final String UNREADABLE = "42601";

    private final String sqlState;

    public RejectedSqlException(String message, String sqlState) {
        super(message, null, false, false);
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }
}
