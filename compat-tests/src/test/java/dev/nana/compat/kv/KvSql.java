package dev.nana.compat.kv;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.nana.compat.examples.Rows;
import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lesson 6 of the NanaSQLite tutorial (plain SQL beside the store) and nana's SQL surface of the namespaces,
 * {@code kv.<namespace>}, with transactions (docs/kv.md).
 */
public final class KvSql {
    private KvSql() {
    }

    /** Lesson 6: a table of your own, next to the namespaces in the same file. */
    public static List<Object> basicQueries(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " email TEXT UNIQUE, age INTEGER)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO people (name, email, age) VALUES (?, ?, ?)")) {
            insert.setString(1, "Alice");
            insert.setString(2, "alice@example.com");
            insert.setInt(3, 30);
            insert.addBatch();
            insert.setString(1, "Bob");
            insert.setString(2, "bob@example.com");
            insert.setInt(3, 25);
            insert.addBatch();
            insert.executeBatch();
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, age FROM people WHERE age > ? ORDER BY name ASC")) {
            query.setInt(1, 25);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    printed.add(rows.getString("name") + ": " + rows.getInt("age"));   // Alice: 30
                }
            }
        }
        return printed;
    }

    /** Lesson 6: LIKE, fetch all, fetch one (rows as maps with {@link Rows}). */
    public static List<Object> advancedQueries(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        try (PreparedStatement like = connection.prepareStatement("SELECT * FROM people WHERE name LIKE ?")) {
            like.setString(1, "A%");
            try (ResultSet rows = like.executeQuery()) {
                printed.addAll(Rows.all(rows));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, age FROM people ORDER BY age DESC")) {
            printed.add(Rows.all(rows));
        }
        try (PreparedStatement one = connection.prepareStatement("SELECT * FROM people WHERE email = ?")) {
            one.setString(1, "bob@example.com");
            try (ResultSet rows = one.executeQuery()) {
                printed.add(rows.next() ? Rows.current(rows) : null);
            }
        }
        return printed;
    }

    /** The namespace {@code users} as the SQL table {@code kv.users}: the store and SQL see each other's writes. */
    public static List<Object> namespacesInSql(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore users = connection.unwrap(NanaConnection.class).kv("users");
        users.put("u1", Map.of("name", "Bob", "age", 25));
        users.put("u2", Map.of("name", "Carol", "age", 41));

        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO kv.users (key, value) VALUES (?, ?)")) {
            insert.setString(1, "u3");
            insert.setObject(2, Map.of("name", "Dave", "age", 35));   // serialised as users.put would
            insert.executeUpdate();
            insert.setString(1, "u4");
            insert.setString(2, "{\"name\": \"Erin\", \"age\": 19}");  // a String is JSON text
            insert.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT key, json_extract(value, '$.name') AS name"
                    + " FROM kv.users WHERE key LIKE 'u%' AND json_extract(value, '$.age') > 30 ORDER BY key")) {
                while (rows.next()) {
                    printed.add(rows.getString("key") + ": " + rows.getString("name"));   // u2: Carol, u3: Dave
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT value FROM kv.users WHERE key = 'u4'")) {
                rows.next();
                printed.add(rows.getString("value"));   // {"name":"Erin","age":19}: stored minified
            }
            statement.executeUpdate("UPDATE kv.users SET value = json_set(value, '$.age', 26) WHERE key = 'u1'");
        }
        printed.add(users.get("u1"));                    // {name=Bob, age=26}: the cache saw the UPDATE
        printed.add(users.get("u4"));                    // {name=Erin, age=19}
        return printed;
    }

    /** A JSON string value through SQL: bind a TextNode; a bare String would be taken as JSON text. */
    public static Object jsonStringThroughSql(Connection connection) throws SQLException {
        KvStore data = connection.unwrap(NanaConnection.class).kv();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO kv.data (key, value) VALUES (?, ?)")) {
            insert.setString(1, "greeting");
            insert.setObject(2, TextNode.valueOf("Hello, World!"));   // stored as "Hello, World!"
            insert.executeUpdate();
        }
        return data.get("greeting");                                  // Hello, World!
    }

    /** A bound store's writes join the connection's transaction and roll back with it, cache included. */
    public static List<Object> transactions(Connection connection) throws SQLException {
        List<Object> printed = new ArrayList<>();
        KvStore accounts = connection.unwrap(NanaConnection.class).kv("accounts");
        accounts.put("alice", 100);

        connection.setAutoCommit(false);
        try {
            accounts.increment("alice", -30);
            accounts.put("bob", 30);
            printed.add(accounts.get("bob"));        // 30: visible inside the transaction
            connection.rollback();                   // undoes both writes
            printed.add(accounts.get("alice"));      // 100
            printed.add(accounts.contains("bob"));   // false

            accounts.increment("alice", -30);
            accounts.put("bob", 30);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        printed.add(accounts.toMap());               // {alice=70, bob=30}
        return printed;
    }
}
