package dev.nana.compat.kv;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Lessons 1 to 5, 7, 8 and 11 of the NanaSQLite tutorial (docs/kv.md). Each method returns what the Python lesson
 * prints, in order, so a test can check it line by line.
 */
public final class KvTutorial {
    /** Lesson 5's Pydantic model. */
    public record User(String name, int age, String email) {
    }

    private KvTutorial() {
    }

    /** Lesson 1: a file, three values, two read back; closing the connection closes its stores. */
    public static List<Object> firstDatabase(String url) throws SQLException {
        List<Object> printed = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            KvStore db = connection.unwrap(NanaConnection.class).kv();
            db.put("greeting", "Hello, World!");
            db.put("number", 42);
            db.put("pi", 3.14159);

            printed.add(db.get("greeting"));   // Hello, World!
            printed.add(db.get("number"));     // 42
        }
        return printed;
    }

    /** Lesson 2: a nested profile; reads give immutable maps and lists. */
    public static List<Object> nestedStructures(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        db.put("user_alice", Map.of(
                "name", "Alice",
                "age", 30,
                "email", "alice@example.com",
                "preferences", Map.of("theme", "dark", "notifications", true, "language", "en"),
                "tags", List.of("admin", "developer", "python")));

        Map<?, ?> user = (Map<?, ?>) db.get("user_alice");
        printed.add(user.get("name"));                                     // Alice
        printed.add(((Map<?, ?>) user.get("preferences")).get("theme"));   // dark
        printed.add(((List<?>) user.get("tags")).get(0));                  // admin
        return printed;
    }

    /** Lesson 2: every supported type, and what a read gives back for each. */
    public static Map<String, Object> supportedTypes(Connection connection) throws SQLException {
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        db.put("string", "text");
        db.put("integer", 100);
        db.put("float", 99.99);
        db.put("boolean", true);
        db.put("none", null);
        db.put("list", List.of(1, 2, 3, "four"));
        db.put("dict", Map.of("nested", Map.of("deeply", Map.of("value", 123))));
        db.put("bytes", new byte[] {1, 2, 3});   // a base64 JSON string: "AQID"
        return db.toMap();
    }

    /** Lesson 3: existence and defaults. */
    public static List<Object> checkingExistence(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        db.put("config", Map.of("theme", "dark"));

        if (db.contains("config")) {
            printed.add("Config exists!");
        }
        if (!db.contains("missing")) {
            printed.add("This key doesn't exist");
        }
        printed.add(db.getOrDefault("missing", "default_value"));   // default_value
        return printed;
    }

    /** Lesson 3: keys, values and entries are streams read from the table as consumed: close them. */
    public static List<Object> iterating(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        db.put("user_1", Map.of("name", "Alice"));
        db.put("user_2", Map.of("name", "Bob"));
        db.put("user_3", Map.of("name", "Charlie"));

        try (Stream<String> keys = db.keys()) {
            keys.forEach(printed::add);
        }
        try (Stream<Object> values = db.values()) {
            values.forEach(printed::add);
        }
        try (Stream<Map.Entry<String, Object>> entries = db.entries()) {
            entries.forEach(entry -> printed.add(entry.getKey() + ": " + entry.getValue()));
        }
        return printed;
    }

    /** Lesson 3: update, update many, delete, pop. */
    public static List<Object> updatingAndDeleting(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        db.put("counter", 0);
        db.put("counter", (Integer) db.get("counter") + 1);
        printed.add(db.get("counter"));              // 1
        printed.add(db.increment("counter", 1));     // 2: read, add and write as one atomic step

        db.putAll(Map.of(
                "key1", "value1",
                "key2", "value2",
                "key3", "value3"));
        db.delete("key1");
        printed.add(db.pop("key2"));                 // value2 (null, not KeyError, when missing)
        // db.clear();                               // deletes everything
        return printed;
    }

    /** Lesson 4: a store that reads the whole namespace into memory when it opens. */
    public static List<Object> bulkLoading(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        try (KvStore db = connection.unwrap(NanaConnection.class).kv("data", KvOptions.defaults().withBulkLoad(true))) {
            List<String> keys;
            try (Stream<String> all = db.keys()) {
                keys = all.toList();
            }
            for (String key : keys) {
                boolean fromMemory = db.isCached(key);   // true: the get below runs no query
                printed.add(key + " " + db.get(key) + (fromMemory ? " (memory)" : " (query)"));
            }
        }
        return printed;
    }

    /** Lesson 4: one transaction for many writes instead of one per write. */
    public static long batchOperations(Connection connection) throws SQLException {
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        for (int i = 0; i < 1000; i++) {
            db.put("item_" + i, Map.of("value", i));   // slow: a transaction per put
        }

        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            data.put("item_" + i, Map.of("value", i));
        }
        db.batchPut(data);                             // fast: one transaction, all or nothing

        List<String> keysToDelete = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keysToDelete.add("item_" + i);
        }
        db.batchDelete(keysToDelete);
        return db.size();                              // 500
    }

    /** Lesson 5: records and POJOs in place of Pydantic models. */
    public static List<Object> typedValues(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        User user = new User("Alice", 30, "alice@example.com");
        db.put("user_alice", user);

        User retrieved = db.get("user_alice", User.class);
        printed.add(retrieved.name());                     // Alice
        printed.add(retrieved.age());                      // 30
        printed.add(retrieved.getClass().getSimpleName()); // User
        return printed;
    }

    /** Lesson 7: a missing key is null (or the default), never an exception; errors are SQLExceptions. */
    public static List<Object> errorHandling(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        printed.add(db.get("nonexistent"));                      // null
        printed.add(db.getOrDefault("nonexistent", "default"));  // default

        try (Statement statement = connection.createStatement()) {
            statement.execute("INVALID SQL");
        } catch (SQLException e) {
            printed.add("SQL error " + e.getSQLState());         // SQL error 42601
        }
        try {
            db.put("ratio", Double.NaN);
        } catch (SQLException e) {
            printed.add("Value error " + e.getSQLState());       // Value error 22023: JSON has no NaN
        }
        return printed;
    }

    /**
     * Lesson 11: with a key every value is sealed on disk and reads come back as usual (the cache holds them in
     * plaintext, as NanaSQLite's does). {@code key} is 32 bytes; in production it comes from a key file or the
     * environment (docs/encryption.md), never from the URL.
     */
    public static List<Object> encryption(String url, byte[] key) throws SQLException {
        List<Object> printed = new ArrayList<>();
        Properties properties = new Properties();
        properties.setProperty("encryptionKey", Base64.getEncoder().encodeToString(key));
        properties.setProperty("encryptionMode", "chacha20");   // aes-gcm (the default), chacha20 or fernet
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            KvStore db = connection.unwrap(NanaConnection.class).kv();
            db.put("secret", Map.of("password", "top-secret-password"));
            printed.add(db.get("secret"));   // {password=top-secret-password}
        }
        return printed;
    }

    /** Lesson 8: one store per namespace, all on one connection. */
    public static List<Object> multipleTables(String url) throws SQLException {
        List<Object> printed = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            NanaConnection db = connection.unwrap(NanaConnection.class);
            KvStore usersDb = db.kv("users");
            KvStore configDb = db.kv("config");
            KvStore cacheDb = db.kv("cache");

            usersDb.put("alice", Map.of("name", "Alice", "role", "admin"));
            configDb.put("theme", "dark");
            cacheDb.put("temp_data", Map.of("expires", "2024-12-31"));

            printed.add(configDb.get("theme"));        // dark
            printed.add(usersDb.contains("theme"));    // false: each namespace is its own table
        }   // closing the connection closes all three stores
        return printed;
    }
}
