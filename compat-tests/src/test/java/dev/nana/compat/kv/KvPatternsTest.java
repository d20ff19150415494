package dev.nana.compat.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KvPatternsTest {
    private static final Clock START = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);

    @TempDir
    Path directory;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:nana:" + file());
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private Path file() {
        return directory.resolve("app.db");
    }

    @Test
    void configurationKeepsPythonFieldNames() throws SQLException {
        assertEquals(List.of("sqlite:///data.db"), KvPatterns.configuration(connection));

        String stored = KvFiles.rawRows(file(), "data").get("app_config");
        assertEquals(KvFiles.json("{\"version\":\"1.0.0\",\"debug\":false,\"database_url\":\"sqlite:///data.db\","
                + "\"secret_key\":\"your-secret-key\"}"), KvFiles.json(stored));
    }

    @Test
    void apiResponseIsFetchedAgainOnlyAfterAnHour() throws SQLException {
        AtomicInteger fetches = new AtomicInteger();
        Supplier<Object> api = () -> Map.of("users", List.of("alice"), "fetch", fetches.incrementAndGet());

        assertEquals(Map.of("users", List.of("alice"), "fetch", 1), KvPatterns.apiResponse(connection, START, api));
        Clock later = Clock.offset(START, Duration.ofMinutes(59));
        assertEquals(Map.of("users", List.of("alice"), "fetch", 1), KvPatterns.apiResponse(connection, later, api));
        Clock muchLater = Clock.offset(START, Duration.ofMinutes(61));
        assertEquals(Map.of("users", List.of("alice"), "fetch", 2), KvPatterns.apiResponse(connection, muchLater, api));

        assertEquals(1_700_003_660.0,
                KvFiles.json(KvFiles.rawRows(file(), "data").get("api_response")).get("cached_at").doubleValue());
    }

    @Test
    void sessionsAreReadBack() throws SQLException {
        assertEquals(List.of("User: alice", "Cart: [item1, item2]"), KvPatterns.sessions(connection, START));

        Map<String, String> stored = KvFiles.rawRows(file(), "data");
        assertEquals(1, stored.size());
        assertEquals(1.7e9, KvFiles.json(stored.values().iterator().next()).get("created_at").doubleValue());
    }

    @Test
    void writesTogetherCommitTogether() throws SQLException {
        KvPatterns.writeTogether(connection);

        assertEquals(Map.of("key1", "\"value1\"", "key2", "\"value2\""), KvFiles.rawRows(file(), "data"));
    }
}
