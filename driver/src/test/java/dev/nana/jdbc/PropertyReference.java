package dev.nana.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;

/** Renders docs/properties.md from the registry, so the reference cannot drift from the code. */
final class PropertyReference {
    private PropertyReference() {
    }

    static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Connection properties\n\n")
           .append("Generated from `NanaProperty` by `PropertiesTest` (`mvn -pl driver test -Dtest=PropertiesTest")
           .append(" -Dnana.writeDocs=true`); do not edit by hand.\n\n")
           .append("Set them in the URL query (`jdbc:nana:app.db?strict=false&busyTimeout=2000`), in the `Properties`")
           .append(" given to `DriverManager`, or with the bean setter of the same name on `NanaDataSource`.")
           .append(" A value in the URL wins over one in `Properties`. Secret properties may not appear in the URL,")
           .append(" are never echoed by `getPropertyInfo` and have no getter.\n\n")
           .append("Any other name must be one of sqlite-jdbc's settings, below; anything else is refused with")
           .append(" SQLState HY024 (`nana: unknown property ...`).\n\n")
           .append("| property | type | default | secret | description |\n")
           .append("|---|---|---|---|---|\n");
        for (NanaProperty property : NanaProperty.values()) {
            out.append("| `").append(property.propertyName()).append("` | ")
               .append(property.type().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
               .append(property.defaultValue() == null ? "(none)" : "`" + property.defaultValue() + "`")
               .append(property.defaultValue() != null && property.defaultValue().isEmpty() ? " (empty)" : "")
               .append(" | ").append(property.isSecret() ? "yes" : "no").append(" | ")
               .append(property.description()).append(" |\n");
        }
        out.append(sqliteJdbcSettings());
        return out.toString();
    }

    private static final String DATES = "Accepted and handed to sqlite-jdbc; how nana stores and reads dates and"
            + " times: [types.md](types.md).";

    /** What nana does with each key sqlite-jdbc knows, beyond handing it over. */
    private static final Map<String, String> NOTES = Map.of(
            "busy_timeout", "`SQLiteConfig.toProperties()` always carries it (3000 unless `setBusyTimeout`), so such"
                    + " a connection waits 3000 ms, as under sqlite-jdbc.",
            "transaction_mode", "`SQLiteConfig.toProperties()` always carries it, `DEFERRED` unless"
                    + " `setTransactionMode`, so such a connection begins its transactions `DEFERRED`, as under"
                    + " sqlite-jdbc, not with nana's default `IMMEDIATE`. The application asked for DEFERRED and was"
                    + " written and tested under it; IMMEDIATE would make every transaction take the write lock at"
                    + " its first statement, even one that only reads, and so make writers wait where they did not"
                    + " before. For nana's `IMMEDIATE`, call `setTransactionMode(TransactionMode.IMMEDIATE)`;"
                    + " `transactionMode=IMMEDIATE` next to the configuration's `DEFERRED` is refused as a"
                    + " disagreement.",
            "journal_mode", "A connection opened read-only keeps the file's journal mode unless one is given (it"
                    + " could not change it).",
            "open_mode", "Handed to sqlite-jdbc. With SQLITE_OPEN_READONLY (`SQLiteConfig.setReadOnly(true)`) the"
                    + " connection reports `isReadOnly()`, begins transactions without asking for the write lock,"
                    + " keeps the file's journal mode and refuses `setReadOnly(false)`, as sqlite-jdbc does.",
            "jdbc.get_generated_keys", "Accepted, `true` or `false`, and changes nothing: sqlite-jdbc's `false`"
                    + " spares the `SELECT last_insert_rowid()` it runs after every insert, and nana runs that query"
                    + " only for statements whose keys are asked for. Keys asked for are returned either way.",
            "jdbc.explicit_readonly", "Accepted and changes nothing: nana's `setReadOnly` already works after the"
                    + " connection is open (`PRAGMA query_only`), which is what the key enables in sqlite-jdbc.",
            "date_class", DATES,
            "date_precision", DATES,
            "date_string_format", DATES);

    private static String sqliteJdbcSettings() {
        StringBuilder out = new StringBuilder();
        out.append("\n## sqlite-jdbc's settings\n\n")
           .append("Code written for sqlite-jdbc passes its configuration as it is:")
           .append(" `new SQLiteConfig().toProperties()`")
           .append(" (which always carries `open_mode`, `transaction_mode`, `busy_timeout`, `shared_cache`, the")
           .append(" `date_*` keys and the `jdbc.*` keys) or pragmas in the URL (`?journal_mode=WAL&foreign_keys=on`).")
           .append(" nana opens a connection with each of them that agrees with its settings or can be applied:")
           .append(" a key naming a setting nana has becomes that nana property; when both are given they must")
           .append(" agree (`busyTimeout=100` with `busy_timeout=200` is refused with SQLState HY024 naming both);")
           .append(" only settings that would weaken nana's hardening are refused, with the reason.\n\n")
           .append("| sqlite-jdbc key | what nana does |\n|---|---|\n");
        List<String> handedOver = new ArrayList<>();
        Set<String> keys = new TreeSet<>(ConnectionSettings.HARDENED_SETTINGS.keySet());
        for (SQLiteConfig.Pragma pragma : SQLiteConfig.Pragma.values()) {
            keys.add(pragma.pragmaName);
        }
        for (String key : keys) {
            NanaProperty adoptedBy = ConnectionSettings.SQLITE_NAMES_OF_NANA_SETTINGS.get(key);
            String row;
            if (adoptedBy != null) {
                row = "Becomes `" + adoptedBy.propertyName() + "`. " + NOTES.getOrDefault(key, "");
            } else if (NanaProperty.forName(key) != null) {
                row = "nana's own property `" + key + "` (above).";
            } else if (ConnectionSettings.HARDENED_SETTINGS.containsKey(key)) {
                row = "Accepted when off (`false`, `off`, `no`, `0`); anything else is refused with SQLState HY024:"
                        + " " + ConnectionSettings.HARDENED_SETTINGS.get(key) + ".";
            } else if (NOTES.containsKey(key)) {
                row = NOTES.get(key);
            } else {
                handedOver.add("`" + key + "`");
                continue;
            }
            out.append("| `").append(key).append("` | ").append(row.strip()).append(" |\n");
        }
        out.append("\nHanded to sqlite-jdbc as they are, which applies them when it opens the connection: ")
           .append(String.join(", ", handedOver)).append(".\n");
        return out.toString();
    }
}
