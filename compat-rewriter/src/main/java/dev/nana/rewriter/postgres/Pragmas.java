package dev.nana.rewriter.postgres;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.PragmaRules;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;
import java.util.List;

/**
 * The PRAGMA statements applications run on every connection, read and set as on SQLite. The tuning knobs that change
 * nothing a statement returns ({@code cache_size}, {@code synchronous}, {@code busy_timeout}, ...) keep the value set
 * for the session and answer it back; {@code user_version} and {@code application_id} are kept in the database
 * ({@link NanaSchema#PRAGMAS}); {@code foreign_keys} is 1, as PostgreSQL always enforces foreign keys, and switching
 * it off is refused; {@code journal_mode} is {@code wal}, what PostgreSQL writes, whatever is asked. A name SQLite
 * does not know is ignored, as SQLite ignores it; {@code table_info(t)}, {@code index_list(t)}, {@code index_info(i)} and
 * {@code foreign_key_list(t)} read nana's catalogue
 * ({@link NanaSchema#TABLE_INFO}); one SQLite knows but nana does not emulate (other catalogue pragmas, and those that
 * change results) is refused, never answered with nothing.
 */
final class Pragmas implements Rule {
    /** A statement that runs and returns no result set, as a PRAGMA that sets a value returns none on SQLite. */
    private static final String NOTHING = "DO $nana$ BEGIN END $nana$";

    /** Session-kept knobs and their SQLite defaults. */
    private static final Map<String, Long> SESSION_DEFAULTS = Map.ofEntries(
            Map.entry("cache_size", -2000L), Map.entry("synchronous", 2L), Map.entry("busy_timeout", 0L),
            Map.entry("temp_store", 0L), Map.entry("cache_spill", 1L), Map.entry("automatic_index", 1L),
            Map.entry("wal_autocheckpoint", 1000L), Map.entry("analysis_limit", 0L),
            Map.entry("journal_size_limit", -1L));
    /** Kept in the database. */
    private static final Set<String> STORED = Set.of("user_version", "application_id");
    /** What SQLite's value words mean, for the knobs above. */
    private static final Map<String, Long> WORDS = Map.of("off", 0L, "no", 0L, "false", 0L, "on", 1L, "yes", 1L,
            "true", 1L, "normal", 1L, "full", 2L, "extra", 3L, "default", 0L);
    private static final Map<String, Long> TEMP_STORE_WORDS = Map.of("default", 0L, "file", 1L, "memory", 2L);
    /** SQLite's pragmas (PRAGMA pragma_list, 3.4x): any other name is ignored. */
    private static final Set<String> SQLITE_PRAGMAS = Set.of("analysis_limit", "application_id", "auto_vacuum",
            "automatic_index", "busy_timeout", "cache_size", "cache_spill", "case_sensitive_like", "cell_size_check",
            "checkpoint_fullfsync", "collation_list", "compile_options", "count_changes", "data_version",
            "database_list", "default_cache_size", "defer_foreign_keys", "empty_result_callbacks", "encoding",
            "foreign_key_check", "foreign_key_list", "foreign_keys", "freelist_count", "full_column_names",
            "fullfsync", "function_list", "hard_heap_limit", "ignore_check_constraints", "incremental_vacuum",
            "index_info", "index_list", "index_xinfo", "integrity_check", "journal_mode", "journal_size_limit",
            "legacy_alter_table", "locking_mode", "max_page_count", "mmap_size", "module_list", "optimize",
            "page_count", "page_size", "pragma_list", "query_only", "quick_check", "read_uncommitted",
            "recursive_triggers", "reverse_unordered_selects", "schema_version", "secure_delete",
            "short_column_names", "shrink_memory", "soft_heap_limit", "synchronous", "table_info", "table_list",
            "table_xinfo", "temp_store", "temp_store_directory", "threads", "trusted_schema", "user_version",
            "wal_autocheckpoint", "wal_checkpoint", "writable_schema");

    @Override
    public String id() {
        return "pragmas";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.kind() == StatementKind.PRAGMA;
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        int i = s.is(2, TokenType.DOT) ? 3 : 1;
        if (i >= s.size()) {
            return RuleOutcome.unchanged(); // PRAGMA alone: PostgreSQL reports the syntax error
        }
        PragmaRules.Use pragma = s.pragma();
        String name = pragma.name();
        String value = pragma.value();
        boolean write = pragma.write();
        if (write && value == null) {
            return refused(s, "its value is not one word or number");
        }
        String sql;
        if (SESSION_DEFAULTS.containsKey(name)) {
            sql = write ? setInSession(name, value) : readFromSession(name);
        } else if (STORED.contains(name)) {
            sql = write ? store(name, value) : "SELECT coalesce((SELECT value FROM " + NanaSchema.PRAGMAS
                    + " WHERE name = '" + name + "'), 0) AS " + name;
        } else if (name.equals("foreign_keys")) {
            Long on = write ? number(name, value) : null;
            if (write && (on == null || on == 0)) {
                return refused(s, "PostgreSQL always enforces foreign keys");
            }
            sql = write ? NOTHING : "SELECT 1 AS foreign_keys";
        } else if (CATALOGUE.containsKey(name) && tableName(s, i + 1) != null) {
            sql = "SELECT * FROM " + CATALOGUE.get(name) + "(" + Identifiers.literal(tableName(s, i + 1)) + ")";
        } else if (name.equals("journal_mode")) {
            sql = "SELECT 'wal' AS journal_mode";
        } else if (name.equals("encoding") && !write) {
            sql = "SELECT 'UTF-8' AS encoding";
        } else if ((name.equals("integrity_check") || name.equals("quick_check")) && !write) {
            sql = "SELECT 'ok' AS " + name;
        } else if (name.equals("optimize")) {
            sql = "SELECT NULL AS optimize WHERE false"; // SQLite's: a result set without rows
        } else if (!SQLITE_PRAGMAS.contains(name)) {
            sql = NOTHING;
        } else {
            return refused(s, "it is not emulated on PostgreSQL yet");
        }
        if (sql == null) {
            return refused(s, "its value is no number SQLite reads for it");
        }
        return RuleOutcome.edits(List.of(Edit.replace(0, s.size() - 1, Edit.text(sql))));
    }

    private static String readFromSession(String name) {
        return "SELECT coalesce(nullif(current_setting('nana.pragma_" + name + "', true), ''), '"
                + SESSION_DEFAULTS.get(name) + "')::bigint AS " + label(name);
    }

    /** SQLite's column label: busy_timeout answers as {@code timeout}. */
    private static String label(String name) {
        return name.equals("busy_timeout") ? "timeout" : name;
    }

    /** Sets it for the session; busy_timeout answers the value set, as on SQLite. */
    private static String setInSession(String name, String value) {
        Long number = number(name, value);
        if (number == null) {
            return null;
        }
        String set = "set_config('nana.pragma_" + name + "', '" + number + "', false)";
        return name.equals("busy_timeout") ? "SELECT " + set + "::bigint AS " + label(name)
                : "DO $nana$ BEGIN PERFORM " + set + "; END $nana$";
    }

    private static String store(String name, String value) {
        Long number = number(name, value);
        return number == null ? null : "DO $nana$ BEGIN INSERT INTO " + NanaSchema.PRAGMAS + " VALUES ('" + name
                + "', " + number + ") ON CONFLICT (name) DO UPDATE SET value = excluded.value; END $nana$";
    }

    /** The pragmas that read the catalogue, {@code PRAGMA index_list(t)}, by their nana function of the name. */
    private static final Map<String, String> CATALOGUE = Map.of("table_info", NanaSchema.TABLE_INFO,
            "index_list", NanaSchema.INDEX_LIST, "index_info", NanaSchema.INDEX_INFO,
            "foreign_key_list", NanaSchema.FOREIGN_KEY_LIST);

    /** The table a catalogue pragma names, {@code (t)} or {@code ('t')} from {@code open}, or null. */
    private static String tableName(StatementTokens s, int open) {
        if (!s.is(open, TokenType.LPAREN) || !s.is(open + 2, TokenType.RPAREN) || open + 3 != s.size()) {
            return null;
        }
        TokenType type = s.type(open + 1);
        return type == TokenType.WORD ? s.text(open + 1)
                : type == TokenType.QUOTED_ID || type == TokenType.STRING ? s.unquoted(open + 1) : null;
    }

    /** The value as SQLite reads it for {@code name}: a whole number or one of its words; null for anything else. */
    private static Long number(String name, String value) {
        String word = value.toLowerCase(Locale.ROOT);
        Long known = name.equals("temp_store") ? TEMP_STORE_WORDS.get(word) : WORDS.get(word);
        if (known != null) {
            return known;
        }
        try {
            return Long.parseLong(word.startsWith("+") ? word.substring(1) : word);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private RuleOutcome refused(StatementTokens s, String why) {
        return RuleOutcome.refused(id(), s.text(0, s.size() - 1) + " cannot run on PostgreSQL: " + why);
    }
}
