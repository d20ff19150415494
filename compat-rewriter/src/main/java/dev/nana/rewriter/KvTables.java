package dev.nana.rewriter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The virtual key-value schema: {@code kv.users} (schema name configurable) names the namespace table
 * {@code "users"(key TEXT PRIMARY KEY, value TEXT)} of the main database, whose values are JSON text.
 *
 * <p>A reference is an identifier, bare or quoted, equal to the schema name (ASCII case-insensitive), not after a
 * {@code .}, followed by {@code .} and an identifier N: {@code kv.N} becomes {@code "N"}, so {@code kv.users.key}
 * becomes {@code "users".key}. Every expression a write assigns to a namespace's value column is wrapped in
 * {@code nana_json(...)} ({@link KvWrites}): the driver's function that refuses what is not strict JSON text
 * (SQLite's own json() takes JSON5, NaN and Infinity, which the key-value API refuses) and stores it compactly. That
 * wrapper is nana's, not the application's: the function policy does not count it. Trigger bodies are the exception:
 * they are stored in the file, and NanaSQLite or the sqlite3 shell must still be able to run them, so they keep
 * SQLite's {@code json(...)}, which refuses malformed text but lets JSON5 through.
 */
final class KvTables {

    /** Lower case. */
    private final String schema;

    /** @param schema lower case, checked by {@link #schemaName} */
    KvTables(String schema) {
        this.schema = schema;
    }

    /** The result for a statement that names a namespace: the text to run and its use, or why it may not run. */
    record Rewrite(String sql, KvAccess access, Rejection refusal) {
    }

    /**
     * The schema name for the pipeline's key: lower-cased.
     *
     * @throws IllegalArgumentException when it is not an identifier, or is SQLite's own main or temp
     */
    static String schemaName(String name) {
        String lower = Ascii.toLowerCase(name);
        if (!isPlainName(name, Integer.MAX_VALUE) || lower.equals("main") || lower.equals("temp")) {
            throw new IllegalArgumentException("kvSchema must be a plain identifier ([A-Za-z_][A-Za-z0-9_]*) other"
                    + " than main and temp: \"" + name + "\"");
        }
        return lower;
    }

    /**
     * @param kind what runs (for EXPLAIN: what it explains), starting at token {@code head}
     * @return null when the statement names no namespace and does not attach a database under the schema name:
     *         then it runs as written
     */
    Rewrite rewrite(Span s, StatementKind kind, int head) {
        if (kind == StatementKind.ATTACH && attachesAsSchema(s)) {
            return refused(Rejection.kvMisuse("ATTACH ... AS " + s.text(s.size() - 1) + " is refused: " + schema
                    + " is the key-value schema name (property kvSchema); attach the database under another name"));
        }
        int first = nextReference(s, 0);
        if (first < 0) {
            return null;
        }
        BitSet references = new BitSet(s.size());
        for (int i = first; i >= 0; i = nextReference(s, i + 3)) {
            references.set(i);
        }
        KvWrites writes = new KvWrites(s, references);
        Rejection refusal = refusal(s, kind, head, references);
        if (refusal == null) {
            refusal = writes.check(kind, head);
        }
        if (refusal != null) {
            return refused(refusal);
        }
        int target = head == 0 ? writes.target(StatementKinds.mainStatement(s, 0)) : -1;
        Set<String> written = target < 0 ? Set.of() : Set.of(Ascii.toLowerCase(namespace(s, target)));
        KvAccess access = new KvAccess(namespaces(s, references), written, List.copyOf(writes.valueParameters()));
        return new Rewrite(sql(s, references, writes, kind == StatementKind.CREATE ? "json(" : "nana_json("), access,
                null);
    }

    private static Rewrite refused(Rejection refusal) {
        return new Rewrite(null, null, refusal);
    }

    /** The first reference at or after token {@code i}, or -1. */
    private int nextReference(Span s, int i) {
        for (; i < s.size(); i++) {
            if (s.is(i + 1, TokenType.DOT) && (s.is(i + 2, TokenType.WORD) || s.is(i + 2, TokenType.QUOTED_ID))
                    && s.isIdentifier(i, schema) && !s.is(i - 1, TokenType.DOT)) {
                return i;
            }
        }
        return -1;
    }

    private Rejection refusal(Span s, StatementKind kind, int head, BitSet references) {
        for (int i = references.nextSetBit(0); i >= 0; i = references.nextSetBit(i + 1)) {
            if (!KvAccess.isNamespaceName(namespace(s, i))) {
                return Rejection.invalidName(reference(s, i) + " is not a valid key-value namespace name: "
                        + KvAccess.NAMESPACE_RULE);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (!references.get(i) && s.isIdentifier(i, schema) && !s.is(i - 1, TokenType.DOT)) {
                return Rejection.kvMisuse(s.text(i) + " names both the key-value schema (" + reference(s,
                        references.nextSetBit(0)) + ") and a table, alias or column in this statement; rename that"
                        + " one, or set the kvSchema property to another schema name");
            }
        }
        int object = switch (kind) {
            case CREATE -> createdObject(s, head);
            case DROP, ALTER -> references.nextSetBit(0);
            default -> -1;
        };
        if (object >= 0 && references.get(object)) {
            return Rejection.kvMisuse(s.text(head, object + 2) + " is refused: the shape of a key-value namespace is"
                    + " fixed (key TEXT PRIMARY KEY, value TEXT)");
        }
        return null;
    }

    /** The name a CREATE defines: {@code CREATE [TEMP] [UNIQUE | VIRTUAL] TABLE|INDEX|VIEW|TRIGGER [IF NOT EXISTS]}. */
    private static int createdObject(Span s, int head) {
        int i = head + 1;
        while (s.is(i, Keyword.TEMP) || s.is(i, Keyword.TEMPORARY) || s.is(i, Keyword.UNIQUE)
                || s.is(i, Keyword.VIRTUAL)) {
            i++;
        }
        i++;
        return s.is(i, Keyword.IF) && s.is(i + 1, Keyword.NOT) && s.is(i + 2, Keyword.EXISTS) ? i + 3 : i;
    }

    /** {@code ATTACH ... AS kv}: the schema name as the statement's last token, after AS. */
    private boolean attachesAsSchema(Span s) {
        int last = s.size() - 1;
        return s.is(last - 1, Keyword.AS) && s.isName(last) && s.name(last).equals(schema);
    }

    private static List<String> namespaces(Span s, BitSet references) {
        List<String> namespaces = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = references.nextSetBit(0); i >= 0; i = references.nextSetBit(i + 1)) {
            String namespace = namespace(s, i);
            if (seen.add(Ascii.toLowerCase(namespace))) {
                namespaces.add(namespace);
            }
        }
        return namespaces;
    }

    /**
     * The statement with each reference replaced and each assigned value wrapped in {@code wrapper}; the rest byte
     * for byte.
     */
    private static String sql(Span s, BitSet references, KvWrites writes, String wrapper) {
        String text = s.sql();
        int base = s.start(0);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        for (int i = 0; i < s.size(); i++) {
            if (writes.opensAt(i) || references.get(i)) {
                out.append(text, copied, s.start(i) - base);
                copied = s.start(i) - base;
            }
            if (writes.opensAt(i)) {
                out.append(wrapper);
            }
            if (references.get(i)) {
                out.append('"').append(namespace(s, i)).append('"');
                i += 2;
                copied = s.end(i) - base;
            }
            if (writes.closesAt(i)) {
                out.append(text, copied, s.end(i) - base).append(')');
                copied = s.end(i) - base;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The namespace of the reference whose schema name is token {@code reference}, as written, without quotes. */
    private static String namespace(Span s, int reference) {
        return s.unquoted(reference + 2);
    }

    /** The reference whose schema name is token {@code reference}, as written: {@code kv.users}, {@code "kv"."a b"}. */
    static String reference(Span s, int reference) {
        return s.text(reference, reference + 2);
    }

    /** ASCII letters, digits and underscores, not starting with a digit, at most {@code maxLength} chars. */
    static boolean isPlainName(String name, int maxLength) {
        if (name.isEmpty() || name.length() > maxLength || (name.charAt(0) >= '0' && name.charAt(0) <= '9')) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = Ascii.toLower(name.charAt(i));
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
