package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same data in two files, one with encrypted columns and one without: every query nana accepts on the encrypted
 * file must return exactly the rows the plaintext file returns. A query nana cannot run on ciphertext must be
 * refused (42N10), never answered differently. The queries are the kinds an application or Hibernate sends.
 */
class EncryptedColumnsSameResultsTest {
    @TempDir
    static Path dir;
    private static Connection plain;
    private static Connection encrypted;

    /** One query, its parameters, and whether it must be accepted on the encrypted file. */
    record Query(String sql, List<Object> parameters, boolean mustRun) {
        @Override
        public String toString() {
            return sql;
        }
    }

    private static Query runs(String sql, Object... parameters) {
        return new Query(sql, List.of(parameters), true);
    }

    private static Query refusedOrSame(String sql, Object... parameters) {
        return new Query(sql, List.of(parameters), false);
    }

    static List<Query> queries() {
        return List.of(
                runs("SELECT id, name, email, ssn FROM users ORDER BY id"),
                runs("SELECT * FROM users WHERE email = ?", "carol@x"),
                runs("select u1_0.id,u1_0.email,u1_0.ssn from users u1_0 where u1_0.email=?", "bob@x"),
                runs("SELECT id FROM users WHERE email IN (?, ?, ?) ORDER BY id", "a@x", "dave@x", "nobody@x"),
                runs("SELECT id FROM users WHERE email <> ? ORDER BY id", "a@x"),
                runs("SELECT id FROM users WHERE ssn IS NULL ORDER BY id"),
                runs("SELECT count(*), count(ssn), count(email), count(DISTINCT email) FROM users"),
                runs("SELECT email, count(*) FROM orders o JOIN users u ON u.email = o.customer_email"
                        + " GROUP BY email ORDER BY count(*) DESC, min(o.id)"),
                runs("SELECT u.name, o.note FROM users u LEFT JOIN orders o ON o.customer_email = u.email"
                        + " ORDER BY u.id, o.id"),
                runs("SELECT x.s FROM (SELECT ssn AS s, id FROM users WHERE email = ?) x", "a@x"),
                runs("WITH big AS (SELECT customer_email FROM orders WHERE total > ?) SELECT u.id, u.ssn FROM users u"
                        + " WHERE u.email IN (SELECT customer_email FROM big) ORDER BY u.id", 5.0),
                runs("SELECT id FROM users u WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_email = u.email"
                        + " AND o.note IS NOT NULL) ORDER BY id"),
                runs("SELECT DISTINCT customer_email FROM orders"),
                runs("SELECT email FROM users WHERE id < ? UNION SELECT customer_email FROM orders WHERE id > ?",
                        3, 102),
                runs("SELECT ssn FROM users WHERE id = ? UNION ALL SELECT ssn FROM users WHERE id = ?", 1, 3),
                runs("SELECT max(id), ssn FROM users"),
                runs("SELECT u.* FROM users u JOIN users v USING (email) ORDER BY u.id"),
                runs("SELECT CASE WHEN email = ? THEN 'yes' ELSE 'no' END FROM users ORDER BY id", "bob@x"),
                refusedOrSame("SELECT id FROM users ORDER BY email"),
                refusedOrSame("SELECT id FROM users WHERE email LIKE ?", "a%"),
                refusedOrSame("SELECT id FROM users WHERE ssn = ?", "111"),
                refusedOrSame("SELECT id FROM users WHERE email > ?", "b"),
                refusedOrSame("SELECT min(email) FROM users"),
                refusedOrSame("SELECT length(ssn) FROM users"),
                refusedOrSame("SELECT id FROM users WHERE email = 'a@x'"),
                refusedOrSame("SELECT DISTINCT ssn FROM users"),
                refusedOrSame("SELECT ssn, count(*) FROM users GROUP BY 1"),
                refusedOrSame("SELECT id FROM users WHERE upper(email) = ?", "A@X"),
                refusedOrSame("SELECT id FROM users WHERE email = ? COLLATE NOCASE", "A@X"),
                refusedOrSame("SELECT ssn FROM users UNION SELECT ssn FROM users"),
                refusedOrSame("SELECT count(DISTINCT ssn) FROM users"),
                refusedOrSame("SELECT (SELECT ssn FROM users WHERE id = 1) FROM orders"),
                refusedOrSame("SELECT id FROM users WHERE (email, id) = (?, ?)", "a@x", 1),
                refusedOrSame("SELECT * FROM users NATURAL JOIN orders"),
                refusedOrSame("SELECT id FROM users WHERE email || '' = ?", "a@x"),
                refusedOrSame("SELECT id FROM users WHERE +email = ?", "a@x"),
                refusedOrSame("SELECT id FROM users WHERE email = CAST(? AS TEXT)", "a@x"),
                refusedOrSame("SELECT id FROM users WHERE ssn BETWEEN ? AND ?", "1", "9"),
                refusedOrSame("SELECT group_concat(email) FROM users"),
                refusedOrSame("SELECT row_number() OVER (ORDER BY email), id FROM users"));
    }

    @BeforeAll
    static void twoFiles() throws SQLException {
        plain = DriverManager.getConnection("jdbc:nana:" + dir.resolve("plain.db"));
        encrypted = openEncrypted("encrypted.db");
        fill(plain);
        fill(encrypted);
    }

    private static Connection openEncrypted(String file) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("encryptionKey", EncryptedColumnsTest.key(5));
        properties.setProperty("encrypt.columns", "users.ssn, orders.note");
        properties.setProperty("encrypt.searchable", "users.email, orders.customer_email=users.email");
        return DriverManager.getConnection("jdbc:nana:" + dir.resolve(file), properties);
    }

    private static void fill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, ssn TEXT)");
            statement.executeUpdate("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_email TEXT, note TEXT,"
                    + " total REAL)");
        }
        insert(connection, "INSERT INTO users (id, name, email, ssn) VALUES (?, ?, ?, ?)",
                List.of(1, "Alice", "a@x", "111"), List.of(2, "Bob", "bob@x", "222"),
                Arrays.asList(3, "Carol", "carol@x", null), List.of(4, "Dave", "dave@x", "444"),
                Arrays.asList(5, "Eve", null, "555"));
        insert(connection, "INSERT INTO orders (id, customer_email, note, total) VALUES (?, ?, ?, ?)",
                List.of(101, "a@x", "gift", 10.0), Arrays.asList(102, "a@x", null, 3.5),
                List.of(103, "dave@x", "rush", 7.25), List.of(104, "nobody@x", "lost", 1.0));
    }

    @SafeVarargs
    private static void insert(Connection connection, String sql, List<Object>... rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    insert.setObject(i + 1, row.get(i));
                }
                insert.executeUpdate();
            }
        }
    }

    /** Writes of every kind applied to both files leave the same rows in both. */
    @Test
    void writesLeaveTheSameRows() throws SQLException {
        List<Query> writes = List.of(
                runs("UPDATE users SET ssn = ? WHERE email = ?", "999", "bob@x"),
                runs("UPDATE users SET email = ?, name = ? WHERE id = ?", "eve@x", "Eve2", 5),
                runs("DELETE FROM orders WHERE customer_email = ?", "nobody@x"),
                runs("INSERT INTO orders (id, customer_email, note, total) SELECT id + 200, email, ssn, 0 FROM users"
                        + " WHERE ssn IS NOT NULL"),
                runs("INSERT INTO users (id, name, email, ssn) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                        + " ssn = excluded.ssn", 1, "Alice", "a@x", "000"),
                runs("UPDATE users SET ssn = NULL WHERE id IN (SELECT id FROM users WHERE email = ?)", "dave@x"),
                runs("INSERT OR IGNORE INTO users (id, email) VALUES (?, ?)", 2, "ignored@x"));
        try (Connection before = DriverManager.getConnection("jdbc:nana:" + dir.resolve("plain-writes.db"));
             Connection after = openEncrypted("encrypted-writes.db")) {
            fill(before);
            fill(after);
            for (Query write : writes) {
                assertEquals(update(before, write), update(after, write), write.sql());
            }
            for (String table : List.of("users", "orders")) {
                Query dump = runs("SELECT * FROM " + table + " ORDER BY id");
                assertEquals(rows(before, dump), rows(after, dump), table);
            }
        }
    }

    private static long update(Connection connection, Query query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            for (int i = 0; i < query.parameters().size(); i++) {
                statement.setObject(i + 1, query.parameters().get(i));
            }
            return statement.executeLargeUpdate();
        }
    }

    @AfterAll
    static void close() throws SQLException {
        plain.close();
        encrypted.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theEncryptedFileAnswersAsThePlaintextOneOrRefuses(Query query) throws SQLException {
        List<String> expected = rows(plain, query);
        List<String> actual;
        try {
            actual = rows(encrypted, query);
        } catch (SQLException e) {
            assertTrue(!query.mustRun() && "42N10".equals(e.getSQLState()),
                    query.sql() + " failed with " + e.getSQLState() + ": " + e.getMessage());
            return;
        }
        if (!query.sql().toUpperCase().contains("ORDER BY")) { // SQLite promises no order then
            expected.sort(null);
            actual.sort(null);
        }
        assertEquals(expected, actual, query.sql());
        assertTrue(expected.size() > 0 || query.sql().contains("nobody"), "a query that finds nothing tests nothing");
    }

    private static List<String> rows(Connection connection, Query query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            for (int i = 0; i < query.parameters().size(); i++) {
                statement.setObject(i + 1, query.parameters().get(i));
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet results = statement.executeQuery()) {
                int columns = results.getMetaData().getColumnCount();
                while (results.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(i == 1 ? "" : " | ").append(results.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }
    }
}
