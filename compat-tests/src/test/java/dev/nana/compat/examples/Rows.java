package dev.nana.compat.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Rows as maps keyed by column label: the JDBC counterpart of aiosqlite's {@code row_factory = Row} + dict(row). */
public final class Rows {
    private Rows() {
    }

    public static Map<String, Object> current(ResultSet rows) throws SQLException {
        ResultSetMetaData columns = rows.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            row.put(columns.getColumnLabel(i), rows.getObject(i));
        }
        return row;
    }

    /** Up to {@code limit} more rows; fewer only when the result is exhausted. */
    public static List<Map<String, Object>> fetchMany(ResultSet rows, int limit) throws SQLException {
        List<Map<String, Object>> batch = new ArrayList<>(limit);
        while (batch.size() < limit && rows.next()) {
            batch.add(current(rows));
        }
        return batch;
    }

    public static List<Map<String, Object>> all(ResultSet rows) throws SQLException {
        List<Map<String, Object>> result = new ArrayList<>();
        while (rows.next()) {
            result.add(current(rows));
        }
        return result;
    }

    /** Runs one query on a connection of its own, borrowed from {@code database} and given back at once. */
    public static List<Map<String, Object>> query(DataSource database, String sql, Object... parameters)
            throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return all(rows);
            }
        }
    }
}
