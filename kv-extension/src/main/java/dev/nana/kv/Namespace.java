package dev.nana.kv;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A checked namespace name and the SQL that reaches its table. NanaSQLite's shape, exactly:
 * {@code "<name>"(key TEXT PRIMARY KEY, value TEXT)}.
 */
record Namespace(String name, String table) {
    static final String DEFAULT = "data";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    static Namespace of(String name) throws SQLException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw KvErrors.invalidName("\"" + name + "\" is not a valid key-value namespace name: use 1 to 63 ASCII "
                    + "letters, digits and underscores, not starting with a digit");
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
            throw KvErrors.invalidName("\"" + name + "\" is not a valid key-value namespace name: the sqlite_ prefix "
                    + "is reserved for SQLite's own tables");
        }
        return new Namespace(name, '"' + name + '"');
    }

    String createTable() {
        return "CREATE TABLE IF NOT EXISTS " + table + " (key TEXT PRIMARY KEY, value TEXT)";
    }
}
