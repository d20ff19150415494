package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** batchPut is all-or-nothing, batchPutPartial reports per key, batchGet and batchDelete work on many keys. */
class KvStoreBatchTest extends StoreOnTempFile {
    private static Map<String, Object> numbered(int count) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            values.put("key" + i, i);
        }
        return values;
    }

    /** Large batches are encoded on several threads; the outcome must be the same as in order. */
    @Test
    void aLargeBatchIsAllOrNothingAndReportsItsFirstBadValue() throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            values.put("k" + i, Map.of("n", i));
        }
        values.put("k7000", Map.of("n", Double.NaN));
        values.put("k15000", Map.of("n", Double.POSITIVE_INFINITY));
        SQLException refused = assertThrows(SQLException.class, () -> store.batchPut(values));
        assertEquals("22023", refused.getSQLState());
        assertTrue(refused.getMessage().contains("'k7000'"), refused.getMessage());
        assertEquals(0, store.size());

        values.put("k7000", Map.of("n", 7000));
        values.put("k15000", Map.of("n", 15000));
        store.batchPut(values);
        assertEquals(20_000, store.size());
        assertEquals("{\"n\":19999}", stored("k19999"));
        assertEquals(Map.of("n", 15000), store.get("k15000"));
    }

    @Test
    void batchPutStoresEverything() throws Exception {
        store.put("key3", "old");
        store.batchPut(numbered(250));
        assertEquals(250, TempDatabase.rowCount(connection, "data"));
        assertEquals("3", TempDatabase.storedJson(connection, "data", "key3"));
        assertEquals(3, store.get("key3"));
        assertEquals(249, store.get("key249"));
        store.batchPut(Map.of());
        assertEquals(250, store.size());
    }

    @Test
    void aBadValueInTheBatchWritesNothing() throws Exception {
        store.put("key0", "old");
        Map<String, Object> values = numbered(150);
        values.put("bad", Double.NaN);
        SQLException e = assertThrows(SQLException.class, () -> store.batchPut(values));
        assertEquals("22023", e.getSQLState());
        assertTrue(e.getMessage().contains("'bad'"), e.getMessage());
        assertEquals(List.of("key0"), TempDatabase.storedKeys(connection, "data"));
        assertEquals("old", store.get("key0"));
        assertFalse(store.contains("key1"));
    }

    @Test
    void aBadKeyInTheBatchWritesNothing() throws Exception {
        Map<String, Object> values = new HashMap<>(numbered(3));
        values.put("", 1);
        assertEquals("22001", assertThrows(SQLException.class, () -> store.batchPut(values)).getSQLState());
        values.remove("");
        values.put(null, 1);
        assertEquals("22001", assertThrows(SQLException.class, () -> store.putAll(values)).getSQLState());
        assertEquals(0, TempDatabase.rowCount(connection, "data"));
    }

    /**
     * 20,000 values are written in key order while later ones are still being encoded; a refusal halfway ("key5bad"
     * sorts among the key5... rows) must still leave nothing behind.
     */
    @Test
    void aDatabaseFailureMidBatchWritesNothing() throws Exception {
        TempDatabase.refuseKeys(connection, "data", "key5bad");
        store.put("key0", "old");
        for (int size : new int[] {5, 250, 20_000}) {
            Map<String, Object> values = numbered(size);
            values.put("key5bad", "refused by the table");
            SQLException e = assertThrows(SQLException.class, () -> store.batchPut(values));
            assertTrue(e.getMessage().contains("no key5bad"), e.getMessage());
            assertEquals(List.of("key0"), TempDatabase.storedKeys(connection, "data"));
            assertEquals("old", store.get("key0"));
            assertFalse(store.contains("key1"));
            assertFalse(store.contains("key5bad"));
        }
        assertTrue(connection.getAutoCommit(), "the batch's own transaction is over");
        store.put("key1", "after");
        assertEquals("\"after\"", TempDatabase.storedJson(connection, "data", "key1"));
    }

    @Test
    void batchPutPartialStoresTheGoodOnesAndReportsTheOthers() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("good1", 1);
        values.put("nan", Double.NaN);
        values.put("object", new Object());
        values.put("", "empty key");
        values.put(null, "null key");
        values.put("x".repeat(2000), "long key");
        values.put("good2", Map.of("ok", true));
        Map<String, String> failures = store.batchPutPartial(values);
        assertEquals(List.of("nan", "object", "", "null", "x".repeat(2000)), List.copyOf(failures.keySet()));
        assertTrue(failures.get("nan").contains("NaN"), failures.get("nan"));
        assertTrue(failures.get("").contains("must not be empty"), failures.get(""));
        assertTrue(failures.get("null").contains("must not be null"), failures.get("null"));
        assertTrue(failures.values().stream().allMatch(message -> message.startsWith("nana: ")));
        assertThrows(UnsupportedOperationException.class, () -> failures.put("x", "y"));
        assertEquals(List.of("good1", "good2"), TempDatabase.storedKeys(connection, "data"));
        assertEquals("{\"ok\":true}", TempDatabase.storedJson(connection, "data", "good2"));
        assertEquals(Map.of(), store.batchPutPartial(Map.of("good3", 3)));
        assertEquals(3, store.get("good3"));
    }

    @Test
    void batchPutPartialWritesNothingWhenTheDatabaseWriteFails() throws Exception {
        TempDatabase.refuseKeys(connection, "data", "bad");
        SQLException e = assertThrows(SQLException.class,
                () -> store.batchPutPartial(Map.of("good", 1, "bad", 2)));
        assertTrue(e.getMessage().contains("no bad"), e.getMessage());
        assertEquals(0, TempDatabase.rowCount(connection, "data"));
        assertFalse(store.contains("good"));
    }

    @Test
    void batchGetGivesTheKeysThatHaveRowsInTheOrderAsked() throws Exception {
        store.put("a", 1);
        store.put("n", null);
        TempDatabase.writeRow(connection, "data", "sql", "\"uncached\"");
        Map<String, Object> found = store.batchGet(List.of("sql", "missing", "n", "a", "a"));
        assertEquals(List.of("sql", "n", "a"), List.copyOf(found.keySet()));
        assertEquals("uncached", found.get("sql"));
        assertNull(found.get("n"));
        assertEquals(1, found.get("a"));
        assertEquals(Map.of(), store.batchGet(List.of()));
        assertTrue(store.isCached("sql"), "batchGet caches what it read");
    }

    @Test
    void batchGetReadsMoreKeysThanOneSelectTakes() throws Exception {
        store.batchPut(numbered(1200));
        store.clearCache();
        List<String> keys = new java.util.ArrayList<>(numbered(1300).keySet());
        Map<String, Object> found = store.batchGet(keys);
        assertEquals(1200, found.size());
        assertEquals(1199, found.get("key1199"));
        assertFalse(found.containsKey("key1200"));
    }

    @Test
    void batchDeleteCountsTheRowsItDeleted() throws Exception {
        store.batchPut(Map.of("a", 1, "b", 2, "c", 3));
        assertEquals(2, store.batchDelete(List.of("a", "c", "missing")));
        assertEquals(List.of("b"), TempDatabase.storedKeys(connection, "data"));
        assertFalse(store.contains("a"));
        assertNull(store.get("c"));
        assertEquals(0, store.batchDelete(List.of()));
    }

    @Test
    void batchDeleteWithABadKeyDeletesNothing() throws Exception {
        store.batchPut(Map.of("a", 1, "b", 2));
        SQLException e = assertThrows(SQLException.class, () -> store.batchDelete(Arrays.asList("a", null)));
        assertEquals("22001", e.getSQLState());
        assertEquals(2, TempDatabase.rowCount(connection, "data"));
    }

    @Test
    void batchDeleteIsAllOrNothingWhenTheDatabaseRefusesOne() throws Exception {
        store.batchPut(Map.of("a", 1, "keep", 2, "b", 3));
        TempDatabase.execute(connection, "CREATE TRIGGER keep_it BEFORE DELETE ON data WHEN OLD.key = 'keep' "
                + "BEGIN SELECT RAISE(ABORT, 'keep stays'); END");
        SQLException e = assertThrows(SQLException.class, () -> store.batchDelete(List.of("a", "keep", "b")));
        assertTrue(e.getMessage().contains("keep stays"), e.getMessage());
        assertEquals(3, TempDatabase.rowCount(connection, "data"));
        assertEquals(1, store.get("a"));
    }
}
