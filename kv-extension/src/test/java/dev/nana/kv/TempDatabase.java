package dev.nana.kv;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A real SQLite file per test, opened with raw sqlite-jdbc (this module knows no nana driver). */
final class TempDatabase {
    private TempDatabase() {
    }

    static Connection open(Path directory) throws SQLException {
        Connection connection = DriverManager.getConnection(url(directory));
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA busy_timeout=5000");
        }
        return connection;
    }

    static String url(Path directory) {
        return "jdbc:sqlite:" + directory.resolve("kv.db");
    }

    static String storedJson(Connection connection, String table, String key) throws SQLException {
        try (var select = connection.prepareStatement("SELECT value FROM \"" + table + "\" WHERE key = ?")) {
            select.setString(1, key);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Whether {@code key} has a row, whatever its value (storedJson cannot tell a SQL NULL from no row). */
    static boolean hasRow(Connection connection, String table, String key) throws SQLException {
        try (var select = connection.prepareStatement("SELECT 1 FROM \"" + table + "\" WHERE key = ?")) {
            select.setString(1, key);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    static long rowCount(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The keys of {@code table} in rowid (insertion) order, read with plain SQL. */
    static List<String> storedKeys(Connection connection, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT key FROM \"" + table + "\" ORDER BY rowid")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    /** Names of the tables in the file, from sqlite_master. */
    static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Writes a row behind the store's back, with plain SQL; an existing row keeps its place (rowid). */
    static void writeRow(Connection connection, String table, String key, String value) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO \"" + table + "\" (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    /** A trigger that makes the table refuse (RAISE ABORT) inserts of keys matching the SQL LIKE {@code pattern}. */
    static void refuseKeys(Connection connection, String table, String pattern) throws SQLException {
        execute(connection, "CREATE TRIGGER refuse_" + table + " BEFORE INSERT ON \"" + table
                + "\" WHEN NEW.key LIKE '" + pattern + "' BEGIN SELECT RAISE(ABORT, 'no " + pattern + "'); END");
    }

    static void allowKeys(Connection connection, String table) throws SQLException {
        execute(connection, "DROP TRIGGER refuse_" + table);
    }
}
