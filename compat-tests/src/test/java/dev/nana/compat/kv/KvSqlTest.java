package dev.nana.compat.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KvSqlTest {
    @TempDir
    Path directory;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:nana:" + directory.resolve("tutorial.db"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void lesson6QueriesATableOfItsOwn() throws SQLException {
        assertEquals(List.of("Alice: 30"), KvSql.basicQueries(connection));

        assertEquals(List.of(
                        Map.of("id", 1, "name", "Alice", "email", "alice@example.com", "age", 30),
                        List.of(Map.of("name", "Alice", "age", 30), Map.of("name", "Bob", "age", 25)),
                        Map.of("id", 2, "name", "Bob", "email", "bob@example.com", "age", 25)),
                KvSql.advancedQueries(connection));
    }

    @Test
    void sqlAndTheStoreSeeEachOthersWrites() throws SQLException {
        assertEquals(List.of(
                        "u2: Carol", "u3: Dave",
                        "{\"name\":\"Erin\",\"age\":19}",
                        Map.of("name", "Bob", "age", 26),
                        Map.of("name", "Erin", "age", 19)),
                KvSql.namespacesInSql(connection));

        Map<String, String> stored = KvFiles.rawRows(directory.resolve("tutorial.db"), "users");
        assertEquals(List.of("u1", "u2", "u3", "u4"), List.copyOf(stored.keySet()));
        assertEquals(KvFiles.json("{\"name\":\"Dave\",\"age\":35}"), KvFiles.json(stored.get("u3")));
    }

    @Test
    void aTextNodeIsStoredAsAJsonString() throws SQLException {
        assertEquals("Hello, World!", KvSql.jsonStringThroughSql(connection));

        assertEquals("\"Hello, World!\"", KvFiles.rawRows(directory.resolve("tutorial.db"), "data").get("greeting"));
    }

    @Test
    void storeWritesCommitAndRollBackWithTheConnection() throws SQLException {
        assertEquals(List.of(30, 100, false, Map.of("alice", 70, "bob", 30)), KvSql.transactions(connection));

        assertEquals(Map.of("alice", "70", "bob", "30"), KvFiles.rawRows(directory.resolve("tutorial.db"), "accounts"));
    }
}
