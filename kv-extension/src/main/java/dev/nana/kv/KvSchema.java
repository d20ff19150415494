package dev.nana.kv;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The compiled schema of {@link KvHooks#schema}: a subset of JSON Schema's validation keywords, checked against
 * values in their plain Java form. As in JSON Schema, a keyword only constrains values of the type it is about
 * ({@code minLength} ignores numbers, {@code required} ignores arrays), so combine it with {@code type}.
 * Immutable and thread-safe.
 */
final class KvSchema {
    private static final Set<String> TYPES =
            Set.of("object", "array", "string", "integer", "number", "boolean", "null");
    /** Everything else is a configuration error: a misspelt keyword silently ignored would let bad values in. */
    private static final Set<String> KEYWORDS = Set.of("type", "required", "properties", "additionalProperties",
            "items", "enum", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "pattern",
            "title", "description");
    private static final Map<Class<?>, String> TYPE_NAMES = Map.of(Map.class, "an object", List.class, "an array",
            String.class, "a string", Boolean.class, "a boolean", Number.class, "a number");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Null when any type is allowed. */
    private final List<String> types;
    private final List<String> required;
    private final Map<String, KvSchema> properties;
    private final boolean closed;
    private final KvSchema items;
    /** The {@code enum} values; null when the keyword is absent. */
    private final List<?> allowed;
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final Long minLength;
    private final Long maxLength;
    private final Long minItems;
    private final Long maxItems;
    private final Pattern pattern;

    private KvSchema(Map<?, ?> schema, String path) {
        for (Object keyword : schema.keySet()) {
            if (!KEYWORDS.contains(keyword)) {
                throw invalid(path, "unknown keyword '" + keyword + "'; supported: " + KEYWORDS);
            }
        }
        types = types(schema.get("type"), path);
        required = strings(schema.get("required"), "required", path);
        properties = properties(schema.get("properties"), path);
        Object additional = schema.get("additionalProperties");
        closed = additional != null && !ofType(additional, Boolean.class, "'additionalProperties'", path);
        Object itemSchema = schema.get("items");
        items = itemSchema == null ? null : new KvSchema(ofType(itemSchema, Map.class, "'items'", path), path + "[*]");
        allowed = schema.get("enum") == null ? null : ofType(schema.get("enum"), List.class, "'enum'", path);
        minimum = bound(schema.get("minimum"), "minimum", path);
        maximum = bound(schema.get("maximum"), "maximum", path);
        minLength = count(schema.get("minLength"), "minLength", path);
        maxLength = count(schema.get("maxLength"), "maxLength", path);
        minItems = count(schema.get("minItems"), "minItems", path);
        maxItems = count(schema.get("maxItems"), "maxItems", path);
        pattern = pattern(schema.get("pattern"), path);
    }

    /** {@code schema} compiled; an IllegalArgumentException names the keyword that is unknown or malformed. */
    static KvSchema compile(Map<String, ?> schema) {
        Objects.requireNonNull(schema, "schema");
        try {
            return new KvSchema((Map<?, ?>) KvCodec.standard().normalize("schema", schema), "$");
        } catch (SQLException e) {
            throw new IllegalArgumentException(KvErrors.PREFIX + "the schema is not JSON: " + e.getMessage(), e);
        }
    }

    /** The first rule {@code value} breaks, as "{@code <JSON path> <problem> (<keyword>)}"; null when it passes. */
    String violation(Object value) throws SQLException {
        return violation(value, "$");
    }

    private String violation(Object value, String path) throws SQLException {
        if (types != null && types.stream().noneMatch(type -> isA(type, value))) {
            return path + " must be " + (types.size() == 1 ? "of type " + types.get(0) : "one of the types " + types)
                    + " but is " + JsonMerge.typeName(value) + " (type)";
        }
        if (allowed != null && allowed.stream().noneMatch(option -> sameValue(option, value))) {
            return path + " is " + show(value) + ", not one of " + show(allowed) + " (enum)";
        }
        if (value instanceof Number number) {
            BigDecimal decimal = decimal(number);
            if (minimum != null && decimal.compareTo(minimum) < 0) {
                return path + " is " + number + ", below the minimum " + minimum.toPlainString() + " (minimum)";
            }
            if (maximum != null && decimal.compareTo(maximum) > 0) {
                return path + " is " + number + ", above the maximum " + maximum.toPlainString() + " (maximum)";
            }
        } else if (value instanceof String text) {
            long length = text.codePointCount(0, text.length());
            if (minLength != null && length < minLength) {
                return path + " has " + length + " characters, fewer than " + minLength + " (minLength)";
            }
            if (maxLength != null && length > maxLength) {
                return path + " has " + length + " characters, more than " + maxLength + " (maxLength)";
            }
            if (pattern != null && !pattern.matcher(text).find()) {
                return path + " is " + show(text) + ", which does not match " + pattern.pattern() + " (pattern)";
            }
        } else if (value instanceof List<?> list) {
            if (minItems != null && list.size() < minItems) {
                return path + " has " + list.size() + " items, fewer than " + minItems + " (minItems)";
            }
            if (maxItems != null && list.size() > maxItems) {
                return path + " has " + list.size() + " items, more than " + maxItems + " (maxItems)";
            }
            for (int i = 0; items != null && i < list.size(); i++) {
                String broken = items.violation(list.get(i), path + "[" + i + "]");
                if (broken != null) {
                    return broken;
                }
            }
        } else if (value instanceof Map<?, ?> object) {
            for (String name : required) {
                if (!object.containsKey(name)) {
                    return child(path, name) + " is missing (required)";
                }
            }
            for (Map.Entry<?, ?> field : object.entrySet()) {
                String name = (String) field.getKey();
                KvSchema property = properties.get(name);
                if (property == null && closed) {
                    return child(path, name) + " is not a property the schema allows (additionalProperties)";
                }
                String broken = property == null ? null : property.violation(field.getValue(), child(path, name));
                if (broken != null) {
                    return broken;
                }
            }
        }
        return null;
    }

    private static boolean isA(String type, Object value) {
        return switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Integer || value instanceof Long || value instanceof BigInteger;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            default -> value == null;
        };
    }

    /** JSON equality: numbers by value (1 equals 1.0, as in SQLite), objects regardless of field order. */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y)) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size() && x.entrySet().stream().allMatch(
                    field -> y.containsKey(field.getKey()) && sameValue(field.getValue(), y.get(field.getKey())));
        }
        return Objects.equals(a, b);
    }

    /** A value as JSON for a message, shortened: the value may be large. */
    static String show(Object value) throws SQLException {
        String json = KvCodec.standard().encode("", value);
        return json.length() > 64 ? json.substring(0, 61) + "..." : json;
    }

    /** The path of {@code name} in {@code path}, in the syntax of SQLite's json_extract. */
    private static String child(String path, String name) {
        return PLAIN_NAME.matcher(name).matches() ? path + "." + name : path + ".\"" + name + "\"";
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        return number instanceof Double || number instanceof Float
                ? new BigDecimal(number.doubleValue()) : BigDecimal.valueOf(number.longValue());
    }

    // ---- reading the schema

    private static List<String> types(Object type, String path) {
        if (type == null) {
            return null;
        }
        List<String> names = type instanceof String name ? List.of(name)
                : type instanceof List<?> ? strings(type, "type", path) : List.of();
        if (names.isEmpty() || !TYPES.containsAll(names)) {
            throw invalid(path, "'type' must be one of " + TYPES + " or a non-empty array of them, not " + type);
        }
        return names;
    }

    private static List<String> strings(Object list, String keyword, String path) {
        List<String> strings = new ArrayList<>();
        for (Object item : list == null ? List.of() : ofType(list, List.class, "'" + keyword + "'", path)) {
            strings.add(ofType(item, String.class, "each item of '" + keyword + "'", path));
        }
        return List.copyOf(strings);
    }

    private static Map<String, KvSchema> properties(Object properties, String path) {
        Map<String, KvSchema> compiled = new LinkedHashMap<>();
        if (properties != null) {
            ofType(properties, Map.class, "'properties'", path).forEach((name, schema) -> {
                String at = child(path, (String) name);
                compiled.put((String) name, new KvSchema(ofType(schema, Map.class, "a property's schema", at), at));
            });
        }
        return compiled;
    }

    private static BigDecimal bound(Object value, String keyword, String path) {
        return value == null ? null : decimal(ofType(value, Number.class, "'" + keyword + "'", path));
    }

    private static Long count(Object value, String keyword, String path) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 0) {
            throw invalid(path, "'" + keyword + "' must be a non-negative integer, not " + value);
        }
        return ((Number) value).longValue();
    }

    private static Pattern pattern(Object value, String path) {
        if (value == null) {
            return null;
        }
        try {
            return Pattern.compile(ofType(value, String.class, "'pattern'", path));
        } catch (PatternSyntaxException e) {
            throw invalid(path, "'pattern' is not a regular expression: " + e.getDescription());
        }
    }

    private static <T> T ofType(Object value, Class<T> type, String what, String path) {
        if (!type.isInstance(value)) {
            throw invalid(path, what + " must be " + TYPE_NAMES.get(type) + ", not " + JsonMerge.typeName(value));
        }
        return type.cast(value);
    }

    private static IllegalArgumentException invalid(String path, String problem) {
        return new IllegalArgumentException(KvErrors.PREFIX + "schema at " + path + ": " + problem);
    }
}
