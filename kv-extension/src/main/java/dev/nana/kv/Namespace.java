package dev.nana.kv;

import dev.nana.rewriter.KvAccess;
import java.sql.SQLException;

/**
 * A checked namespace name and the SQL that reaches its table. NanaSQLite's shape, exactly:
 * {@code "<name>"(key TEXT PRIMARY KEY, value TEXT)}.
 */
record Namespace(String name, String table) {
    /** The same rule as {@code kv.<namespace>} in SQL. */
    static Namespace of(String name) throws SQLException {
        if (!KvAccess.isNamespaceName(name)) {
            throw KvErrors.invalidName("\"" + name + "\" is not a valid key-value namespace name: "
                    + KvAccess.NAMESPACE_RULE);
        }
        return new Namespace(name, '"' + name + '"');
    }

    String createTable() {
        return "CREATE TABLE IF NOT EXISTS " + table + " (key TEXT PRIMARY KEY, value TEXT)";
    }
}
