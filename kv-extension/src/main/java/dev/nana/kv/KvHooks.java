package dev.nana.kv;

import java.sql.SQLException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/** Ready-made hooks (NanaSQLite's CheckHook, UniqueHook, validators), to pass to {@link KvOptions#withHooks}. */
public final class KvHooks {
    private KvHooks() {
    }

    /** The exception a hook throws to refuse a write: SQLState 23514 (check violation), nothing is written. */
    public static SQLException refuse(String message) {
        return KvErrors.checkViolation(message);
    }

    /** Refuses every write whose (key, plain value) does not pass {@code rule}, with {@code message}. */
    public static KvHook check(BiPredicate<String, Object> rule, String message) {
        return new KvHook() {
            @Override
            public Object beforeWrite(KvStore store, String key, Object value) throws SQLException {
                if (!rule.test(key, value)) {
                    throw refuse(message + " (key " + KvErrors.show(key) + ")");
                }
                return value;
            }
        };
    }

    /**
     * Refuses, with SQLState 23505, writing an object whose top-level {@code field} equals (as JSON: 1 equals 1.0)
     * that of an object stored under another key of the namespace (as reads return it, after the store's read
     * hooks). Values that are not objects, or lack the field or
     * hold null in it, are not checked (as SQL's UNIQUE lets NULLs repeat).
     *
     * <p>Limits: each write reads the whole namespace ({@link KvStore#entries}), O(n), so keep it to small
     * namespaces; on a write-behind store that read first flushes the pending writes. It is a check, not a
     * constraint: two values of one {@code batchPut} are not compared with each other, and two writers racing on
     * different keys can both pass. On a store over a pool, a patch or increment holds one connection while the
     * check borrows a second, so the pool needs at least two.
     */
    public static KvHook unique(String field) {
        Objects.requireNonNull(field, "field");
        return new KvHook() {
            @Override
            public Object beforeWrite(KvStore store, String key, Object value) throws SQLException {
                Object mine = value instanceof Map<?, ?> object ? object.get(field) : null;
                String holder = mine == null ? null : holderOf(store, key, mine);
                if (holder != null) {
                    throw KvErrors.uniqueViolation("field '" + field + "' of key " + KvErrors.show(key) + " is "
                            + KvSchema.show(mine) + ", which key " + KvErrors.show(holder) + " already has"
                            + " (KvHooks.unique)");
                }
                return value;
            }

            /** Another key whose object has {@code mine} in the field, or null. */
            private String holderOf(KvStore store, String key, Object mine) throws SQLException {
                try (Stream<Map.Entry<String, Object>> entries = store.entries()) {
                    Iterator<Map.Entry<String, Object>> others = entries.iterator();
                    while (others.hasNext()) {
                        Map.Entry<String, Object> other = others.next();
                        if (!other.getKey().equals(key) && other.getValue() instanceof Map<?, ?> object
                                && object.get(field) != null && KvSchema.sameValue(mine, object.get(field))) {
                            return other.getKey();
                        }
                    }
                    return null;
                } catch (KvIterationException e) {
                    throw e.getCause();
                }
            }
        };
    }

    /**
     * Refuses, with SQLState 23514, every value that does not match {@code schema}, a JSON Schema subset given as
     * plain Java (maps, lists, strings, numbers, booleans), e.g.
     * {@code Map.of("type", "object", "required", List.of("name"), "properties", Map.of("name", Map.of("type",
     * "string")))}. The message names the JSON path and the keyword broken: {@code $.address.zip must be of type
     * string but is a number (type)}.
     *
     * <p>Keywords: {@code type} ({@code object array string integer number boolean null}, or an array of them;
     * integer means a number written without a fraction), {@code required}, {@code properties},
     * {@code additionalProperties} (a boolean), {@code items} (one schema for every item), {@code enum},
     * {@code minimum}/{@code maximum} (inclusive), {@code minLength}/{@code maxLength} (in code points),
     * {@code minItems}/{@code maxItems}, {@code pattern} (a Java regex, found anywhere in the string unless
     * anchored), and the annotations {@code title} and {@code description}. As in JSON Schema a keyword only
     * constrains values of its own type.
     *
     * @throws IllegalArgumentException when the schema has an unknown keyword or a malformed one (a configuration
     *                                  error is reported when the hook is made, not by ignoring the keyword)
     */
    public static KvHook schema(Map<String, ?> schema) {
        KvSchema compiled = KvSchema.compile(schema);
        return new KvHook() {
            @Override
            public Object beforeWrite(KvStore store, String key, Object value) throws SQLException {
                String broken = compiled.violation(value);
                if (broken != null) {
                    throw refuse("the value for key " + KvErrors.show(key) + " does not match the schema: " + broken);
                }
                return value;
            }
        };
    }

    /**
     * Gives every object written the fields of {@code fieldDefaults} it lacks (a field present with null is kept
     * as null). Values that are not objects are written unchanged.
     *
     * @throws IllegalArgumentException when a default cannot be held as JSON
     */
    public static KvHook defaults(Map<String, ?> fieldDefaults) {
        Objects.requireNonNull(fieldDefaults, "fieldDefaults");
        Map<?, ?> plainDefaults;
        try {
            plainDefaults = (Map<?, ?>) KvCodec.standard().normalize("defaults", fieldDefaults);
        } catch (SQLException e) {
            throw new IllegalArgumentException(KvErrors.PREFIX + "the defaults are not JSON: " + e.getMessage(), e);
        }
        return new KvHook() {
            @Override
            public Object beforeWrite(KvStore store, String key, Object value) throws SQLException {
                if (!(value instanceof Map<?, ?> object) || object.keySet().containsAll(plainDefaults.keySet())) {
                    return value;
                }
                Map<Object, Object> filled = new LinkedHashMap<>(object);
                plainDefaults.forEach((field, fallback) -> {
                    if (!filled.containsKey(field)) {
                        filled.put(field, fallback);
                    }
                });
                return Collections.unmodifiableMap(filled);
            }
        };
    }
}
