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
    private final SpareStatement keysQuery;

    SqliteKeys(SQLiteConnection sqlite) {
        this.sqlite = sqlite;
        this.keysQuery = new SpareStatement(sqlite, KEYS_QUERY);
    }

    @Override
    public Object before() throws SQLException {
        return lastChange().insertRowid();
    }

    /**
     * In each of the cases without a row last_insert_rowid() stays where it was, so only when it did not move
     * ({@code before} null: not known) is the table looked at.
     */
    @Override
    public Long keyInserted(Insertion insertion, Object before) throws SQLException {
        LastChange last = lastChange();
        if (last.changes() == 0) {
            return null;
        }
        if (before != null && last.insertRowid() != (long) before) {
            return last.insertRowid();
        }
        return !insertion.upsertUpdates() && hasRowids(insertion) ? last.insertRowid() : null;
    }

    /** What the connection says of its latest INSERT, UPDATE or DELETE. */
    private record LastChange(long insertRowid, long changes) {
    }

    private LastChange lastChange() throws SQLException {
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

    /**
     * False when {@code insertion} went into a view (through an INSTEAD OF trigger) or a table WITHOUT ROWID: SQLite's
     * last_insert_rowid() then still names an earlier insert's row.
     */
    private boolean hasRowids(Insertion insertion) throws SQLException {
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
        return keysQuery.lend();
    }

    @Override
    public void takeBackKeysQuery(PreparedStatement lent) throws SQLException {
        keysQuery.takeBack(lent);
    }
}
