package dev.nana.compat.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The item functions of the aiosqlite examples, on a pooled DataSource. */
public final class Items {
    /** Column names cannot be bound as parameters, so the ones an update may name are fixed here. */
    private static final Set<String> UPDATABLE_COLUMNS = Set.of("name", "data", "value", "status");

    public record NewItem(String name, String jsonData) {
    }

    private final DataSource database;

    public Items(DataSource database) {
        this.database = database;
    }

    public long create(String name, String jsonData) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO items (name, data) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, jsonData);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public Optional<Map<String, Object>> get(long id) throws SQLException {
        return Rows.query(database, "SELECT * FROM items WHERE id = ?", id).stream().findFirst();
    }

    public List<Map<String, Object>> withStatus(String status) throws SQLException {
        return Rows.query(database, "SELECT * FROM items WHERE status = ? ORDER BY id", status);
    }

    public boolean update(long id, Map<String, Object> changes) throws SQLException {
        if (changes.isEmpty()) {
            return false;
        }
        List<String> columns = new ArrayList<>(changes.keySet());
        for (String column : columns) {
            if (!UPDATABLE_COLUMNS.contains(column)) {
                throw new IllegalArgumentException("not an updatable column: " + column);
            }
        }
        String assignments = columns.stream().map(column -> column + " = ?").collect(Collectors.joining(", "));
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE items SET " + assignments + " WHERE id = ?")) {
            for (int i = 0; i < columns.size(); i++) {
                update.setObject(i + 1, changes.get(columns.get(i)));
            }
            update.setLong(columns.size() + 1, id);
            return update.executeUpdate() > 0;
        }
    }

    public boolean delete(long id) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM items WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() > 0;
        }
    }

    /** One batch in one transaction: aiosqlite's executemany + commit. */
    public int insertAll(List<NewItem> items) throws SQLException {
        return Transactions.inTransaction(database, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO items (name, data) VALUES (?, ?)")) {
                for (NewItem item : items) {
                    insert.setString(1, item.name());
                    insert.setString(2, item.jsonData());
                    insert.addBatch();
                }
                return Arrays.stream(insert.executeBatch()).sum();
            }
        });
    }

    /** Returns how many items changed, which ids that match no item do not count towards. */
    public int updateStatus(List<Long> ids, String status) throws SQLException {
        return Transactions.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE items SET status = ? WHERE id = ?")) {
                for (long id : ids) {
                    update.setString(1, status);
                    update.setLong(2, id);
                    update.addBatch();
                }
                return Arrays.stream(update.executeBatch()).sum();
            }
        });
    }

    /**
     * Hands all items to {@code sink} in id order, {@code batchSize} rows at a time: only one batch is held in
     * memory, as with aiosqlite's fetchmany loop. Returns the number of rows streamed.
     */
    public long stream(int batchSize, Consumer<List<Map<String, Object>>> sink) throws SQLException {
        long streamed = 0;
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM items ORDER BY id")) {
            select.setFetchSize(batchSize);
            try (ResultSet rows = select.executeQuery()) {
                List<Map<String, Object>> batch;
                do {
                    batch = Rows.fetchMany(rows, batchSize);
                    if (!batch.isEmpty()) {
                        sink.accept(batch);
                    }
                    streamed += batch.size();
                } while (batch.size() == batchSize);
            }
        }
        return streamed;
    }
}
