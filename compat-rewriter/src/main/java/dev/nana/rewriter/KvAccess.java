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
    public KvAccess {
        namespaces = List.copyOf(namespaces);
        written = Set.copyOf(written);
        valueParameters = List.copyOf(valueParameters);
    }
}
