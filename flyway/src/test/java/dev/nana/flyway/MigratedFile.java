package dev.nana.flyway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads back what migrations left in a database file, through a connection of its own. */
final class MigratedFile {
    private MigratedFile() {
    }

    static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:nana:" + file);
    }

    /** The names of the file's objects of one type ('table', 'view', 'trigger'), sorted. */
    static List<String> objects(Path file, String type) throws SQLException {
        return strings(file, "SELECT name FROM sqlite_master WHERE type = '" + type + "' ORDER BY name");
    }

    /** The first column of every row, as text. */
    static List<String> strings(Path file, String query) throws SQLException {
        try (Connection connection = open(file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
