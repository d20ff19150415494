package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class KvHooksTest {
    private static final Map<String, Object> PERSON = Map.of(
            "type", "object",
            "required", List.of("name"),
            "additionalProperties", false,
            "properties", Map.of(
                    "name", Map.of("type", "string", "minLength", 1, "maxLength", 10),
                    "age", Map.of("type", "integer", "minimum", 0, "maximum", 150),
                    "status", Map.of("enum", List.of("active", "away")),
                    "email", Map.of("type", List.of("string", "null"), "pattern", "^[^@]+@[^@]+$"),
                    "tags", Map.of("type", "array", "maxItems", 2, "items", Map.of("type", "string")),
                    "address", Map.of("type", "object", "minItems", 5, "properties",
                            Map.of("zip", Map.of("type", "string")))));

    @TempDir
    Path dir;

    private static KvOptions hooks(KvHook... hooks) {
        return KvOptions.defaults().withHooks(hooks);
    }

    private static SQLException refused(String state, Executable write) {
        SQLException e = assertThrows(SQLException.class, write);
        assertEquals(state, e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().startsWith("nana: "), e.getMessage());
        return e;
    }

    private static void insertRaw(Connection connection, String table, String key, String json) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO \"" + table + "\"(key, value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, json);
            insert.executeUpdate();
        }
    }

    /** The row's JSON read with plain SQL and decoded, so field order does not matter. */
    private static Object stored(Connection connection, String table, String key) throws SQLException {
        String json = TempDatabase.storedJson(connection, table, key);
        assertTrue(json != null, "no row for " + key);
        return KvCodec.standard().decode(key, json);
    }

    @Test
    void checkRefusesWithItsMessageAndWritesNothing() throws Exception {
        KvHook adult = KvHooks.check((key, value) -> value instanceof Integer age && age >= 18, "must be an adult");
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "ages", hooks(adult))) {
            store.put("ann", 30);
            SQLException e = refused("23514", () -> store.put("bob", 12));
            assertEquals("nana: must be an adult (key 'bob')", e.getMessage());
            assertEquals("30", TempDatabase.storedJson(connection, "ages", "ann"));
            assertNull(TempDatabase.storedJson(connection, "ages", "bob"));
        }
    }

    @Test
    void uniqueRefusesAFieldValueAnotherKeyHasEvenWhenNotCached() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "users", hooks(KvHooks.unique("email")))) {
            insertRaw(connection, "users", "u1", "{\"email\":\"a@x.org\",\"n\":1}");
            assertFalse(store.isCached("u1"));

            SQLException e = refused("23505", () -> store.put("u2", Map.of("email", "a@x.org")));
            assertEquals("nana: field 'email' of key 'u2' is \"a@x.org\", which key 'u1' already has (KvHooks.unique)",
                    e.getMessage());
            assertNull(TempDatabase.storedJson(connection, "users", "u2"));

            store.put("u1", Map.of("email", "a@x.org", "n", 2));
            store.put("u2", Map.of("email", "b@x.org"));
            store.put("u3", Map.of("name", "no email"));
            store.put("u4", Map.of("name", "no email either"));
            store.put("u5", "not an object");
            store.put("u6", Map.of("email", 7));
            refused("23505", () -> store.put("u7", Map.of("email", 7.0)));
            assertEquals(Map.of("email", "a@x.org", "n", 2), stored(connection, "users", "u1"));
            assertNull(TempDatabase.storedJson(connection, "users", "u7"));

            SQLException patched = refused("23505", () -> store.patch("u2", Map.of("email", "a@x.org")));
            assertTrue(patched.getMessage().contains("key 'u1'"), patched.getMessage());
            assertEquals("{\"email\":\"b@x.org\"}", TempDatabase.storedJson(connection, "users", "u2"));
            assertEquals(Map.of("email", "b@x.org"), store.getFresh("u2"));
        }
    }

    @Test
    void schemaAcceptsMatchingValues() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "people", hooks(KvHooks.schema(PERSON)))) {
            Map<String, Object> full = new LinkedHashMap<>();
            full.put("name", "Ann");
            full.put("age", 150);
            full.put("status", "away");
            full.put("email", null);
            full.put("tags", List.of("a", "b"));
            full.put("address", Map.of("zip", "0150", "city", "Oslo"));
            store.put("ann", full);
            store.put("bob", Map.of("name", "Bob", "email", "bob@x.org"));
            assertEquals(full, store.getFresh("ann"));
            assertEquals(Map.of("name", "Bob", "email", "bob@x.org"), stored(connection, "people", "bob"));
        }
    }

    @Test
    void schemaRefusalNamesThePathAndTheRuleAndWritesNothing() throws Exception {
        Map<Map<String, Object>, String> bad = new LinkedHashMap<>();
        bad.put(Map.of("age", 3), "$.name is missing (required)");
        bad.put(Map.of("name", "Ann", "address", Map.of("zip", 150)),
                "$.address.zip must be of type string but is a number (type)");
        bad.put(Map.of("name", "Ann", "age", 2.5), "$.age must be of type integer but is a number (type)");
        bad.put(Map.of("name", "Ann", "age", -1), "$.age is -1, below the minimum 0 (minimum)");
        bad.put(Map.of("name", "Ann", "age", 151), "$.age is 151, above the maximum 150 (maximum)");
        bad.put(Map.of("name", ""), "$.name has 0 characters, fewer than 1 (minLength)");
        bad.put(Map.of("name", "Annabelle Lee"), "$.name has 13 characters, more than 10 (maxLength)");
        bad.put(Map.of("name", "Ann", "status", "gone"),
                "$.status is \"gone\", not one of [\"active\",\"away\"] (enum)");
        bad.put(Map.of("name", "Ann", "email", "nope"),
                "$.email is \"nope\", which does not match ^[^@]+@[^@]+$ (pattern)");
        bad.put(Map.of("name", "Ann", "email", 5),
                "$.email must be one of the types [string, null] but is a number (type)");
        bad.put(Map.of("name", "Ann", "tags", List.of("a", 2)),
                "$.tags[1] must be of type string but is a number (type)");
        bad.put(Map.of("name", "Ann", "tags", List.of("a", "b", "c")), "$.tags has 3 items, more than 2 (maxItems)");
        bad.put(Map.of("name", "Ann", "nick name", "A"),
                "$.\"nick name\" is not a property the schema allows (additionalProperties)");
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "people", hooks(KvHooks.schema(PERSON)))) {
            for (Map.Entry<Map<String, Object>, String> value : bad.entrySet()) {
                SQLException e = refused("23514", () -> store.put("p", value.getKey()));
                assertEquals("nana: the value for key 'p' does not match the schema: " + value.getValue(),
                        e.getMessage());
                assertNull(TempDatabase.storedJson(connection, "people", "p"));
                assertFalse(store.contains("p"));
            }
            SQLException notObject = refused("23514", () -> store.put("p", List.of("Ann")));
            assertTrue(notObject.getMessage().endsWith("$ must be of type object but is an array (type)"),
                    notObject.getMessage());
        }
    }

    @Test
    void aBadSchemaIsRefusedWhenTheHookIsMade() {
        List<Map<String, Object>> bad = List.of(
                Map.of("type", "object", "requird", List.of("name")),
                Map.of("properties", Map.of("zip", Map.of("format", "postal"))),
                Map.of("type", "text"),
                Map.of("type", List.of()),
                Map.of("required", "name"),
                Map.of("minLength", -1),
                Map.of("maxItems", 1.5),
                Map.of("minimum", "0"),
                Map.of("pattern", "("),
                Map.of("additionalProperties", Map.of("type", "string")),
                Map.of("items", List.of(Map.of("type", "string"))));
        List<String> messages = new ArrayList<>();
        for (Map<String, Object> schema : bad) {
            messages.add(assertThrows(IllegalArgumentException.class, () -> KvHooks.schema(schema)).getMessage());
        }
        assertTrue(messages.get(0).startsWith("nana: schema at $: unknown keyword 'requird'"), messages.get(0));
        assertTrue(messages.get(1).startsWith("nana: schema at $.zip: unknown keyword 'format'"), messages.get(1));
        assertTrue(messages.get(2).contains("'type' must be one of"), messages.get(2));
        assertEquals("nana: schema at $: 'required' must be an array, not a string", messages.get(4));
        assertEquals("nana: schema at $: 'minLength' must be a non-negative integer, not -1", messages.get(5));
        assertTrue(messages.get(8).startsWith("nana: schema at $: 'pattern' is not a regular expression"),
                messages.get(8));
        assertEquals("nana: schema at $: 'additionalProperties' must be a boolean, not an object", messages.get(9));
        assertEquals("nana: schema at $: 'items' must be an object, not an array", messages.get(10));
    }

    @Test
    void defaultsFillMissingFieldsOnly() throws Exception {
        Map<String, Object> fallbacks = new LinkedHashMap<>();
        fallbacks.put("role", "user");
        fallbacks.put("tags", List.of());
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "users", hooks(KvHooks.defaults(fallbacks)))) {
            store.put("ann", Map.of("name", "Ann"));
            Map<String, Object> explicitNull = new LinkedHashMap<>();
            explicitNull.put("name", "Bob");
            explicitNull.put("role", null);
            store.put("bob", explicitNull);
            store.put("cy", Map.of("name", "Cy", "role", "admin", "tags", List.of("x")));
            store.put("count", 3);
            assertEquals("{\"name\":\"Ann\",\"role\":\"user\",\"tags\":[]}",
                    TempDatabase.storedJson(connection, "users", "ann"));
            assertEquals("{\"name\":\"Bob\",\"role\":null,\"tags\":[]}",
                    TempDatabase.storedJson(connection, "users", "bob"));
            assertEquals(Map.of("name", "Cy", "role", "admin", "tags", List.of("x")),
                    stored(connection, "users", "cy"));
            assertEquals("3", TempDatabase.storedJson(connection, "users", "count"));
        }
        assertThrows(IllegalArgumentException.class, () -> KvHooks.defaults(Map.of("score", Double.NaN)));
    }

    /** Objects follow PERSON-like rules, plain integers stay at most 10: a keyword only constrains its own type. */
    private static final Map<String, Object> ROW = Map.of(
            "type", List.of("object", "integer"),
            "maximum", 10,
            "properties", Map.of("age", Map.of("type", "integer", "maximum", 150)));

    @Test
    void hooksRunOnEveryKindOfWrite() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "rows",
                     hooks(KvHooks.schema(ROW), KvHooks.defaults(Map.of("role", "user"))))) {
            SQLException batch = refused("23514", () -> store.batchPut(
                    Map.of("a", Map.of("age", 1), "b", Map.of("age", 999), "c", 5)));
            assertTrue(batch.getMessage().contains("'b'"), batch.getMessage());
            for (String key : List.of("a", "b", "c")) {
                assertNull(TempDatabase.storedJson(connection, "rows", key));
            }

            Map<String, Object> partial = new LinkedHashMap<>();
            partial.put("a", Map.of("age", 1));
            partial.put("b", Map.of("age", 999));
            partial.put("c", 5);
            Map<String, String> failures = store.batchPutPartial(partial);
            assertEquals(List.of("b"), List.copyOf(failures.keySet()));
            assertTrue(failures.get("b").contains("$.age is 999, above the maximum 150 (maximum)"), failures.get("b"));
            assertEquals("{\"age\":1,\"role\":\"user\"}", TempDatabase.storedJson(connection, "rows", "a"));
            assertNull(TempDatabase.storedJson(connection, "rows", "b"));
            assertEquals("5", TempDatabase.storedJson(connection, "rows", "c"));

            refused("23514", () -> store.putIfAbsent("d", 11));
            assertNull(TempDatabase.storedJson(connection, "rows", "d"));
            assertNull(store.putIfAbsent("d", Map.of()));
            assertEquals("{\"role\":\"user\"}", TempDatabase.storedJson(connection, "rows", "d"));

            refused("23514", () -> store.patch("a", Map.of("age", 151)));
            assertEquals("{\"age\":1,\"role\":\"user\"}", TempDatabase.storedJson(connection, "rows", "a"));
            insertRaw(connection, "rows", "e", "{\"age\":40}");
            assertEquals(Map.of("age", 41, "role", "user"), store.patch("e", Map.of("age", 41)));

            assertEquals(9, store.increment("c", 4));
            refused("23514", () -> store.increment("c", 2));
            assertEquals("9", TempDatabase.storedJson(connection, "rows", "c"));
            refused("23514", () -> store.increment("e", "age", 110));
            assertEquals("{\"age\":41,\"role\":\"user\"}", TempDatabase.storedJson(connection, "rows", "e"));
            assertEquals(51, store.increment("e", "age", 10));
        }
    }

    /** Adds a derived field on read and keeps "locked" keys from being deleted. */
    private static final KvHook FULL_NAME_AND_LOCKS = new KvHook() {
        @Override
        public Object afterRead(KvStore store, String key, Object value) {
            if (!(value instanceof Map<?, ?> person) || !person.containsKey("first")) {
                return value;
            }
            Map<Object, Object> derived = new LinkedHashMap<>(person);
            derived.put("full", person.get("first") + " " + person.get("last"));
            return derived;
        }

        @Override
        public void beforeDelete(KvStore store, String key) throws SQLException {
            if (key.startsWith("locked")) {
                throw KvHooks.refuse("key " + key + " is locked");
            }
        }
    };

    @Test
    void customHookDerivesOnReadAndGuardsDeletes() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "people", hooks(FULL_NAME_AND_LOCKS))) {
            store.put("locked-ann", Map.of("first", "Ann", "last", "Lee"));
            store.put("bob", Map.of("first", "Bob", "last", "Ray"));
            assertEquals(Map.of("first", "Ann", "last", "Lee"), stored(connection, "people", "locked-ann"));
            assertEquals(Map.of("first", "Ann", "last", "Lee", "full", "Ann Lee"), store.get("locked-ann"));
            assertEquals("Bob Ray", ((Map<?, ?>) store.batchGet(List.of("bob")).get("bob")).get("full"));
            try (Stream<Object> values = store.values()) {
                assertEquals(List.of("Ann Lee", "Bob Ray"),
                        values.map(value -> ((Map<?, ?>) value).get("full")).toList());
            }

            SQLException e = refused("23514", () -> store.delete("locked-ann"));
            assertEquals("nana: key locked-ann is locked", e.getMessage());
            refused("23514", () -> store.pop("locked-ann"));
            refused("23514", () -> store.batchDelete(List.of("bob", "locked-ann")));
            assertEquals(Map.of("first", "Ann", "last", "Lee"), stored(connection, "people", "locked-ann"));
            assertEquals(Map.of("first", "Bob", "last", "Ray"), stored(connection, "people", "bob"));
            assertTrue(store.delete("bob"));
            assertNull(TempDatabase.storedJson(connection, "people", "bob"));
        }
    }

    @Test
    void hooksRunInTheOrderGiven() throws Exception {
        Map<String, Object> named = Map.of("type", "object", "required", List.of("name"));
        KvHook fillName = KvHooks.defaults(Map.of("name", "anonymous"));
        try (Connection connection = TempDatabase.open(dir)) {
            try (KvStore store = KvStore.open(connection, "first", hooks(fillName, KvHooks.schema(named)))) {
                store.put("x", Map.of());
                assertEquals("{\"name\":\"anonymous\"}", TempDatabase.storedJson(connection, "first", "x"));
            }
            try (KvStore store = KvStore.open(connection, "second", hooks(KvHooks.schema(named), fillName))) {
                refused("23514", () -> store.put("x", Map.of()));
                assertNull(TempDatabase.storedJson(connection, "second", "x"));
            }
        }
    }

    @Test
    void aRefusalInsideAnOpenTransactionLeavesItUsable() throws Exception {
        try (Connection connection = TempDatabase.open(dir);
             KvStore store = KvStore.open(connection, "rows", hooks(KvHooks.schema(ROW)))) {
            connection.setAutoCommit(false);
            store.put("a", 1);
            refused("23514", () -> store.increment("a", 20));
            store.put("b", 2);
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement count = connection.createStatement();
                 var rows = count.executeQuery(
                         "SELECT group_concat(key || '=' || value) FROM (SELECT * FROM rows ORDER BY key)")) {
                rows.next();
                assertEquals("a=1,b=2", rows.getString(1));
            }
        }
    }
}
