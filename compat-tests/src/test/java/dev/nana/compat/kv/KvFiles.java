package dev.nana.compat.kv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is on disk, read with raw sqlite-jdbc (no nana, no codec): the bytes a NanaSQLite program would see. */
final class KvFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KvFiles() {
    }

    /** Every row of a namespace table as stored: key to value text, in rowid order. */
    static Map<String, String> rawRows(Path file, String table) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement();
             ResultSet result = statement.executeQuery("SELECT key, value FROM \"" + table + "\" ORDER BY rowid")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }

    /** JSON text as a tree, to compare objects whatever their field order. */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
