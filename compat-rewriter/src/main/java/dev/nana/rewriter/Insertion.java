package dev.nana.rewriter;

/**
 * What an INSERT or REPLACE inserts into, for getGeneratedKeys: SQLite's last_insert_rowid() names the row it
 * inserted only when that went into a table with rowids, and not when an upsert updated instead.
 *
 * @param schema        the schema it names, as SQLite resolves names; null when unqualified
 * @param table         the table (or view) it inserts into, as SQLite resolves names; null when not found
 * @param upsertUpdates it has {@code ON CONFLICT ... DO UPDATE}: a row it updates is not inserted, and
 *                      last_insert_rowid() then still names an earlier insert's row
 */
public record Insertion(String schema, String table, boolean upsertUpdates) {
}
