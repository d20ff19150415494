package dev.nana.kv;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values as JSON text, the way NanaSQLite stores them. Reads give immutable Java values (Map keeps the JSON order,
 * integers stay Integer/Long/BigInteger, other numbers are Double) so a cached value can be handed to every caller.
 * {@code byte[]} is written as a base64 JSON string (Jackson's encoding) and read back with {@code get(key,
 * byte[].class)}. NaN and infinities are refused: JSON has no spelling for them. Thread-safe.
 */
public final class KvCodec {
    /**
     * Jackson reads at most 1,000-digit numbers, 20 MB strings and 50,000-char field names by default, but writes any:
     * a value it wrote would then fail every read of the namespace. Reads take whatever the writer produces (the
     * database's maxValueLength bounds the text; Jackson's number parsing is not quadratic).
     */
    private static final StreamReadConstraints READ_WHAT_IS_WRITTEN = StreamReadConstraints.builder()
            .maxNumberLength(Integer.MAX_VALUE)
            .maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .build();
    private static final KvCodec DEFAULT = new KvCodec(defaultMapper());

    private final ObjectMapper mapper;
    /** Null where the thread's generator was given up (a failed value, a large one). */
    private final ThreadLocal<ReusedGenerator> generators = new ThreadLocal<>();

    private KvCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** java.time as ISO-8601 text, unknown properties ignored on typed reads, non-finite numbers refused. */
    public static KvCodec standard() {
        return DEFAULT;
    }

    /**
     * A codec over the application's own mapper (its modules and naming); NaN is still refused, and so is text
     * after the JSON value on typed reads (as on untyped ones).
     */
    public static KvCodec using(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.getFactory().setStreamReadConstraints(READ_WHAT_IS_WRITTEN);
        return new KvCodec(copy.registerModule(finiteNumbers())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }


    private static ObjectMapper defaultMapper() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(READ_WHAT_IS_WRITTEN).build())
                .addModule(new JavaTimeModule())
                .addModule(finiteNumbers())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private static SimpleModule finiteNumbers() {
        JsonSerializer<Number> finite = new JsonSerializer<>() {
            @Override
            public void serialize(Number value, JsonGenerator out, SerializerProvider provider) throws IOException {
                double number = value.doubleValue();
                if (!Double.isFinite(number)) {
                    throw new NonFiniteNumberException(value + " is not a JSON number");
                }
                if (value instanceof Float) {
                    out.writeNumber(value.floatValue());
                } else {
                    out.writeNumber(number);
                }
            }
        };
        // Jackson writes primitive arrays without the element serializers above (and NaN as a string), so they
        // get their own check.
        JsonSerializer<Object> finiteArray = new JsonSerializer<>() {
            @Override
            public void serialize(Object array, JsonGenerator out, SerializerProvider provider) throws IOException {
                int length = Array.getLength(array);
                out.writeStartArray(array, length);
                for (int i = 0; i < length; i++) {
                    finite.serialize((Number) Array.get(array, i), out, provider);
                }
                out.writeEndArray();
            }
        };
        SimpleModule module = new SimpleModule("nana-finite-numbers");
        module.addSerializer(double[].class, finiteArray);
        module.addSerializer(float[].class, finiteArray);
        module.addSerializer(Double.class, finite);
        module.addSerializer(Double.TYPE, finite);
        module.addSerializer(Float.class, finite);
        module.addSerializer(Float.TYPE, finite);
        module.addSerializer(BigDecimal.class, new JsonSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator out, SerializerProvider provider) throws IOException {
                // A read gives a double: beyond its range the value would come back as Infinity, which JSON lacks.
                if (!Double.isFinite(value.doubleValue())) {
                    throw new NonFiniteNumberException(value + " is beyond the range of a double");
                }
                out.writeNumber(value);
            }
        });
        return module;
    }

    /** The JSON text of {@code value}; {@code key} only names the value in the error. */
    public String encode(String key, Object value) throws SQLException {
        try {
            String json = write(value);
            int surrogate = KvErrors.unpairedSurrogate(json);
            if (surrogate >= 0) {
                throw KvErrors.invalidValue("the value for key " + KvErrors.show(key) + " has text with an unpaired"
                        + " UTF-16 surrogate (SQLite would store it as '?')", null);
            }
            return json;
        } catch (IOException e) {
            throw KvErrors.invalidValue("the value for key " + KvErrors.show(key) + " cannot be stored as JSON: "
                    + rootMessage(e), e);
        }
    }

    private String write(Object value) throws IOException {
        ReusedGenerator generator = generators.get();
        if (generator == null) {
            generator = new ReusedGenerator(mapper);
            generators.set(generator);
        } else if (!generator.free()) {
            return mapper.writeValueAsString(value);
        }
        boolean written = false;
        try {
            String json = generator.write(value);
            written = true;
            return json;
        } finally {
            if (!written || !generator.reusable()) {
                generators.remove();
            }
        }
    }

    /** An immutable Java value for JSON text; null for SQL NULL or JSON null. */
    public Object decode(String key, String json) throws SQLException {
        if (json == null) {
            return null;
        }
        try (JsonParser parser = mapper.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("empty text");
            }
            Object value = read(parser, first);
            if (parser.nextToken() != null) {
                throw new IOException("text after the JSON value");
            }
            return value;
        } catch (IOException e) {
            throw notJson(key, e);
        }
    }

    /** JSON text read as {@code type}. */
    public <T> T decode(String key, String json, Class<T> type) throws SQLException {
        return decode(key, json, mapper.constructType(type));
    }

    public <T> T decode(String key, String json, TypeReference<T> type) throws SQLException {
        return decode(key, json, mapper.constructType(type));
    }

    private <T> T decode(String key, String json, JavaType type) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw KvErrors.invalidJson("the value of key " + KvErrors.show(key) + " cannot be read as "
                    + type.toCanonical() + ": " + rootMessage(e), e);
        }
    }

    /**
     * The plain Java form of any value (a POJO becomes a Map, a byte[] its base64 string): what a read would give
     * back after a write. Hooks see values in this form.
     */
    public Object normalize(String key, Object value) throws SQLException {
        return decode(key, encode(key, value));
    }

    /**
     * What a read of {@code json}, which {@link #encode} made of {@code value}, gives. With the standard codec a value
     * of JSON's own Java types only (String, Boolean, Integer, Long, BigInteger, Double, null, and Maps with String
     * keys and Lists of them) is copied, several times cheaper than parsing the text again; any other is decoded.
     */
    Object decoded(String key, Object value, String json) throws SQLException {
        Object copy = this == DEFAULT ? plainCopy(value, 0) : NOT_PLAIN;
        return copy == NOT_PLAIN ? decode(key, json) : copy;
    }

    /** {@link #plainCopy}'s answer for a value it leaves to the parser. */
    private static final Object NOT_PLAIN = new Object();
    /** Deeper values are decoded, so that the parser's own nesting limit still refuses what it cannot read. */
    private static final int MAX_COPIED_DEPTH = 64;

    /** {@code value} as {@link #read} would give it back, or {@link #NOT_PLAIN}. */
    private static Object plainCopy(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Long number) {
            return number == number.intValue() ? (Object) number.intValue() : number;
        }
        if (value instanceof BigInteger number) {
            int bits = number.bitLength();
            return bits < Integer.SIZE ? (Object) number.intValue() : bits < Long.SIZE ? (Object) number.longValue()
                    : number;
        }
        if (depth == MAX_COPIED_DEPTH) {
            return NOT_PLAIN;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object element = plainCopy(entry.getValue(), depth + 1);
                if (!(entry.getKey() instanceof String name) || element == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
                copy.put(name, element);
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                Object element = plainCopy(item, depth + 1);
                if (element == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
                copy.add(element);
            }
            return Collections.unmodifiableList(copy);
        }
        return NOT_PLAIN;
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    map.put(name, read(parser, parser.nextToken()));
                }
                return Collections.unmodifiableMap(map);
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    list.add(read(parser, next));
                }
                return Collections.unmodifiableList(list);
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected " + token);
        }
    }

    private static SQLException notJson(String key, Exception e) {
        return KvErrors.invalidJson("the value of key " + KvErrors.show(key) + " is not JSON text: "
                + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    /** Thrown inside Jackson so the failure carries a clear reason out of the serializer. */
    private static final class NonFiniteNumberException extends JsonProcessingException {
        NonFiniteNumberException(String message) {
            super(message);
        }
    }

    /**
     * Jackson's defaults: strict RFC 8259. A token quoted in an error is cut short, as the text is someone's value and
     * messages do not show values.
     */
    private static final JsonFactory STRICT_JSON = JsonFactory.builder()
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(0).build())
            .streamReadConstraints(READ_WHAT_IS_WRITTEN)
            .build();

    /**
     * The compact form of strict JSON text: one RFC 8259 value, whitespace dropped, strings re-escaped, numbers as
     * written. It refuses what SQLite's json() takes but this codec does not: NaN, Infinity, numbers beyond a double
     * (1e400), JSON5, comments, trailing text. The driver's SQL function {@code nana_json} checks every value plain SQL
     * writes to a namespace with it.
     *
     * @param text not null
     * @throws SQLException SQLState 22032, message {@code nana: the value is not JSON text (RFC 8259): <reason>}
     */
    public static String canonicalJson(String text) throws SQLException {
        StringWriter out = new StringWriter(text.length());
        try (JsonParser parser = STRICT_JSON.createParser(text);
             JsonGenerator generator = STRICT_JSON.createGenerator(out)) {
            if (parser.nextToken() == null) {
                throw new IOException("no JSON value");
            }
            do {
                JsonToken token = parser.currentToken();
                if (token == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(parser.getDoubleValue())) {
                    throw new IOException("a number beyond the range of a double");
                }
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    generator.writeNumber(parser.getText());
                } else {
                    generator.copyCurrentEvent(parser);
                }
            } while (!parser.getParsingContext().inRoot() && parser.nextToken() != null);
            if (parser.nextToken() != null) {
                throw new IOException("text after the JSON value");
            }
        } catch (IOException e) {
            throw KvErrors.invalidJson("the value is not JSON text (RFC 8259): " + rootMessage(e), e);
        }
        return out.toString();
    }
}
