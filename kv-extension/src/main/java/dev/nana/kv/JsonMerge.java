package dev.nana.kv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 7396 JSON merge patch over the codec's plain Java values. */
final class JsonMerge {
    private JsonMerge() {
    }

    /** {@code target} changed by {@code patch}: a null removes a field, objects merge, anything else replaces. */
    static Map<String, Object> apply(Map<String, Object> target, Map<?, ?> patch) {
        Map<String, Object> result = new LinkedHashMap<>(target);
        for (Map.Entry<?, ?> change : patch.entrySet()) {
            String name = (String) change.getKey();
            Object value = change.getValue();
            if (value == null) {
                result.remove(name);
            } else if (value instanceof Map<?, ?> nested) {
                Object current = result.get(name);
                Map<String, Object> base = new LinkedHashMap<>();
                if (current instanceof Map<?, ?> existing) {
                    existing.forEach((k, v) -> base.put((String) k, v));
                }
                result.put(name, apply(base, nested));
            } else {
                result.put(name, value);
            }
        }
        return result;
    }

    /** JSON's name for the type of a plain Java value, for messages. */
    static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return value instanceof Number ? "a number" : value.getClass().getSimpleName();
    }
}
