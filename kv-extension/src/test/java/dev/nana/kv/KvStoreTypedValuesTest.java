package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records, POJOs, byte[] and java.time through get(key, Class) and get(key, TypeReference), read from the file. */
class KvStoreTypedValuesTest {
    @TempDir
    Path dir;

    record Point(int x, int y) {
    }

    record Account(String owner, Instant opened, LocalDate birthday, Duration grace, List<Point> places) {
    }

    /** A bean with a no-arg constructor and accessors, as set_model/get_model users write them. */
    public static final class Profile {
        private String name;
        private int age;

        public Profile() {
        }

        Profile(String name, int age) {
            this.name = name;
            this.age = age;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getAge() {
            return age;
        }

        public void setAge(int age) {
            this.age = age;
        }
    }

    /** A value as Class:value, its maps' and lists' elements too, so Integer 1 and Long 1 differ. */
    private static String typed(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(k).append('=').append(typed(v)).append(' '));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(typed(v)).append(' '));
            return out.append(']').toString();
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    @Test
    void theValueReadRightAfterAPutIsTheOneReadFromTheFileClassForClass() throws Exception {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", null);
        nested.put("a", new ArrayList<>(List.of(1L, 5_000_000_000L, BigInteger.ONE, BigInteger.TEN.pow(30))));
        nested.put("d", -0.0);
        List<Object> values = Arrays.asList("text", true, 7, 7L, Long.MIN_VALUE, 1.5, 1e300, null,
                BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE), nested,
                List.of(Map.of("k", List.of())), 1.1f, (short) 3, new Point(1, 2), Map.of("p", new Point(3, 4)),
                new HashMap<>(Map.of(1, "an Integer key")), new int[] {1, 2});
        Map<String, String> afterPut = new LinkedHashMap<>();
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            for (int i = 0; i < values.size(); i++) {
                store.put("v" + i, values.get(i));
                afterPut.put("v" + i, typed(store.get("v" + i)));
            }
            ((List<Object>) nested.get("a")).add("added after the put");
            assertEquals(afterPut.get("v10"), typed(store.get("v10")), "the cache holds a copy, not the caller's map");
        }
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            for (String key : afterPut.keySet()) {
                assertEquals(typed(store.get(key)), afterPut.get(key), key);
            }
        }
    }

    @Test
    void aRecordWithJavaTimeFieldsRoundTripsAsIsoText() throws Exception {
        Account account = new Account("ann", Instant.parse("2024-05-01T10:15:30.123Z"), LocalDate.of(1990, 2, 28),
                Duration.ofMinutes(90), List.of(new Point(1, 2)));
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("account", account);
            assertEquals("{\"owner\":\"ann\",\"opened\":\"2024-05-01T10:15:30.123Z\",\"birthday\":\"1990-02-28\","
                    + "\"grace\":\"PT1H30M\",\"places\":[{\"x\":1,\"y\":2}]}",
                    TempDatabase.storedJson(connection, "data", "account"));
            assertEquals(account, store.get("account", Account.class));
            assertEquals(Map.of("x", 1, "y", 2), ((List<?>) ((Map<?, ?>) store.get("account")).get("places")).get(0));
        }
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            assertEquals(account, store.get("account", Account.class));
        }
    }

    @Test
    void aPojoRoundTripsAndReadsAsAMapUntyped() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("p", new Profile("Bob", 25));
            assertEquals("{\"name\":\"Bob\",\"age\":25}", TempDatabase.storedJson(connection, "data", "p"));
            Profile read = store.get("p", Profile.class);
            assertEquals("Bob", read.getName());
            assertEquals(25, read.getAge());
            assertEquals(Map.of("name", "Bob", "age", 25), store.get("p"));
        }
    }

    @Test
    void aValueWrittenByNanaSqliteReadsAsAPojoIgnoringUnknownFields() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            TempDatabase.writeRow(connection, "data", "u1", "{\"name\": \"Carol\", \"age\": 41, \"email\": \"c@x\"}");
            Profile carol = store.get("u1", Profile.class);
            assertEquals("Carol", carol.getName());
            assertEquals(41, carol.getAge());
        }
    }

    @Test
    void bytesRoundTripAsBase64Text() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 0xff, (byte) 0xfe, 127};
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("blob", bytes);
            assertEquals("\"AAEC//5/\"", TempDatabase.storedJson(connection, "data", "blob"));
            assertArrayEquals(bytes, store.get("blob", byte[].class));
            assertEquals("AAEC//5/", store.get("blob"));
            store.clearCache();
            assertArrayEquals(bytes, store.get("blob", byte[].class));
            store.put("empty", new byte[0]);
            assertArrayEquals(new byte[0], store.get("empty", byte[].class));
        }
    }

    @Test
    void typeReferencesReadGenericTypes() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("points", List.of(new Point(1, 2), new Point(3, 4)));
            assertEquals("[{\"x\":1,\"y\":2},{\"x\":3,\"y\":4}]", TempDatabase.storedJson(connection, "data", "points"));
            List<Point> points = store.get("points", new TypeReference<List<Point>>() { });
            assertEquals(List.of(new Point(1, 2), new Point(3, 4)), points);
            store.put("byName", Map.of("origin", new Point(0, 0)));
            assertEquals(Map.of("origin", new Point(0, 0)),
                    store.get("byName", new TypeReference<Map<String, Point>>() { }));
        }
    }

    @Test
    void typedReadsOfMissingKeysAndJsonNullAreNull() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("null", null);
            assertNull(store.get("missing", Point.class));
            assertNull(store.get("null", Point.class));
            assertNull(store.get("missing", new TypeReference<List<Point>>() { }));
        }
    }

    @Test
    void typedReadsComeFromTheCacheLikeUntypedOnes() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("p", new Point(1, 1));
            TempDatabase.writeRow(connection, "data", "p", "{\"x\":9,\"y\":9}");
            assertEquals(new Point(1, 1), store.get("p", Point.class));
            store.refresh("p");
            assertEquals(new Point(9, 9), store.get("p", Point.class));
        }
    }
}
