package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Columns of ordinary tables encrypted by encrypt.columns / encrypt.searchable, through every kind of SQL an
 * application or Hibernate sends, on a real SQLite file that is then read without nana to check it holds no
 * plaintext.
 */
class EncryptedColumnsTest {
    private static final String SSN = "078-05-1120";
    private static final String EMAIL = "alice@example.com";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("columns.db");
    }

    static String key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    private static Properties properties(String key) {
        Properties properties = new Properties();
        properties.setProperty("encryptionKey", key);
        properties.setProperty("encrypt.columns", "users.ssn, users.note, orders.note");
        properties.setProperty("encrypt.searchable", "users.email, orders.customer_email=users.email");
        return properties;
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:nana:" + file(), properties(key(7)));
    }

    /** The file as it is on disk, without nana. */
    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file());
    }

    @BeforeEach
    void schema() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT UNIQUE,"
                    + " ssn TEXT, note BLOB, version INTEGER DEFAULT 0)");
            statement.executeUpdate("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_email TEXT, note TEXT,"
                    + " total REAL)");
        }
    }

    private void insertUser(Connection connection, int id, String name, String email, String ssn)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO users (id, name, email, ssn) VALUES (?, ?, ?, ?)")) {
            insert.setInt(1, id);
            insert.setString(2, name);
            insert.setString(3, email);
            insert.setString(4, ssn);
            assertEquals(1, insert.executeUpdate());
        }
    }

    private static List<String> strings(ResultSet rows, int column) throws SQLException {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
            values.add(rows.getString(column));
        }
        return values;
    }

    @Test
    void theFileHoldsCiphertextAndNanaReadsPlaintext() throws Exception {
        try (Connection connection = open()) {
            insertUser(connection, 1, "Alice", EMAIL, SSN);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, email, ssn FROM users WHERE id = ?")) {
                select.setInt(1, 1);
                try (ResultSet rows = select.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals("Alice", rows.getString(1));
                    assertEquals(EMAIL, rows.getString("email"));
                    assertEquals(SSN, rows.getObject(3));
                    assertFalse(rows.wasNull());
                }
            }
        }
        try (Connection raw = raw(); Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery("SELECT typeof(email), typeof(ssn), email, ssn FROM users")) {
            assertTrue(rows.next());
            assertEquals("blob", rows.getString(1));
            assertEquals("blob", rows.getString(2));
            assertFalse(new String(rows.getBytes(3), StandardCharsets.ISO_8859_1).contains("alice"));
            assertFalse(new String(rows.getBytes(4), StandardCharsets.ISO_8859_1).contains("1120"));
        }
        byte[] everything = Files.readAllBytes(file());
        assertFalse(new String(everything, StandardCharsets.ISO_8859_1).contains(SSN), "plaintext in the file");
    }

    @Test
    void everyJavaTypeComesBack() throws Exception {
        try (Connection connection = open();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO users (id, ssn, note) VALUES (?, ?, ?)")) {
            Object[][] values = {{1, "text", "text"}, {2, 42, 42}, {3, 5_000_000_000L, 5_000_000_000L},
                {4, 2.5d, 2.5d}, {5, new BigDecimal("12.30"), "12.30"}, {6, true, 1},
                {7, LocalDate.of(2026, 11, 21), "2026-11-21"}};
            for (Object[] value : values) {
                insert.setInt(1, (Integer) value[0]);
                insert.setObject(2, value[1]);
                insert.setObject(3, value[1]);
                insert.executeUpdate();
            }
            insert.setInt(1, 8);
            insert.setBytes(2, new byte[] {0, 1, 2, (byte) 0xff});
            insert.setNull(3, java.sql.Types.BLOB);
            insert.executeUpdate();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, ssn, note FROM users ORDER BY id")) {
                for (Object[] value : values) {
                    assertTrue(rows.next());
                    assertEquals(value[2], rows.getObject(2) instanceof Integer small && value[2] instanceof Long
                            ? (Object) small.longValue() : rows.getObject(2), "ssn of row " + value[0]);
                }
                assertTrue(rows.next());
                assertArrayEquals(new byte[] {0, 1, 2, (byte) 0xff}, rows.getBytes(2));
                assertNull(rows.getObject(3));
                assertTrue(rows.wasNull());
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT ssn FROM users WHERE id = ?")) {
                select.setInt(1, 7);
                try (ResultSet rows = select.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals(LocalDate.of(2026, 11, 21), rows.getObject(1, LocalDate.class));
                }
                select.setInt(1, 2);
                try (ResultSet rows = select.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals(42, rows.getInt(1));
                    assertEquals(42L, rows.getLong("ssn"));
                    assertEquals(new BigDecimal("42"), rows.getBigDecimal(1));
                }
            }
        }
    }

    @Test
    void hibernateStyleSqlWithGeneratedAliases() throws Exception {
        try (Connection connection = open()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into users (email,name,ssn,version) values (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, EMAIL);
                insert.setString(2, "Alice");
                insert.setString(3, SSN);
                insert.setInt(4, 0);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    assertEquals(1, keys.getLong(1));
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update users set email=?,name=?,ssn=?,version=? where id=? and version=?")) {
                update.setString(1, "alice@new.example");
                update.setString(2, "Alice");
                update.setString(3, "999-99-9999");
                update.setInt(4, 1);
                update.setLong(5, 1);
                update.setInt(6, 0);
                assertEquals(1, update.executeUpdate());
            }
            try (PreparedStatement find = connection.prepareStatement(
                    "select u1_0.id,u1_0.email,u1_0.name,u1_0.ssn,u1_0.version from users u1_0 where u1_0.email=?")) {
                find.setString(1, "alice@new.example");
                try (ResultSet rows = find.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals("alice@new.example", rows.getString(2));
                    assertEquals("999-99-9999", rows.getString(4));
                    assertFalse(rows.next());
                }
                find.setString(1, EMAIL);
                try (ResultSet rows = find.executeQuery()) {
                    assertFalse(rows.next(), "the old address no longer matches");
                }
            }
        }
    }

    @Test
    void equalitySearchInListJoinGroupAndCount() throws Exception {
        try (Connection connection = open()) {
            insertUser(connection, 1, "Alice", "a@x", "1");
            insertUser(connection, 2, "Bob", "b@x", "2");
            insertUser(connection, 3, "Carol", "c@x", "3");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO orders (id, customer_email, note, total) VALUES (?, ?, ?, ?)")) {
                Object[][] orders = {{10, "a@x", "gift", 5.0}, {11, "a@x", null, 7.5}, {12, "c@x", "rush", 1.0}};
                for (Object[] order : orders) {
                    for (int i = 0; i < order.length; i++) {
                        insert.setObject(i + 1, order[i]);
                    }
                    insert.addBatch();
                }
                assertArrayEquals(new int[] {1, 1, 1}, insert.executeBatch());
            }
            try (PreparedStatement in = connection.prepareStatement(
                    "SELECT name FROM users WHERE email IN (?, ?) ORDER BY id")) {
                in.setString(1, "c@x");
                in.setString(2, "a@x");
                try (ResultSet rows = in.executeQuery()) {
                    assertEquals(List.of("Alice", "Carol"), strings(rows, 1));
                }
            }
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("SELECT u.name, o.note, o.customer_email FROM users u"
                        + " JOIN orders o ON o.customer_email = u.email ORDER BY o.id")) {
                    List<String> seen = new ArrayList<>();
                    while (rows.next()) {
                        seen.add(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3));
                    }
                    assertEquals(List.of("Alice/gift/a@x", "Alice/null/a@x", "Carol/rush/c@x"), seen);
                }
                try (ResultSet rows = statement.executeQuery("SELECT customer_email, count(*), count(note)"
                        + " FROM orders GROUP BY customer_email ORDER BY 2 DESC")) {
                    assertTrue(rows.next());
                    assertEquals("a@x", rows.getString(1));
                    assertEquals(2, rows.getInt(2));
                    assertEquals(1, rows.getInt(3));
                    assertTrue(rows.next());
                    assertEquals("c@x", rows.getString(1));
                    assertFalse(rows.next());
                }
                try (ResultSet rows = statement.executeQuery("SELECT count(DISTINCT customer_email) FROM orders")) {
                    assertTrue(rows.next());
                    assertEquals(2, rows.getInt(1));
                }
            }
        }
    }

    @Test
    void starSubqueriesCtesAndReturning() throws Exception {
        try (Connection connection = open()) {
            insertUser(connection, 1, "Alice", EMAIL, SSN);
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM users")) {
                assertTrue(rows.next());
                assertEquals(EMAIL, rows.getString("email"));
                assertEquals(SSN, rows.getString("ssn"));
            }
            try (PreparedStatement derived = connection.prepareStatement("SELECT x.s, x.e FROM (SELECT ssn AS s,"
                    + " email AS e FROM users WHERE email = ?) x")) {
                derived.setString(1, EMAIL);
                try (ResultSet rows = derived.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals(SSN, rows.getString("s"));
                    assertEquals(EMAIL, rows.getString(2));
                }
            }
            try (PreparedStatement cte = connection.prepareStatement(
                    "WITH c AS (SELECT id, ssn FROM users WHERE email = ?) SELECT * FROM c")) {
                cte.setString(1, EMAIL);
                try (ResultSet rows = cte.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals(SSN, rows.getString("ssn"));
                }
            }
            try (PreparedStatement returning = connection.prepareStatement(
                    "INSERT INTO users (name, email, ssn) VALUES (?, ?, ?) RETURNING id, ssn, email AS mail")) {
                returning.setString(1, "Bob");
                returning.setString(2, "bob@example.com");
                returning.setString(3, "111-22-3333");
                try (ResultSet rows = returning.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals(2, rows.getInt(1));
                    assertEquals("111-22-3333", rows.getString(2));
                    assertEquals("bob@example.com", rows.getString("mail"));
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE users SET ssn = ? WHERE email = ? RETURNING *")) {
                update.setString(1, "444-55-6666");
                update.setString(2, "bob@example.com");
                assertTrue(update.execute());
                try (ResultSet rows = update.getResultSet()) {
                    assertTrue(rows.next());
                    assertEquals("444-55-6666", rows.getString("ssn"));
                }
            }
        }
    }

    @Test
    void insertSelectAndUpdateSet() throws Exception {
        try (Connection connection = open()) {
            insertUser(connection, 1, "Alice", EMAIL, SSN);
            try (PreparedStatement copy = connection.prepareStatement(
                    "INSERT INTO users (id, name, ssn) SELECT id + 100, name || ' (copy)', ssn FROM users WHERE id = ?")) {
                copy.setInt(1, 1);
                assertEquals(1, copy.executeUpdate());
            }
            try (PreparedStatement fromParameter = connection.prepareStatement(
                    "INSERT INTO orders (id, customer_email, note) SELECT ?, email, ? FROM users WHERE id = ?")) {
                fromParameter.setInt(1, 7);
                fromParameter.setString(2, "sealed note");
                fromParameter.setInt(3, 1);
                assertEquals(1, fromParameter.executeUpdate());
            }
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("SELECT ssn FROM users WHERE id = 101")) {
                    assertTrue(rows.next());
                    assertEquals(SSN, rows.getString(1));
                }
                try (ResultSet rows = statement.executeQuery("SELECT o.customer_email, o.note, u.name FROM orders o"
                        + " JOIN users u ON u.email = o.customer_email")) {
                    assertTrue(rows.next());
                    assertEquals(EMAIL, rows.getString(1));
                    assertEquals("sealed note", rows.getString(2));
                    assertEquals("Alice", rows.getString(3));
                }
                assertEquals(1, statement.executeUpdate("UPDATE users SET ssn = NULL WHERE id = 101"));
            }
        }
    }

    @Test
    void insertSelectReSealsRowByRowWhereValuesChangeBinding() throws Exception {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE staging (id INTEGER PRIMARY KEY, email TEXT, ssn TEXT)");
            statement.executeUpdate("INSERT INTO staging VALUES (1, 'a@x', '111'), (2, 'b@x', '222'),"
                    + " (3, 'c@x', '333')");
            try (PreparedStatement migrate = connection.prepareStatement(
                    "INSERT INTO users (id, email, ssn) SELECT id, email, ssn FROM staging WHERE id <= ?")) {
                migrate.setInt(1, 2);
                assertEquals(2, migrate.executeUpdate());
                assertEquals(2, migrate.getUpdateCount());
            }
            try (PreparedStatement rest = connection.prepareStatement(
                    "INSERT INTO users (id, email, ssn) SELECT id, email, ssn FROM staging WHERE id = ?")) {
                rest.setInt(1, 3);
                rest.addBatch();
                assertArrayEquals(new int[] {1}, rest.executeBatch());
            }
            assertEquals(3, statement.executeUpdate("INSERT INTO orders (id, note) SELECT id, ssn FROM users"));
            try (PreparedStatement find = connection.prepareStatement("SELECT u.ssn, o.note FROM users u"
                    + " JOIN orders o ON o.id = u.id WHERE u.email = ?")) {
                find.setString(1, "b@x");
                try (ResultSet rows = find.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals("222", rows.getString(1));
                    assertEquals("222", rows.getString(2), "users.ssn re-sealed as orders.note");
                }
            }
        }
        try (Connection raw = raw(); Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM users u JOIN orders o ON o.id = u.id"
                     + " WHERE typeof(u.ssn) = 'blob' AND typeof(u.email) = 'blob' AND typeof(o.note) = 'blob'")) {
            assertTrue(rows.next());
            assertEquals(3, rows.getInt(1), "every copied value sealed on disk");
        }
    }

    @Test
    void quotedNamesAndCompoundSourcesAreSealedToo() throws Exception {
        try (Connection connection = open()) {
            try (PreparedStatement quoted = connection.prepareStatement(
                    "INSERT INTO \"users\" (\"id\", \"SSN\", `email`) VALUES (?, ?, ?)")) {
                quoted.setInt(1, 1);
                quoted.setString(2, SSN);
                quoted.setString(3, EMAIL);
                quoted.executeUpdate();
            }
            try (PreparedStatement compound = connection.prepareStatement(
                    "INSERT INTO users (id, ssn) SELECT ?, ? UNION ALL SELECT ?, ?")) {
                compound.setInt(1, 2);
                compound.setString(2, "second");
                compound.setInt(3, 3);
                compound.setString(4, "third");
                assertEquals(2, compound.executeUpdate());
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT ssn FROM users ORDER BY id")) {
                assertEquals(List.of(SSN, "second", "third"), strings(rows, 1));
            }
        }
        try (Connection raw = raw(); Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM users WHERE typeof(ssn) = 'blob'")) {
            assertTrue(rows.next());
            assertEquals(3, rows.getInt(1), "no plaintext stored");
        }
    }

    @Test
    void aRowByRowInsertSelectIsAllOrNothing() throws Exception {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            insertUser(connection, 2, "Bob", "b@x", "2");
            statement.executeUpdate("CREATE TABLE staging (id INTEGER PRIMARY KEY, ssn TEXT)");
            statement.executeUpdate("INSERT INTO staging VALUES (1, '111'), (2, '222'), (3, '333')");
            SQLException e = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("INSERT INTO users (id, ssn) SELECT id, ssn FROM staging"));
            assertTrue(e.getMessage().toLowerCase().contains("unique") || e.getMessage().contains("PRIMARY"),
                    e.getMessage());
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM users")) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1), "row 1, copied before the failure, is undone");
            }
            assertEquals(1, statement.executeUpdate(
                    "INSERT INTO users (id, ssn) SELECT id + 1000, name FROM users"), "rows it inserts are not read");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT id FROM users ORDER BY ssn",
        "SELECT id FROM users WHERE email LIKE 'a%'",
        "SELECT id FROM users WHERE ssn > '1'",
        "SELECT upper(email) FROM users",
        "SELECT max(ssn) FROM users",
        "SELECT id FROM users WHERE ssn = ?",
        "INSERT INTO users (id, ssn) VALUES (9, '123')",
        "UPDATE users SET name = ssn",
        "CREATE VIEW people AS SELECT email FROM users"})
    void whatCannotWorkOnCiphertextIsRefusedNamingTheColumn(String sql) throws Exception {
        try (Connection connection = open()) {
            insertUser(connection, 1, "Alice", EMAIL, SSN);
            SQLSyntaxErrorException e = assertThrows(SQLSyntaxErrorException.class,
                    () -> connection.prepareStatement(sql).execute());
            assertEquals("42N10", e.getSQLState());
            assertTrue(e.getMessage().contains("users"), e.getMessage());
            assertFalse(e.getMessage().contains(SSN) || e.getMessage().contains("alice@"), e.getMessage());
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*), max(name) FROM users")) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1), "nothing written");
                assertEquals("Alice", rows.getString(2));
            }
        }
    }

    @Test
    void aViewMadeWithoutNanaIsRefusedNotReadAsCiphertext() throws Exception {
        try (Connection connection = open()) {
            insertUser(connection, 1, "Alice", EMAIL, SSN);
        }
        try (Connection raw = raw(); Statement statement = raw.createStatement()) {
            statement.executeUpdate("CREATE VIEW people AS SELECT name, ssn FROM users");
        }
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM people"));
            assertEquals("42N10", e.getSQLState());
            assertTrue(e.getMessage().contains("users"), e.getMessage());
        }
    }

    @Test
    void tamperedMovedAndWrongKeyValuesFailClearly() throws Exception {
        try (Connection connection = open()) {
            insertUser(connection, 1, "Alice", EMAIL, SSN);
            insertUser(connection, 2, "Bob", "bob@x", "222-22-2222");
        }
        try (Connection raw = raw(); Statement statement = raw.createStatement()) {
            // Bob's ssn moved into Alice's note column: same key, another column
            statement.executeUpdate("UPDATE users SET note = (SELECT ssn FROM users WHERE id = 2) WHERE id = 1");
            byte[] sealed;
            try (ResultSet rows = statement.executeQuery("SELECT ssn FROM users WHERE id = 2")) {
                rows.next();
                sealed = rows.getBytes(1);
            }
            sealed[sealed.length / 2] ^= 1; // one bit of Bob's ssn changed
            try (PreparedStatement tamper = raw.prepareStatement("UPDATE users SET ssn = ? WHERE id = 2")) {
                tamper.setBytes(1, sealed);
                tamper.executeUpdate();
            }
        }
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT note FROM users WHERE id = 1")) {
                assertTrue(rows.next());
                SQLException moved = assertThrows(SQLException.class, () -> rows.getString(1));
                assertEquals("22N02", moved.getSQLState());
                assertTrue(moved.getMessage().contains("users.note"), moved.getMessage());
            }
            try (ResultSet rows = statement.executeQuery("SELECT ssn FROM users WHERE id = 2")) {
                assertTrue(rows.next());
                SQLException tampered = assertThrows(SQLException.class, () -> rows.getString(1));
                assertEquals("22N02", tampered.getSQLState());
                assertFalse(tampered.getMessage().contains("222"), tampered.getMessage());
            }
        }
        try (Connection wrongKey = DriverManager.getConnection("jdbc:nana:" + file(), properties(key(8)));
             Statement statement = wrongKey.createStatement();
             ResultSet rows = statement.executeQuery("SELECT email FROM users WHERE id = 1")) {
            assertTrue(rows.next());
            assertEquals("28000", assertThrows(SQLException.class, () -> rows.getString(1)).getSQLState());
        }
    }

    @Test
    void plaintextLeftFromBeforeEncryptionIsRefusedUnlessMigrating() throws Exception {
        try (Connection raw = raw(); Statement statement = raw.createStatement()) {
            statement.executeUpdate("INSERT INTO users (id, name, ssn) VALUES (1, 'Old', '000-00-0000')");
        }
        try (Connection connection = open(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT ssn FROM users")) {
            assertTrue(rows.next());
            assertEquals("22N04", assertThrows(SQLException.class, () -> rows.getString(1)).getSQLState());
        }
        Properties migrating = properties(key(7));
        migrating.setProperty("encryptionMigration", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + file(), migrating);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT ssn FROM users")) {
            assertTrue(rows.next());
            assertEquals("000-00-0000", rows.getString(1));
        }
    }

    @Test
    void aRotationKeepsOldValuesReadableAndSearchesWaitForTheRekey() throws Exception {
        try (Connection connection = open()) {
            insertUser(connection, 1, "Alice", EMAIL, SSN);
            insertUser(connection, 2, "Bob", "bob@x", null);
        }
        Path ring = dir.resolve("ring.keys");
        Files.writeString(ring, "1:" + key(7) + "\n2:" + key(9) + "\n");
        Properties rotated = properties(key(7));
        rotated.remove("encryptionKey");
        rotated.setProperty("encryptionKeyFile", ring.toString());
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + file(), rotated)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT email, ssn FROM users WHERE id = 1")) {
                assertTrue(rows.next());
                assertEquals(EMAIL, rows.getString(1));
                assertEquals(SSN, rows.getString(2));
            }
            try (PreparedStatement search = connection.prepareStatement("SELECT id FROM users WHERE email = ?")) {
                SQLException e = assertThrows(SQLException.class, () -> search.setString(1, EMAIL));
                assertEquals("55000", e.getSQLState());
                assertTrue(e.getMessage().contains("users.email"), e.getMessage());
            }
            List<String> progress = new ArrayList<>();
            long resealed = connection.unwrap(NanaConnection.class).rekey(1,
                    (column, walked, count, soFar) -> progress.add(column + ":" + count));
            assertEquals(3, resealed, "two emails and one ssn; Bob's NULL ssn stays NULL");
            assertTrue(progress.contains("users.ssn:1"), progress.toString());
        }
        Files.writeString(ring, "2:" + key(9) + "\n");
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + file(), rotated);
             PreparedStatement search = connection.prepareStatement("SELECT id, ssn FROM users WHERE email = ?")) {
            search.setString(1, EMAIL);
            try (ResultSet rows = search.executeQuery()) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1));
                assertEquals(SSN, rows.getString(2));
            }
        }
    }

    @Test
    void encryptedColumnsWithoutAKeyOrWithABadEntryAreRefused() {
        Properties noKey = new Properties();
        noKey.setProperty("encrypt.columns", "users.ssn");
        SQLException missing = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:nana:" + file(), noKey));
        assertEquals("HY024", missing.getSQLState());
        Properties bad = properties(key(7));
        bad.setProperty("encrypt.columns", "ssn");
        SQLException malformed = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:nana:" + file(), bad));
        assertEquals("HY024", malformed.getSQLState());
        assertTrue(malformed.getMessage().contains("'ssn'"), malformed.getMessage());
    }
}
