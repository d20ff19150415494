package dev.nana.jdbc;

import dev.nana.rewriter.Insertion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;

/**
 * last_insert_rowid() and changes() on reused backend statements (nana's own, not counted): cheaper than
 * sqlite-jdbc's generated keys, which prepare {@code SELECT last_insert_rowid()} anew after every INSERT.
 */
final class SqliteKeys implements KeyTracker {
    /** getGeneratedKeys' row: the key bound, or none when null is bound; its column named as sqlite-jdbc names it. */
    private static final String KEYS_QUERY = "SELECT ?1 AS \"last_insert_rowid()\" WHERE ?1 IS NOT NULL";

    private final SQLiteConnection sqlite;
    /** Prepared when first needed. */
    private PreparedStatement lastChangeQuery;
    private PreparedStatement rowidlessQuery;
    private PreparedStatement spareKeysQuery;

    SqliteKeys(SQLiteConnection sqlite) {
        this.sqlite = sqlite;
    }

    @Override
    public LastChange lastChange() throws SQLException {
        try {
            if (lastChangeQuery == null) {
                lastChangeQuery = sqlite.prepareStatement("SELECT last_insert_rowid(), changes()");
            }
            try (ResultSet row = lastChangeQuery.executeQuery()) {
                row.next();
                return new LastChange(row.getLong(1), row.getLong(2));
            }
        } catch (SQLException e) {
            throw SqliteErrors.INSTANCE.translate(e);
        }
    }

    @Override
    public boolean hasRowids(Insertion insertion) throws SQLException {
        if (insertion.table() == null) {
            return true;
        }
        try {
            if (rowidlessQuery == null) {
                rowidlessQuery = sqlite.prepareStatement("SELECT count(*) FROM pragma_table_list"
                        + " WHERE name = ?1 COLLATE NOCASE AND (?2 IS NULL OR schema = ?2 COLLATE NOCASE)"
                        + " AND (type NOT IN ('table', 'virtual') OR wr)");
            }
            rowidlessQuery.setString(1, insertion.table());
            rowidlessQuery.setString(2, insertion.schema());
            try (ResultSet count = rowidlessQuery.executeQuery()) {
                return count.next() && count.getLong(1) == 0;
            }
        } catch (SQLException e) {
            throw SqliteErrors.INSTANCE.translate(e);
        }
    }

    @Override
    public PreparedStatement lendKeysQuery() throws SQLException {
        PreparedStatement lent = spareKeysQuery;
        spareKeysQuery = null;
        return lent != null ? lent : sqlite.prepareStatement(KEYS_QUERY);
    }

    @Override
    public void takeBackKeysQuery(PreparedStatement keysQuery) throws SQLException {
        if (spareKeysQuery == null && !sqlite.isClosed()) {
            spareKeysQuery = keysQuery;
        } else {
            keysQuery.close();
        }
    }
}
