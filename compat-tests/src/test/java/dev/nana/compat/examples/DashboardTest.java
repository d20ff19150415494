package dev.nana.compat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardTest {
    private record Order(long id, long userId, long totalCents, String createdAt) {
    }

    @TempDir
    Path directory;

    private HikariDataSource database;
    private ExecutorService executor;
    private final List<Order> orders = new ArrayList<>();

    @BeforeEach
    void openDatabase() throws SQLException {
        database = ExampleDatabase.open(directory.resolve("shop.db"));
        executor = Executors.newFixedThreadPool(3);
        ExampleDatabase.createSchema(database);
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 9, 0);
        for (int i = 1; i <= 15; i++) {
            long userId = i % 5 == 0 ? 2 : 1;
            // Insertion order differs from time order, so ORDER BY created_at has something to do.
            orders.add(new Order(i, userId, 100L * i, start.plusHours((i * 7L) % 15).toString()));
        }
        Transactions.inTransaction(database, connection -> {
            connection.createStatement().executeUpdate("INSERT INTO users (id, name) VALUES (1, 'ada'), (2, 'bob')");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO orders (id, user_id, total_cents, created_at) VALUES (?, ?, ?, ?)")) {
                for (Order order : orders) {
                    insert.setLong(1, order.id());
                    insert.setLong(2, order.userId());
                    insert.setLong(3, order.totalCents());
                    insert.setString(4, order.createdAt());
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    @AfterEach
    void closeDatabase() {
        executor.shutdown();
        database.close();
    }

    @Test
    void threeQueriesCombineIntoOneDashboard() throws SQLException {
        List<Order> adasOrders = orders.stream().filter(order -> order.userId() == 1).toList();

        Map<String, Object> dashboard = Dashboard.load(database, 1, executor);

        assertEquals(Map.of("id", 1, "name", "ada"), dashboard.get("user"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> recent = (List<Map<String, Object>>) dashboard.get("recent_orders");
        assertEquals(adasOrders.stream().sorted(Comparator.comparing(Order::createdAt).reversed()).limit(10)
                        .map(Order::id).toList(),
                recent.stream().map(row -> ((Number) row.get("id")).longValue()).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> stats = (Map<String, Object>) dashboard.get("stats");
        assertEquals(adasOrders.size(), ((Number) stats.get("count")).intValue());
        assertEquals(adasOrders.stream().mapToLong(Order::totalCents).sum(), ((Number) stats.get("total")).longValue());
    }

    @Test
    void aFailingQueryFailsTheDashboardWithItsSqlException() throws SQLException {
        Transactions.inTransaction(database, connection -> connection.createStatement().execute("DROP TABLE orders"));
        SQLException missing = assertThrows(SQLException.class,
                () -> Dashboard.load(database, 1, executor));
        assertEquals("42S02", missing.getSQLState());
    }
}
