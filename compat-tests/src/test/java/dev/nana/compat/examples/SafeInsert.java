package dev.nana.compat.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;

/**
 * safe_insert of the aiosqlite examples. The Python version matches words in the error message; here the error is
 * classified by its SQLState, which nana sets from SQLite's result code and which does not change with wording.
 */
public final class SafeInsert {
    public record Outcome(boolean inserted, String message) {
    }

    private SafeInsert() {
    }

    public static Outcome insert(DataSource database, String name, long value, Long userId) {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO items (name, value, user_id) VALUES (?, ?, ?)")) {
            insert.setString(1, name);
            insert.setLong(2, value);
            insert.setObject(3, userId, Types.INTEGER);
            insert.executeUpdate();
            return new Outcome(true, "Success");
        } catch (SQLException e) {
            return new Outcome(false, describe(e));
        }
    }

    static String describe(SQLException e) {
        String sqlState = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (sqlState) {
            case "23505" -> "Duplicate entry";
            case "23503" -> "Referenced record not found";
            case "40001" -> "Database busy, try again";
            case "42S02" -> "Table not found";
            default -> (sqlState.startsWith("23") ? "Integrity error: " : "Database error: ") + e.getMessage();
        };
    }
}
