package dev.nana.compat.kv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KvTutorialTest extends NanaFileTest {
    @Override
    String fileName() {
        return "tutorial.db";
    }

    @Test
    void lesson1WritesAFileThatOutlivesTheConnection() throws SQLException {
        assertEquals(List.of("Hello, World!", 42), KvTutorial.firstDatabase(url()));

        Map<String, String> stored = KvFiles.rawRows(file(), "data");
        assertEquals(Map.of("greeting", "\"Hello, World!\"", "number", "42", "pi", "3.14159"), stored);
    }

    @Test
    void lesson2ReadsNestedValues() throws SQLException {
        assertEquals(List.of("Alice", "dark", "admin"), KvTutorial.nestedStructures(connection));
    }

    @Test
    void lesson2KeepsEveryTypeAndIntegersStayIntegers() throws SQLException {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("string", "text");
        expected.put("integer", 100);
        expected.put("float", 99.99);
        expected.put("boolean", true);
        expected.put("none", null);
        expected.put("list", List.of(1, 2, 3, "four"));
        expected.put("dict", Map.of("nested", Map.of("deeply", Map.of("value", 123))));
        expected.put("bytes", "AQID");

        Map<String, Object> read = KvTutorial.supportedTypes(connection);

        assertEquals(expected, read);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(read.keySet()), "insertion order");
        assertEquals(Integer.class, read.get("integer").getClass());
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        assertArrayEquals(new byte[] {1, 2, 3}, db.get("bytes", byte[].class));
        assertTrue(db.contains("none"), "JSON null is a value, not a missing key");
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) read.get("list")).clear());
        assertEquals(Map.of("string", "\"text\"", "integer", "100", "float", "99.99", "boolean", "true",
                        "none", "null", "list", "[1,2,3,\"four\"]", "bytes", "\"AQID\"",
                        "dict", "{\"nested\":{\"deeply\":{\"value\":123}}}"),
                KvFiles.rawRows(file(), "data"));
    }

    @Test
    void lesson3ChecksExistence() throws SQLException {
        assertEquals(List.of("Config exists!", "This key doesn't exist", "default_value"),
                KvTutorial.checkingExistence(connection));
    }

    @Test
    void lesson3IteratesInInsertionOrder() throws SQLException {
        assertEquals(List.of(
                        "user_1", "user_2", "user_3",
                        Map.of("name", "Alice"), Map.of("name", "Bob"), Map.of("name", "Charlie"),
                        "user_1: {name=Alice}", "user_2: {name=Bob}", "user_3: {name=Charlie}"),
                KvTutorial.iterating(connection));
    }

    @Test
    void lesson3UpdatesDeletesAndPops() throws SQLException {
        assertEquals(List.of(1, 2, "value2"), KvTutorial.updatingAndDeleting(connection));

        KvStore db = connection.unwrap(NanaConnection.class).kv();
        assertEquals(Map.of("counter", 2, "key3", "value3"), db.toMap());
    }

    @Test
    void lesson4BulkLoadAnswersEveryReadFromMemory() throws SQLException {
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        db.put("user_1", "Alice");
        db.put("user_2", "Bob");

        assertEquals(List.of("user_1 Alice (memory)", "user_2 Bob (memory)"), KvTutorial.bulkLoading(connection));
    }

    @Test
    void lesson4BatchesKeepTheLastHalf() throws SQLException {
        assertEquals(500, KvTutorial.batchOperations(connection));

        KvStore db = connection.unwrap(NanaConnection.class).kv();
        assertFalse(db.contains("item_499"));
        assertEquals(Map.of("value", 999), db.get("item_999"));
    }

    @Test
    void lesson11SealsEveryValueOnDiskAndReadsAsUsual() throws Exception {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 11);
        assertEquals(List.of(Map.of("password", "top-secret-password")), KvTutorial.encryption(url(), key));
        for (Path part : List.of(file(), Path.of(file() + "-wal"))) {
            if (Files.exists(part)) {
                assertFalse(new String(Files.readAllBytes(part), StandardCharsets.ISO_8859_1)
                        .contains("top-secret-password"), part + " holds no plaintext");
            }
        }
        Properties withKey = new Properties();
        withKey.setProperty("encryptionKey", Base64.getEncoder().encodeToString(key));
        try (Connection reopened = DriverManager.getConnection(url(), withKey)) {
            assertEquals(Map.of("password", "top-secret-password"),
                    reopened.unwrap(NanaConnection.class).kv().get("secret"), "the format byte names the cipher");
        }
    }

    @Test
    void lesson5ReadsARecordBack() throws SQLException {
        assertEquals(List.of("Alice", 30, "User"), KvTutorial.typedValues(connection));

        assertEquals("{\"name\":\"Alice\",\"age\":30,\"email\":\"alice@example.com\"}",
                KvFiles.rawRows(file(), "data").get("user_alice"));
    }

    @Test
    void lesson7ReportsErrorsWithSqlStates() throws SQLException {
        assertEquals(Arrays.asList(null, "default", "SQL error 42601", "Value error 22023"),
                KvTutorial.errorHandling(connection));

        assertFalse(connection.unwrap(NanaConnection.class).kv().contains("ratio"), "nothing written");
    }

    @Test
    void lesson8KeepsEachNamespaceInItsOwnTable() throws SQLException {
        assertEquals(List.of("dark", false), KvTutorial.multipleTables(url()));

        Path file = file();
        assertEquals(KvFiles.json("{\"name\":\"Alice\",\"role\":\"admin\"}"),
                KvFiles.json(KvFiles.rawRows(file, "users").get("alice")));
        assertEquals(Map.of("theme", "\"dark\""), KvFiles.rawRows(file, "config"));
        assertEquals(Map.of("temp_data", "{\"expires\":\"2024-12-31\"}"), KvFiles.rawRows(file, "cache"));
    }
}
