package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a SQLException with a documented SQLState and a message naming the culprit; nothing is written. */
class KvStoreBadInputTest extends StoreOnTempFile {
    @FunctionalInterface
    interface KeyOperation {
        void run(KvStore store, String key) throws SQLException;
    }

    private static final List<KeyOperation> KEY_OPERATIONS = List.of(
            (s, k) -> s.put(k, 1),
            (s, k) -> s.get(k),
            (s, k) -> s.getOrDefault(k, 1),
            (s, k) -> s.get(k, String.class),
            (s, k) -> s.get(k, new TypeReference<List<String>>() { }),
            (s, k) -> s.contains(k),
            (s, k) -> s.delete(k),
            (s, k) -> s.pop(k),
            (s, k) -> s.putIfAbsent(k, 1),
            (s, k) -> s.increment(k, 1),
            (s, k) -> s.increment(k, "f", 1),
            (s, k) -> s.patch(k, Map.of("a", 1)),
            (s, k) -> s.getFresh(k),
            (s, k) -> s.refresh(k),
            (s, k) -> s.batchPut(withFine(k)),
            (s, k) -> s.putAll(withFine(k)),
            (s, k) -> s.batchGet(Arrays.asList("fine", k)),
            (s, k) -> s.batchDelete(Arrays.asList("fine", k)));

    /** A batch of a good key and {@code key} (HashMap takes a null key, Map.of does not). */
    private static Map<String, Object> withFine(String key) {
        Map<String, Object> map = new HashMap<>();
        map.put("fine", 0);
        map.put(key, 1);
        return map;
    }

    @Test
    void nullEmptyAndOversizedKeysAreRefusedByEveryOperation() throws Exception {
        store.put("fine", "before");
        String oversized = "user-profile-" + "x".repeat(2000);
        for (KeyOperation operation : KEY_OPERATIONS) {
            assertInvalidKey(assertThrows(SQLException.class, () -> operation.run(store, null)), "must not be null");
            assertInvalidKey(assertThrows(SQLException.class, () -> operation.run(store, "")), "must not be empty");
            SQLException tooLong = assertThrows(SQLException.class, () -> operation.run(store, oversized));
            assertInvalidKey(tooLong, "'user-profile-xxx");
            assertTrue(tooLong.getMessage().contains("...' is 2013 chars long; the limit is 1024"), tooLong.getMessage());
            assertTrue(tooLong.getMessage().length() < 300, tooLong.getMessage());
        }
        assertEquals(List.of("fine"), TempDatabase.storedKeys(connection, "data"));
        assertEquals("\"before\"", TempDatabase.storedJson(connection, "data", "fine"));
    }

    @Test
    void keysWithAnUnpairedSurrogateAreRefusedAndNeverMergeWithAnother() throws Exception {
        store.put("k?", "second");
        store.put("emoji \uD83D\uDE00", "a pair is fine");
        for (KeyOperation operation : KEY_OPERATIONS) {
            for (String key : List.of("k\uD800", "k\uDC00", "\uDE00\uD83D")) {
                assertInvalidKey(assertThrows(SQLException.class, () -> operation.run(store, key)),
                        "unpaired UTF-16 surrogate");
            }
        }
        assertEquals("second", store.get("k?"));
        assertEquals("a pair is fine", store.get("emoji \uD83D\uDE00"));
        assertEquals(List.of("k?", "emoji \uD83D\uDE00"), TempDatabase.storedKeys(connection, "data"));
    }

    @Test
    void everyValueThatCanBeWrittenIsReadBackByEveryReadPath() throws Exception {
        BigInteger huge = new BigInteger("9".repeat(1100));
        String longText = "t".repeat(25 * 1024 * 1024);
        String longName = "f".repeat(60_000);
        Map<String, Object> written = new java.util.LinkedHashMap<>();
        written.put("big", huge);
        written.put("long", longText);
        written.put("name", Map.of(longName, 1));
        written.forEach((key, value) -> assertDoesNotThrow(() -> store.put(key, value)));
        try (KvStore fresh = KvStore.open(connection, "data", KvOptions.defaults().withCache(CacheMode.none()))) {
            assertEquals(huge, fresh.get("big"));
            assertEquals(longText, fresh.get("long"));
            assertEquals(Map.of(longName, 1), fresh.get("name"));
            assertEquals(written, fresh.toMap());
            try (var values = fresh.values()) {
                assertEquals(List.copyOf(written.values()), values.toList());
            }
            assertEquals(written.keySet(), fresh.batchGet(written.keySet()).keySet());
        }
    }

    @Test
    void theKeyLengthLimitIsAnOption() throws Exception {
        try (KvStore shortKeys = KvStore.open(connection, "short", KvOptions.defaults().withMaxKeyLength(8))) {
            shortKeys.put("12345678", 1);
            SQLException e = assertThrows(SQLException.class, () -> shortKeys.put("123456789", 1));
            assertInvalidKey(e, "'123456789' is 9 chars long; the limit is 8");
            assertEquals(List.of("12345678"), TempDatabase.storedKeys(connection, "short"));
        }
    }

    @Test
    void valuesJsonCannotHoldAreRefusedAndTheOldValueStays() throws Exception {
        store.put("k", "old");
        Map<String, Object> cycle = new HashMap<>();
        cycle.put("self", cycle);
        List<Object> badValues = List.of(new Object(), cycle, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Float.NaN, List.of(1.0, Double.NaN), Map.of("nested", Map.of("v", Float.NEGATIVE_INFINITY)),
                new Reading("t", Double.NaN), new double[] {1.0, Double.NaN}, new float[] {Float.POSITIVE_INFINITY},
                new BigDecimal("1e400"), List.of(new BigDecimal("-1e400")), "x\uD800y", "x\uDC00",
                Map.of("name\uD800", 1), List.of("a", "\uD83D"));
        for (Object bad : badValues) {
            for (KeyOperation operation : List.<KeyOperation>of(
                    (s, key) -> s.put(key, bad),
                    (s, key) -> s.putIfAbsent("absent", bad),
                    (s, key) -> s.batchPut(Map.of("k2", 1, key, bad)))) {
                SQLException e = assertThrows(SQLException.class, () -> operation.run(store, "k"),
                        () -> "accepted " + bad.getClass().getSimpleName());
                assertEquals("22023", e.getSQLState(), e.getMessage());
                assertTrue(e.getMessage().startsWith("nana: "), e.getMessage());
            }
        }
        assertEquals("old", store.get("k"));
        assertEquals(List.of("k"), TempDatabase.storedKeys(connection, "data"));
        assertEquals("\"old\"", TempDatabase.storedJson(connection, "data", "k"));
    }

    @Test
    void theMessageOfARefusedValueNamesTheKeyAndTheReason() throws Exception {
        SQLException nan = assertThrows(SQLException.class, () -> store.put("temperature", Double.NaN));
        assertTrue(nan.getMessage().contains("'temperature'"), nan.getMessage());
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
        SQLException object = assertThrows(SQLException.class, () -> store.put("thing", new Object()));
        assertTrue(object.getMessage().contains("'thing'"), object.getMessage());
    }

    @Test
    void nullArgumentsAreHy009NotNullPointerExceptions() throws Exception {
        List<KeyOperation> operations = List.of(
                (s, k) -> s.get(k, (Class<?>) null),
                (s, k) -> s.get(k, (TypeReference<?>) null),
                (s, k) -> s.batchPut(null),
                (s, k) -> s.putAll(null),
                (s, k) -> s.batchPutPartial(null),
                (s, k) -> s.batchGet(null),
                (s, k) -> s.batchDelete(null),
                (s, k) -> s.increment(k, null),
                (s, k) -> s.increment(k, null, 1),
                (s, k) -> s.increment(k, "f", null),
                (s, k) -> s.patch(k, null),
                (s, k) -> s.backup(null),
                (s, k) -> s.restore(null),
                (s, k) -> KvStore.open((Connection) null, "data"),
                (s, k) -> KvStore.open(connection, "data", null),
                (s, k) -> KvStore.open((javax.sql.DataSource) null, "data"),
                (s, k) -> KvStore.open(new FileDataSource(dir), "data", null));
        for (KeyOperation operation : operations) {
            SQLException e = assertThrows(SQLException.class, () -> operation.run(store, "k"));
            assertEquals("HY009", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().startsWith("nana: ") && e.getMessage().endsWith(" must not be null"),
                    e.getMessage());
        }
        assertEquals(0, TempDatabase.rowCount(connection, "data"));
    }

    @Test
    void aStoredValueThatIsNotJsonIs22032WhenRead() throws Exception {
        TempDatabase.writeRow(connection, "data", "broken", "not json {");
        TempDatabase.writeRow(connection, "data", "trailing", "{\"a\": 1} extra");
        TempDatabase.writeRow(connection, "data", "nan", "NaN");
        for (String key : List.of("broken", "trailing", "nan")) {
            for (KeyOperation read : List.<KeyOperation>of(
                    (s, k) -> s.get(k),
                    (s, k) -> s.getOrDefault(k, "default"),
                    (s, k) -> s.get(k, Map.class),
                    (s, k) -> s.getFresh(k),
                    (s, k) -> s.batchGet(List.of(k)),
                    (s, k) -> s.pop(k))) {
                SQLException e = assertThrows(SQLException.class, () -> read.run(store, key), key);
                assertEquals("22032", e.getSQLState(), e.getMessage());
                assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
            }
            assertTrue(store.contains(key));
        }
        assertEquals("22032", assertThrows(SQLException.class, store::toMap).getSQLState());
        try (var entries = store.entries()) {
            KvIterationException e = assertThrows(KvIterationException.class, () -> entries.forEach(entry -> { }));
            assertEquals("22032", e.getCause().getSQLState());
        }
        assertEquals(List.of("broken", "trailing", "nan"), TempDatabase.storedKeys(connection, "data"));
    }

    @Test
    void aValueThatDoesNotFitTheRequestedTypeIs22032() throws Exception {
        store.put("word", "text");
        store.put("user", Map.of("name", "Ann", "age", "not a number"));
        SQLException number = assertThrows(SQLException.class, () -> store.get("word", Integer.class));
        assertEquals("22032", number.getSQLState());
        assertTrue(number.getMessage().contains("'word'") && number.getMessage().contains("java.lang.Integer"),
                number.getMessage());
        assertEquals("22032", assertThrows(SQLException.class, () -> store.get("user", Person.class)).getSQLState());
    }

    @Test
    void aSqlNullValueReadsAsJsonNull() throws Exception {
        TempDatabase.execute(connection, "INSERT INTO data (key, value) VALUES ('nothing', NULL)");
        assertNull(store.get("nothing"));
        assertNull(store.getOrDefault("nothing", "default"));
        assertTrue(store.contains("nothing"));
        assertFalse(store.contains("other"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("nothing", null);
        assertEquals(expected, store.toMap());
        List<Object> values = new ArrayList<>();
        try (var stream = store.values()) {
            stream.forEach(values::add);
        }
        assertEquals(Arrays.asList((Object) null), values);
    }

    record Reading(String sensor, double value) {
    }

    record Person(String name, int age) {
    }

    private static void assertInvalidKey(SQLException e, String fragment) {
        assertEquals("22001", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().startsWith("nana: "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
