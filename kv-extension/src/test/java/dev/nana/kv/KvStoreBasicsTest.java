package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KvStoreBasicsTest {
    @TempDir
    Path dir;

    @Test
    void valuesRoundTripThroughTheFileAsJsonText() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("greeting", "Hello, World!");
            store.put("number", 42);
            store.put("pi", 3.14159);
            store.put("flag", true);
            store.put("nothing", null);
            store.put("list", List.of(1, 2, 3, "four"));
            store.put("user", Map.of("name", "Alice"));
            assertEquals("\"Hello, World!\"", TempDatabase.storedJson(connection, "data", "greeting"));
            assertEquals("42", TempDatabase.storedJson(connection, "data", "number"));
            assertEquals("null", TempDatabase.storedJson(connection, "data", "nothing"));
        }
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            assertEquals("Hello, World!", store.get("greeting"));
            assertEquals(42, store.get("number"));
            assertEquals(3.14159, store.get("pi"));
            assertEquals(true, store.get("flag"));
            assertNull(store.get("nothing"));
            assertTrue(store.contains("nothing"));
            assertFalse(store.contains("missing"));
            assertEquals("fallback", store.getOrDefault("missing", "fallback"));
            assertEquals(List.of(1, 2, 3, "four"), store.get("list"));
            assertEquals(Map.of("name", "Alice"), store.get("user"));
            assertEquals(7, store.size());
        }
    }

    @Test
    void incrementKeepsIntegersAndPatchMerges() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            assertEquals(5, store.increment("counter", 5));
            assertEquals(7, store.increment("counter", 2));
            assertEquals(new BigInteger("9223372036854775808"), store.increment("counter", Long.MAX_VALUE - 6));
            store.put("user", Map.of("name", "Bob", "age", 25, "address", Map.of("city", "Oslo", "zip", "0150")));
            Object patched = store.patch("user", Map.of("age", 26, "address", Map.of("zip", "0151")));
            assertEquals(Map.of("name", "Bob", "age", 26, "address", Map.of("city", "Oslo", "zip", "0151")), patched);
            assertEquals(27, store.increment("user", "age", 1));
            SQLException notNumber = assertThrows(SQLException.class, () -> store.increment("user", 1));
            assertEquals("22023", notNumber.getSQLState());
        }
    }

    @Test
    void nanIsRefusedAndNothingIsWritten() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            SQLException e = assertThrows(SQLException.class, () -> store.put("x", Map.of("v", Double.NaN)));
            assertEquals("22023", e.getSQLState());
            assertTrue(e.getMessage().contains("'x'"), e.getMessage());
            assertFalse(store.contains("x"));
            assertNull(TempDatabase.storedJson(connection, "data", "x"));
        }
    }
}
