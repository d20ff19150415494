package dev.nana.rewriter;

import java.util.List;
import java.util.Set;

/**
 * How one statement uses the virtual key-value schema ({@code kv.users} names the namespace table {@code "users"}).
 *
 * @param namespaces      every namespace the statement names, as written, in order of appearance, without repeats
 *                        (compared ASCII case-insensitively)
 * @param written         the lower-case namespace the statement itself inserts into, replaces, updates or deletes
 *                        from (at most one; statements in a trigger body it creates do not count, nor does an
 *                        EXPLAIN)
 * @param valueParameters ascending SQLite numbers of the parameters that are the whole value assigned to a
 *                        namespace's value column ({@code VALUES (?, ?)}, {@code SET value = :v}): the text bound
 *                        there must be strict JSON text (RFC 8259), as the driver's {@code nana_json(...)} checks it
 */
public record KvAccess(List<String> namespaces, Set<String> written, List<Integer> valueParameters) {
    /** What {@link #isNamespaceName} accepts, for messages. */
    public static final String NAMESPACE_RULE =
            "use 1 to 63 ASCII letters, digits and underscores, not starting with a digit or with sqlite_";

    public KvAccess {
        namespaces = List.copyOf(namespaces);
        written = Set.copyOf(written);
        valueParameters = List.copyOf(valueParameters);
    }

    /**
     * {@code [A-Za-z_][A-Za-z0-9_]{0,62}}, not starting with {@code sqlite_} in any case: what a namespace's table
     * may be called. The one rule for SQL ({@code kv.users}) and for the key-value API.
     */
    public static boolean isNamespaceName(String name) {
        return name != null && KvTables.isPlainName(name, 63) && !name.regionMatches(true, 0, "sqlite_", 0, 7);
    }
}
