package dev.nana.rewriter;

import java.util.Set;

/** What a PRAGMA statement does, and which writes the policy lets through. */
public final class PragmaRules {
    /** Pragmas whose argument names what to read: {@code PRAGMA table_info(t)} writes nothing. */
    static final Set<String> READS_WITH_ARGUMENT = Set.of("table_info", "table_xinfo", "table_list", "index_list",
            "index_info", "index_xinfo", "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check");

    /** Writes that tune the connection without weakening the schema, the file or the policy. */
    static final Set<String> ALLOWED_WRITES = Set.of("foreign_keys", "busy_timeout", "user_version",
            "application_id", "journal_mode", "synchronous", "cache_size", "temp_store", "recursive_triggers",
            "defer_foreign_keys", "case_sensitive_like", "secure_delete", "automatic_index", "cache_spill",
            "analysis_limit", "wal_autocheckpoint", "wal_checkpoint", "optimize", "incremental_vacuum",
            "shrink_memory", "query_only", "ignore_check_constraints", "reverse_unordered_selects");

    /** Spellings SQLite reads as true for a boolean pragma; anything else may switch it off. */
    private static final Set<String> ON = Set.of("1", "on", "yes", "true");

    private PragmaRules() {
    }

    /**
     * @param name  lower-case, without schema
     * @param write whether a value is given ({@code = v} or {@code (v)}) to a pragma that is not a read-with-argument
     * @param value the value without quotes, lower-case, with its sign; null when absent or not a single token
     */
    public record Use(String name, boolean write, String value) {
    }

    /** {@code PRAGMA [schema.]name [= value | (value)]}, the PRAGMA keyword at {@code head}. */
    static Use analyze(Span s, int head) {
        int i = head + 1;
        if (s.is(i + 1, TokenType.DOT)) {
            i += 2;
        }
        TokenType type = s.type(i);
        String name = type == TokenType.WORD || type == TokenType.QUOTED_ID || type == TokenType.STRING ? s.name(i) : "";
        int rest = i + 1;
        if (rest >= s.size()) {
            return new Use(name, false, null);
        }
        return new Use(name, !READS_WITH_ARGUMENT.contains(name), value(s, rest));
    }

    /** Null when the policy lets this pragma use through, else why not (without the {@code nana: } prefix). */
    static String refusal(Use pragma) {
        if (!pragma.write()) {
            return null;
        }
        if (pragma.name().equals("query_only")) {
            return pragma.value() != null && ON.contains(pragma.value()) ? null
                    : "PRAGMA query_only may only be switched on (read-only by policy)";
        }
        return ALLOWED_WRITES.contains(pragma.name()) ? null
                : "PRAGMA " + pragma.name() + " may not be written (read-only by policy)";
    }

    /** The single-token value after {@code =} or inside {@code ( )}, or null. */
    private static String value(Span s, int i) {
        boolean parenthesised = s.is(i, TokenType.LPAREN);
        if (!parenthesised && !s.is(i, TokenType.EQ)) {
            return null;
        }
        int v = i + 1;
        String sign = "";
        if (s.is(v, TokenType.OPERATOR) && (s.text(v).equals("-") || s.text(v).equals("+"))) {
            sign = s.text(v);
            v++;
        }
        boolean complete = parenthesised ? s.is(v + 1, TokenType.RPAREN) && v + 2 == s.size() : v + 1 == s.size();
        return complete && v < s.size() ? sign + s.name(v) : null;
    }
}
