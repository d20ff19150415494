package dev.nana.compat.kv;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** "Common Patterns" and "Troubleshooting" of the NanaSQLite tutorial (docs/kv.md). */
public final class KvPatterns {
    /** The configuration, with the JSON field names a Python program reading the same file uses. */
    public record AppConfig(String version, boolean debug,
                            @JsonProperty("database_url") String databaseUrl,
                            @JsonProperty("secret_key") String secretKey) {
    }

    private KvPatterns() {
    }

    /** Configuration storage, typed. */
    public static List<Object> configuration(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        db.put("app_config", new AppConfig("1.0.0", false, "sqlite:///data.db", "your-secret-key"));

        AppConfig config = db.get("app_config", AppConfig.class);
        if (config.debug()) {
            printed.add("Debug mode enabled");
        }
        printed.add(config.databaseUrl());   // sqlite:///data.db
        return printed;
    }

    /** Caching an API response for an hour, with a timestamp in seconds as Python's time.time() writes it. */
    public static Object apiResponse(Connection connection, Clock clock, Supplier<Object> fetchFromApi)
            throws SQLException {
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        double now = clock.millis() / 1000.0;
        Map<?, ?> cached = (Map<?, ?>) db.get("api_response");
        if (cached != null && now - ((Number) cached.get("cached_at")).doubleValue() < 3600) {
            return cached.get("data");   // fresh: less than an hour old
        }
        Object data = fetchFromApi.get();
        db.put("api_response", Map.of("data", data, "cached_at", now));
        return data;
    }

    /** Session storage under a random key. */
    public static List<Object> sessions(Connection connection, Clock clock) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        String sessionId = UUID.randomUUID().toString();
        db.put("session_" + sessionId, Map.of(
                "user_id", "alice",
                "created_at", clock.millis() / 1000.0,
                "data", Map.of("cart", List.of("item1", "item2"))));

        Map<?, ?> session = (Map<?, ?>) db.get("session_" + sessionId);
        if (session != null) {
            printed.add("User: " + session.get("user_id"));                          // User: alice
            printed.add("Cart: " + ((Map<?, ?>) session.get("data")).get("cart"));   // Cart: [item1, item2]
        }
        return printed;
    }

    /** Troubleshooting "database is locked": many writes, one transaction, one turn at the write lock. */
    public static void writeTogether(Connection connection) throws SQLException {
        KvStore db = connection.unwrap(NanaConnection.class).kv();
        connection.setAutoCommit(false);
        try {
            db.put("key1", "value1");
            db.put("key2", "value2");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
