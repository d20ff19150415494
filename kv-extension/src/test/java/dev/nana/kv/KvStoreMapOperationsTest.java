package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dict operations of NanaSQLite, checked against what the file holds (read with plain SQL). */
class KvStoreMapOperationsTest extends StoreOnTempFile {
    @Test
    void putWritesJsonTextAndOverwrites() throws Exception {
        store.put("user", Map.of("name", "Alice"));
        assertEquals("{\"name\":\"Alice\"}", stored("user"));
        store.put("user", List.of("now", "a", "list"));
        assertEquals("[\"now\",\"a\",\"list\"]", stored("user"));
        assertEquals(List.of("now", "a", "list"), store.get("user"));
        assertEquals(1, TempDatabase.rowCount(connection, "data"));
    }

    @Test
    void numbersKeepTheirKind() throws Exception {
        store.put("int", 42);
        store.put("long", 1L << 40);
        store.put("big", new BigInteger("123456789012345678901234567890"));
        store.put("double", 1.5);
        store.put("whole double", 2.0);
        store.clearCache();
        assertEquals(42, store.get("int"));
        assertEquals(1L << 40, store.get("long"));
        assertEquals(new BigInteger("123456789012345678901234567890"), store.get("big"));
        assertEquals(1.5, store.get("double"));
        assertEquals(2.0, store.get("whole double"));
        assertEquals("123456789012345678901234567890", stored("big"));
        assertEquals("2.0", stored("whole double"));
    }

    @Test
    void readsAreImmutableSoACachedValueCannotBeChangedByACaller() throws Exception {
        store.put("user", Map.of("name", "Alice", "tags", List.of("a")));
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) store.get("user");
        assertThrows(UnsupportedOperationException.class, () -> user.put("name", "Mallory"));
        @SuppressWarnings("unchecked")
        List<Object> tags = (List<Object>) user.get("tags");
        assertThrows(UnsupportedOperationException.class, () -> tags.add("b"));
        assertEquals(Map.of("name", "Alice", "tags", List.of("a")), store.get("user"));
    }

    @Test
    void aMutableValueChangedAfterPutDoesNotChangeWhatIsStoredOrCached() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("n", 1);
        store.put("k", value);
        value.put("n", 2);
        assertEquals(Map.of("n", 1), store.get("k"));
        assertEquals("{\"n\":1}", stored("k"));
    }

    @Test
    void getOrDefaultGivesTheDefaultOnlyWhenThereIsNoRow() throws Exception {
        store.put("null", null);
        assertEquals("fallback", store.getOrDefault("missing", "fallback"));
        assertNull(store.getOrDefault("null", "fallback"));
        assertEquals("null", stored("null"));
        assertNull(store.get("missing"));
    }

    @Test
    void deleteSaysWhetherThereWasARow() throws Exception {
        store.put("k", 1);
        assertTrue(store.delete("k"));
        assertFalse(TempDatabase.hasRow(connection, "data", "k"));
        assertFalse(store.contains("k"));
        assertNull(store.get("k"));
        assertFalse(store.delete("k"));
        assertFalse(store.delete("never"));
    }

    @Test
    void containsAndSizeSeeTheFile() throws Exception {
        store.put("a", 1);
        store.put("b", null);
        assertTrue(store.contains("a"));
        assertTrue(store.contains("b"));
        assertFalse(store.contains("never"));
        TempDatabase.writeRow(connection, "data", "c", "3");
        assertEquals(3, store.size());
        assertTrue(store.contains("c"));
    }

    @Test
    void putAllStoresEveryEntry() throws Exception {
        store.putAll(Map.of("a", 1, "b", "two"));
        assertEquals("1", stored("a"));
        assertEquals("\"two\"", stored("b"));
        assertEquals(2, store.size());
    }

    @Test
    void popReturnsTheValueAndRemovesTheRow() throws Exception {
        store.put("k", Map.of("v", 1));
        TempDatabase.writeRow(connection, "data", "k", "{\"v\":2}");
        assertEquals(Map.of("v", 2), store.pop("k"));
        assertFalse(TempDatabase.hasRow(connection, "data", "k"));
        assertFalse(store.contains("k"));
        assertNull(store.pop("k"));
        store.put("null", null);
        assertNull(store.pop("null"));
        assertFalse(TempDatabase.hasRow(connection, "data", "null"));
    }

    @Test
    void putIfAbsentHasMapSemantics() throws Exception {
        assertNull(store.putIfAbsent("k", "first"));
        assertEquals("\"first\"", stored("k"));
        assertEquals("first", store.putIfAbsent("k", "second"));
        assertEquals("\"first\"", stored("k"));
        assertEquals("first", store.get("k"));
    }

    @Test
    void putIfAbsentReadsTheFileNotTheCache() throws Exception {
        assertNull(store.get("k"));
        TempDatabase.writeRow(connection, "data", "k", "\"written by SQL\"");
        assertEquals("written by SQL", store.putIfAbsent("k", "mine"));
        assertEquals("\"written by SQL\"", stored("k"));
        assertEquals("written by SQL", store.get("k"));
    }

    @Test
    void aStoredJsonNullCountsAsPresentForPutIfAbsent() throws Exception {
        // Unlike java.util.Map (where a null value counts as absent): a JSON null is a row, as contains() says.
        store.put("k", null);
        assertNull(store.putIfAbsent("k", "value"));
        assertEquals("null", stored("k"));
        assertTrue(store.contains("k"));
    }

    @Test
    void clearDeletesEveryRowAndForgetsTheCache() throws Exception {
        store.put("a", 1);
        store.put("b", 2);
        store.clear();
        assertEquals(0, TempDatabase.rowCount(connection, "data"));
        assertNull(store.get("a"));
        assertFalse(store.contains("b"));
        assertEquals(0, store.size());
    }

    @Test
    void toMapIsAnInsertionOrderedCopy() throws Exception {
        store.put("z", 1);
        store.put("a", List.of(2));
        store.put("m", null);
        Map<String, Object> copy = store.toMap();
        assertEquals(List.of("z", "a", "m"), List.copyOf(copy.keySet()));
        assertEquals(List.of(2), copy.get("a"));
        assertTrue(copy.containsKey("m"));
        copy.put("new", 1);
        assertFalse(store.contains("new"));
        assertInstanceOf(LinkedHashMap.class, copy);
    }

    @Test
    void valuesSurviveReopeningTheFile() throws Exception {
        store.put("k", Map.of("nested", Map.of("deep", List.of(true, false, 1.25))));
        store.close();
        connection.close();
        connection = TempDatabase.open(dir);
        store = KvStore.open(connection, "data");
        assertEquals(Map.of("nested", Map.of("deep", List.of(true, false, 1.25))), store.get("k"));
    }

    @Test
    void unicodeKeysAndValuesRoundTrip() throws Exception {
        store.put("ключ 🔑", "値 \u0000 \"quoted\" \\ end");
        store.clearCache();
        assertEquals("値 \u0000 \"quoted\" \\ end", store.get("ключ 🔑"));
        assertTrue(TempDatabase.hasRow(connection, "data", "ключ 🔑"));
    }
}
