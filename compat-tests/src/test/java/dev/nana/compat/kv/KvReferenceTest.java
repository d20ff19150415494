package dev.nana.compat.kv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvHooks;
import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The value encoding and SQLState tables of docs/kv.md, row by row. */
class KvReferenceTest {
    @TempDir
    Path directory;
    private Connection connection;
    private KvStore db;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:nana:" + directory.resolve("reference.db"));
        db = connection.unwrap(NanaConnection.class).kv();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    static Stream<Arguments> encodings() {
        record Pojo(String name, List<Integer> scores) {
        }
        return Stream.of(
                Arguments.of("text", "\"text\"", "text"),
                Arguments.of('c', "\"c\"", "c"),
                Arguments.of(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                        "\"00000000-0000-0000-0000-000000000001\"", "00000000-0000-0000-0000-000000000001"),
                Arguments.of((short) 7, "7", 7),
                Arguments.of(42, "42", 42),
                Arguments.of(5_000_000_000L, "5000000000", 5_000_000_000L),
                Arguments.of(new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890",
                        new BigInteger("123456789012345678901234567890")),
                Arguments.of(99.99, "99.99", 99.99),
                Arguments.of(1.5f, "1.5", 1.5),
                Arguments.of(new BigDecimal("1.50"), "1.50", 1.5),
                Arguments.of(true, "true", true),
                Arguments.of(List.of(1, "two"), "[1,\"two\"]", List.of(1, "two")),
                Arguments.of(new TreeSet<>(Set.of(2, 1)), "[1,2]", List.of(1, 2)),
                Arguments.of(new int[] {1, 2}, "[1,2]", List.of(1, 2)),
                Arguments.of(Map.of("a", 1), "{\"a\":1}", Map.of("a", 1)),
                Arguments.of(new Pojo("Ann", List.of(3)), "{\"name\":\"Ann\",\"scores\":[3]}",
                        Map.of("name", "Ann", "scores", List.of(3))),
                Arguments.of(new byte[] {1, 2, 3}, "\"AQID\"", "AQID"),
                Arguments.of(LocalDate.of(2026, 3, 4), "\"2026-03-04\"", "2026-03-04"),
                Arguments.of(TextNode.valueOf("hi"), "\"hi\"", "hi"));
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void javaValuesAreStoredAsJsonAndReadBackPlain(Object value, String json, Object read) throws SQLException {
        db.put("k", value);

        assertEquals(json, KvFiles.rawRows(directory.resolve("reference.db"), "data").get("k"));
        assertEquals(read, db.getFresh("k"));
        if (read instanceof Number) {
            assertEquals(read.getClass(), db.getFresh("k").getClass(), "integers stay integers");
        }
    }

    @Test
    void typedReadsConvertBack() throws SQLException {
        db.put("bytes", new byte[] {1, 2, 3});
        db.put("day", LocalDate.of(2026, 3, 4));

        assertArrayEquals(new byte[] {1, 2, 3}, db.get("bytes", byte[].class));
        assertEquals(LocalDate.of(2026, 3, 4), db.get("day", LocalDate.class));
        assertSqlState("22032", () -> db.get("bytes", Map.class));
        db.put("alice", Map.of("name", "Alice", "age", 30, "email", "a@example.com", "written_by", "python"));
        assertEquals(new KvTutorial.User("Alice", 30, "a@example.com"), db.get("alice", KvTutorial.User.class));
    }

    @Test
    void readsAreImmutable() throws SQLException {
        db.put("m", Map.of("list", List.of(1)));
        Map<?, ?> read = (Map<?, ?>) db.get("m");

        assertThrows(UnsupportedOperationException.class, read::clear);
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) read.get("list")).clear());
    }

    @Test
    void sqlBindsJavaValuesWithTheSameCodec() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO kv.data (key, value) VALUES (?, ?)")) {
            insert.setString(1, "bytes");
            insert.setBytes(2, new byte[] {1, 2, 3});
            insert.executeUpdate();
            insert.setString(1, "flag");
            insert.setBoolean(2, true);
            insert.executeUpdate();
        }
        assertEquals("AQID", db.get("bytes"));
        assertEquals(true, db.get("flag"));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("22001", "a key over KvOptions.maxKeyLength", (Failing) db -> db.put("k".repeat(1025), 1)),
                Arguments.of("22001", "an empty key", (Failing) db -> db.get("")),
                Arguments.of("22023", "NaN", (Failing) db -> db.put("k", Double.NaN)),
                Arguments.of("22023", "an object Jackson cannot serialise", (Failing) db -> db.put("k", new Object())),
                Arguments.of("HY009", "a null argument", (Failing) db -> db.putAll(null)),
                Arguments.of("HY010", "a closed store", (Failing) db -> {
                    db.close();
                    db.get("k");
                }));
    }

    @FunctionalInterface
    interface Failing {
        void run(KvStore db) throws SQLException;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("errors")
    void storeErrorsHaveTheirSqlState(String sqlState, String what, Failing failing) throws SQLException {
        try (KvStore store = connection.unwrap(NanaConnection.class).kv("errors", KvOptions.defaults())) {
            assertSqlState(sqlState, () -> failing.run(store));
            assertEquals(Map.of(), KvFiles.rawRows(directory.resolve("reference.db"), "errors"), "nothing written");
        }
    }

    @Test
    void theCacheSeesAnotherStoreButNotTheBareTableName() throws SQLException {
        db.put("k", 1);
        try (KvStore second = connection.unwrap(NanaConnection.class).kv("data", KvOptions.defaults())) {
            assertEquals(1, second.get("k"));
            db.put("k", 2);
            assertEquals(2, second.get("k"), "another store's commit reaches this store's cache");
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE data SET value = '3' WHERE key = 'k'");
            assertEquals(2, db.get("k"), "SQL naming the table data, not kv.data, is not seen");
            statement.executeUpdate("UPDATE kv.data SET value = '4' WHERE key = 'k'");
            assertEquals(4, db.get("k"));
        }
    }

    @Test
    void namespaceNamesAreChecked() throws SQLException {
        NanaConnection nana = connection.unwrap(NanaConnection.class);
        assertSqlState("42602", () -> nana.kv("bad-name"));
        assertSqlState("42602", () -> nana.kv("sqlite_x"));
    }

    @Test
    void hooksRefuseWithIntegrityStates() throws SQLException {
        KvOptions rules = KvOptions.defaults().withHooks(
                KvHooks.check((key, value) -> value instanceof Map, "objects only"),
                KvHooks.unique("email"));
        try (KvStore people = connection.unwrap(NanaConnection.class).kv("people", rules)) {
            people.put("a", Map.of("email", "a@example.com"));

            assertSqlState("23514", () -> people.put("b", "text"));
            assertSqlState("23505", () -> people.put("b", Map.of("email", "a@example.com")));
            assertEquals(1, people.size());
        }
    }

    private static void assertSqlState(String sqlState, Executable failing) {
        SQLException error = assertThrows(SQLException.class, failing);
        assertEquals(sqlState, error.getSQLState(), error.getMessage());
        assertTrue(error.getMessage().startsWith("nana: "), error.getMessage());
    }
}
