package dev.nana.jdbc;

import dev.nana.rewriter.Insertion;
import dev.nana.rewriter.postgres.NanaSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * last_insert_rowid() on PostgreSQL: nana's trigger functions record every row inserted into a table with an INTEGER
 * PRIMARY KEY in the session setting {@link NanaSchema#LAST_INSERT} as {@code "<count> <key>"}, so a count that moved
 * tells that the INSERT inserted a row even when its key equals the previous one.
 */
final class PostgresKeys implements KeyTracker {
    private static final String KEYS_QUERY = "SELECT k AS \"last_insert_rowid()\" FROM (SELECT ?::bigint AS k) keys"
            + " WHERE k IS NOT NULL";

    private final Connection connection;
    /** Prepared when first needed. */
    private PreparedStatement lastInsertQuery;
    private final SpareStatement keysQuery;

    PostgresKeys(Connection connection) {
        this.connection = connection;
        this.keysQuery = new SpareStatement(connection, KEYS_QUERY);
    }

    @Override
    public Object before() throws SQLException {
        return lastInsert();
    }

    @Override
    public Long keyInserted(Insertion insertion, Object before) throws SQLException {
        if (before == null) {
            throw SqlErrors.noKeys("on PostgreSQL an INSERT's key is known only when asked for at execution"
                    + " (Statement.RETURN_GENERATED_KEYS), or with RETURNING");
        }
        String now = lastInsert();
        return now.equals(before) ? null : Long.valueOf(now.substring(now.indexOf(' ') + 1));
    }

    /** The setting as it is now; empty before the session's first such insert. */
    private String lastInsert() throws SQLException {
        try {
            if (lastInsertQuery == null) {
                lastInsertQuery = connection.prepareStatement("SELECT coalesce(current_setting('"
                        + NanaSchema.LAST_INSERT + "', true), '')");
            }
            try (ResultSet row = lastInsertQuery.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw PostgresErrors.INSTANCE.translate(e);
        }
    }

    @Override
    public PreparedStatement lendKeysQuery() throws SQLException {
        return keysQuery.lend();
    }

    @Override
    public void takeBackKeysQuery(PreparedStatement lent) throws SQLException {
        keysQuery.takeBack(lent);
    }
}
