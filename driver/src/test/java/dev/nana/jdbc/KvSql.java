package dev.nana.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The few SQL reads the key-value tests share: what is really in the file, not what a store's cache says. */
final class KvSql {
    private KvSql() {
    }

    static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:nana:" + file);
    }

    /** Each row of {@code sql} as its columns' text, parameters bound as strings. */
    static List<List<String>> rows(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet results = statement.executeQuery()) {
                int columns = results.getMetaData().getColumnCount();
                List<List<String>> rows = new ArrayList<>();
                while (results.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(results.getString(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The first column of the only row of {@code sql}, or null when it returns no row. */
    static String one(Connection connection, String sql, String... parameters) throws SQLException {
        List<List<String>> rows = rows(connection, sql, parameters);
        if (rows.size() > 1) {
            throw new AssertionError(sql + " returned " + rows.size() + " rows");
        }
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** The stored JSON text of {@code key} in the table of {@code namespace}, read past any store. */
    static String storedJson(Connection connection, String namespace, String key) throws SQLException {
        return one(connection, "SELECT value FROM \"" + namespace + "\" WHERE key = ?", key);
    }

    static long count(Connection connection, String table) throws SQLException {
        return Long.parseLong(one(connection, "SELECT count(*) FROM \"" + table + "\""));
    }

    static boolean tableExists(Connection connection, String name) throws SQLException {
        return one(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", name)
                .equals("1");
    }
}
