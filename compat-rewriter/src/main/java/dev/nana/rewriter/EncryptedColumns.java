package dev.nana.rewriter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns a connection encrypts, from its {@code encrypt.columns} and {@code encrypt.searchable} settings. Names
 * compare ASCII case-insensitively, as SQLite compares them. Immutable; equal settings give equal instances, so
 * connections configured alike share one plan cache.
 */
public final class EncryptedColumns {
    public static final EncryptedColumns NONE = new EncryptedColumns(Map.of());

    /** By table, then column, lower case. */
    private final Map<String, Map<String, EncryptedColumn>> byTable;

    private EncryptedColumns(Map<String, Map<String, EncryptedColumn>> byTable) {
        this.byTable = byTable;
    }

    /**
     * @param columns    comma-separated {@code table.column}: randomized encryption; null or blank for none
     * @param searchable comma-separated {@code table.column} or {@code table.column=other.column} (shares the
     *                   equality domain of {@code other.column}, so the two can be compared and joined): deterministic
     *                   encryption, so equality works; a column listed in both is searchable
     * @throws IllegalArgumentException naming the entry that is not {@code table.column}, or a shared domain that
     *                                  is itself shared
     */
    public static EncryptedColumns parse(String columns, String searchable) {
        Map<String, Map<String, EncryptedColumn>> byTable = new LinkedHashMap<>();
        for (String entry : entries(columns)) {
            String[] name = tableAndColumn(entry, "encrypt.columns");
            put(byTable, new EncryptedColumn(name[0], name[1], null));
        }
        for (String entry : entries(searchable)) {
            int equals = entry.indexOf('=');
            String[] name = tableAndColumn(equals < 0 ? entry : entry.substring(0, equals).trim(), "encrypt.searchable");
            String domain = name[0] + "." + name[1];
            if (equals >= 0) {
                String[] shared = tableAndColumn(entry.substring(equals + 1).trim(), "encrypt.searchable");
                domain = shared[0] + "." + shared[1];
            }
            put(byTable, new EncryptedColumn(name[0], name[1], domain));
        }
        if (byTable.isEmpty()) {
            return NONE;
        }
        checkDomains(byTable);
        byTable.replaceAll((table, byColumn) -> Collections.unmodifiableMap(byColumn));
        return new EncryptedColumns(Collections.unmodifiableMap(byTable));
    }

    public boolean isEmpty() {
        return byTable.isEmpty();
    }

    /** The encrypted column, or null when {@code table.column} is not encrypted. */
    public EncryptedColumn find(String table, String column) {
        Map<String, EncryptedColumn> byColumn = byTable.get(table.toLowerCase(Locale.ROOT));
        return byColumn == null ? null : byColumn.get(column.toLowerCase(Locale.ROOT));
    }

    /** Lower-case names of the tables that have encrypted columns. */
    public Set<String> tables() {
        return byTable.keySet();
    }

    /** The encrypted columns of {@code table} (lower case), in configuration order. */
    public List<EncryptedColumn> of(String table) {
        Map<String, EncryptedColumn> byColumn = byTable.get(table);
        return byColumn == null ? List.of() : List.copyOf(byColumn.values());
    }

    public List<EncryptedColumn> all() {
        List<EncryptedColumn> all = new ArrayList<>();
        byTable.values().forEach(byColumn -> all.addAll(byColumn.values()));
        return all;
    }

    private static List<String> entries(String list) {
        List<String> entries = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.trim());
                }
            }
        }
        return entries;
    }

    private static String[] tableAndColumn(String entry, String setting) {
        int dot = entry.indexOf('.');
        String table = dot < 0 ? "" : entry.substring(0, dot).trim();
        String column = dot < 0 ? "" : entry.substring(dot + 1).trim();
        if (!isPlainName(table) || !isPlainName(column)) {
            throw new IllegalArgumentException(setting + " entry '" + entry + "' is not table.column");
        }
        return new String[] {table.toLowerCase(Locale.ROOT), column.toLowerCase(Locale.ROOT)};
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        return name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
    }

    /** {@code a.x=b.y} names b.y's domain, so b.y must not itself share a third column's. */
    private static void checkDomains(Map<String, Map<String, EncryptedColumn>> byTable) {
        for (Map<String, EncryptedColumn> byColumn : byTable.values()) {
            for (EncryptedColumn column : byColumn.values()) {
                if (!column.searchable() || column.domain().equals(column.name())) {
                    continue;
                }
                int dot = column.domain().indexOf('.');
                EncryptedColumn shared = byTable.getOrDefault(column.domain().substring(0, dot), Map.of())
                        .get(column.domain().substring(dot + 1));
                if (shared != null && shared.searchable() && !shared.domain().equals(column.domain())) {
                    throw new IllegalArgumentException("encrypt.searchable: " + column.name() + " shares the domain of "
                            + column.domain() + ", which shares " + shared.domain() + "'s: name " + shared.domain());
                }
            }
        }
    }

    private static void put(Map<String, Map<String, EncryptedColumn>> byTable, EncryptedColumn column) {
        byTable.computeIfAbsent(column.table(), table -> new LinkedHashMap<>()).put(column.column(), column);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptedColumns that && byTable.equals(that.byTable);
    }

    @Override
    public int hashCode() {
        return byTable.hashCode();
    }

    @Override
    public String toString() {
        return all().toString();
    }
}
