package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** increment and patch: read, change and write in one step, checked in the file. */
class KvStoreAtomicUpdatesTest extends StoreOnTempFile {
    @Test
    void incrementStartsFromZeroAndKeepsIntegers() throws Exception {
        assertEquals(5, store.increment("n", 5));
        assertEquals("5", stored("n"));
        assertEquals(-2, store.increment("n", -7));
        assertEquals(3_000_000_000L - 2, store.increment("n", 3_000_000_000L));
        assertEquals("2999999998", stored("n"));
        assertEquals(3_000_000_000L, store.increment("n", BigInteger.TWO));
        assertEquals(3_000_000_001L, store.increment("n", (short) 1));
    }

    @Test
    void incrementReadsTheFileNotTheCache() throws Exception {
        store.put("n", 1);
        TempDatabase.writeRow(connection, "data", "n", "10");
        assertEquals(11, store.increment("n", 1));
        assertEquals(11, store.get("n"));
    }

    @Test
    void aLongThatOverflowsBecomesABigInteger() throws Exception {
        store.put("n", Long.MAX_VALUE);
        assertEquals(new BigInteger("9223372036854775808"), store.increment("n", 1));
        assertEquals("9223372036854775808", stored("n"));
        assertEquals(Long.MAX_VALUE, store.increment("n", -1));
        store.put("low", Long.MIN_VALUE);
        assertEquals(new BigInteger("-9223372036854775809"), store.increment("low", -1));
    }

    @Test
    void anyDecimalMakesADouble() throws Exception {
        assertEquals(0.5, store.increment("d", 0.5));
        assertEquals(1.75, store.increment("d", 1.25f));
        assertEquals("1.75", stored("d"));
        store.put("i", 2);
        assertEquals(2.5, store.increment("i", new BigDecimal("0.5")));
        store.put("x", 1.5);
        assertEquals(2.5, store.increment("x", 1));
        assertEquals("2.5", stored("x"));
    }

    @Test
    void incrementOfAFieldKeepsTheOtherFields() throws Exception {
        assertEquals(1, store.increment("stats", "hits", 1));
        assertEquals("{\"hits\":1}", stored("stats"));
        store.put("user", ordered("name", "Ann", "age", 30));
        assertEquals(31, store.increment("user", "age", 1));
        assertEquals(1, store.increment("user", "logins", 1));
        assertEquals(Map.of("name", "Ann", "age", 31, "logins", 1), store.get("user"));
        assertEquals("{\"name\":\"Ann\",\"age\":31,\"logins\":1}", stored("user"));
    }

    @Test
    void incrementOfSomethingThatIsNotANumberIsRefusedAndNothingIsWritten() throws Exception {
        store.put("word", "text");
        store.put("user", Map.of("name", "Ann"));
        store.put("list", List.of(1));
        assertNotNumber(() -> store.increment("word", 1), "'word'");
        assertNotNumber(() -> store.increment("user", 1), "'user'");
        assertNotNumber(() -> store.increment("user", "name", 1), "field 'name' of key 'user'");
        assertNotNumber(() -> store.increment("list", "n", 1), "'list'");
        assertNotNumber(() -> store.increment("absent", Double.NaN), "'absent'");
        assertNotNumber(() -> store.increment("absent", "f", Double.POSITIVE_INFINITY), "'absent'");
        assertEquals("\"text\"", stored("word"));
        assertEquals("{\"name\":\"Ann\"}", stored("user"));
        assertEquals("[1]", stored("list"));
        assertTrue(!TempDatabase.hasRow(connection, "data", "absent"));
        assertEquals(Map.of("name", "Ann"), store.get("user"));
        assertEquals(3, store.size());
    }

    /** A map in the order given (Map.of has none), so the stored JSON text is predictable. */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static void assertNotNumber(org.junit.jupiter.api.function.Executable call, String fragment) {
        SQLException e = assertThrows(SQLException.class, call);
        assertEquals("22023", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void patchMergesNestedObjectsAndNullRemoves() throws Exception {
        store.put("user", ordered("name", "Bob", "age", 25, "email", "b@x",
                "address", ordered("city", "Oslo", "zip", "0150", "geo", Map.of("lat", 1, "lon", 2))));
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("age", 26);
        changes.put("email", null);
        Map<String, Object> address = new HashMap<>();
        address.put("zip", "0151");
        address.put("geo", null);
        changes.put("address", address);
        changes.put("tags", List.of("new"));
        Object patched = store.patch("user", changes);
        Map<String, Object> expected = Map.of("name", "Bob", "age", 26,
                "address", Map.of("city", "Oslo", "zip", "0151"), "tags", List.of("new"));
        assertEquals(expected, patched);
        assertEquals(expected, store.get("user"));
        store.clearCache();
        assertEquals(expected, store.get("user"));
        assertEquals("{\"name\":\"Bob\",\"age\":26,\"address\":{\"city\":\"Oslo\",\"zip\":\"0151\"},\"tags\":[\"new\"]}",
                stored("user"));
    }

    @Test
    void patchFollowsRfc7396ForNewAndReplacedMembers() throws Exception {
        Map<String, Object> created = new HashMap<>();
        created.put("a", Map.of("b", 1));
        created.put("gone", null);
        assertEquals(Map.of("a", Map.of("b", 1)), store.patch("new", created));
        assertEquals("{\"a\":{\"b\":1}}", stored("new"));

        store.put("doc", Map.of("a", "scalar", "list", List.of(1, 2, 3)));
        Map<String, Object> nestedNull = new HashMap<>();
        nestedNull.put("c", null);
        nestedNull.put("d", 4);
        assertEquals(Map.of("a", Map.of("d", 4), "list", List.of(9)),
                store.patch("doc", Map.of("a", nestedNull, "list", List.of(9))));
    }

    @Test
    void patchOfSomethingThatIsNotAnObjectIsRefusedAndNothingIsWritten() throws Exception {
        store.put("list", List.of(1, 2));
        SQLException e = assertThrows(SQLException.class, () -> store.patch("list", Map.of("a", 1)));
        assertEquals("22023", e.getSQLState());
        assertTrue(e.getMessage().contains("'list' is an array, not an object"), e.getMessage());
        assertEquals("[1,2]", stored("list"));
        SQLException nan = assertThrows(SQLException.class, () -> store.patch("p", Map.of("v", Double.NaN)));
        assertEquals("22023", nan.getSQLState());
        assertTrue(!TempDatabase.hasRow(connection, "data", "p"));
    }
}
