package dev.nana.compat.examples;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * The concurrent dashboard of the aiosqlite examples. A JDBC connection runs one statement at a time, so the three
 * queries run at the same time on three pooled connections instead of three cursors of one connection.
 */
public final class Dashboard {
    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private Dashboard() {
    }

    public static Map<String, Object> load(DataSource database, long userId, Executor executor) throws SQLException {
        CompletableFuture<List<Map<String, Object>>> user = async(executor,
                () -> Rows.query(database, "SELECT * FROM users WHERE id = ?", userId));
        CompletableFuture<List<Map<String, Object>>> recentOrders = async(executor,
                () -> Rows.query(database,
                        "SELECT * FROM orders WHERE user_id = ? ORDER BY created_at DESC LIMIT 10", userId));
        CompletableFuture<List<Map<String, Object>>> stats = async(executor,
                () -> Rows.query(database,
                        "SELECT COUNT(*) AS count, SUM(total_cents) AS total FROM orders WHERE user_id = ?", userId));
        try {
            CompletableFuture.allOf(user, recentOrders, stats).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw cause;
            }
            throw e;
        }
        return Map.of(
                "user", user.join().get(0),
                "recent_orders", recentOrders.join(),
                "stats", stats.join().get(0));
    }

    private static <T> CompletableFuture<T> async(Executor executor, Query<T> query) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return query.run();
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }
}
