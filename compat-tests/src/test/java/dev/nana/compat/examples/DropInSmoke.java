package dev.nana.compat.examples;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The drop-in smoke test of the HeliosDB Nano tutorial, through jdbc:nana: instead of a Python shim. */
public final class DropInSmoke {
    /** What the smoke test saw: the foreign_keys setting, table names, columns of {@code files}, all rows. */
    public record Result(String foreignKeys, List<String> tables, List<String> fileColumns,
                         List<Map<String, Object>> files, List<Map<String, Object>> notes) {
    }

    private DropInSmoke() {
    }

    public static Result run(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("CREATE TABLE files (path TEXT PRIMARY KEY, mtime REAL, size INT);"
                    + "CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT);");
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO files (path, mtime, size) VALUES (?, ?, ?)")) {
                upsertFile(upsert, "/x", 1.0, 100);
                upsertFile(upsert, "/x", 2.0, 200);
            }
            try (PreparedStatement note = connection.prepareStatement("INSERT INTO notes (body) VALUES (?)")) {
                for (String body : List.of("first", "second")) {
                    note.setString(1, body);
                    note.executeUpdate();
                }
            }
            return new Result(
                    column(statement, "PRAGMA foreign_keys", "foreign_keys").get(0),
                    column(statement, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", "name"),
                    column(statement, "PRAGMA table_info(files)", "name"),
                    rows(statement, "SELECT * FROM files"),
                    rows(statement, "SELECT * FROM notes ORDER BY id"));
        }
    }

    private static void upsertFile(PreparedStatement upsert, String path, double mtime, int size)
            throws SQLException {
        upsert.setString(1, path);
        upsert.setDouble(2, mtime);
        upsert.setInt(3, size);
        upsert.executeUpdate();
    }

    private static List<String> column(Statement statement, String sql, String label) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(label));
            }
        }
        return values;
    }

    private static List<Map<String, Object>> rows(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return Rows.all(rows);
        }
    }
}
