package dev.nana.compat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleDatabaseTest {
    @TempDir
    Path directory;

    @Test
    void everyPooledConnectionHasWalAndForeignKeys() throws SQLException {
        try (HikariDataSource database = ExampleDatabase.open(directory.resolve("app.db"))) {
            List<Connection> borrowed = new ArrayList<>();
            try {
                for (int i = 0; i < database.getMaximumPoolSize(); i++) {
                    Connection connection = database.getConnection();
                    borrowed.add(connection);
                    assertEquals("wal", single(connection, "PRAGMA journal_mode"));
                    assertEquals(1, ((Number) single(connection, "PRAGMA foreign_keys")).intValue());
                }
            } finally {
                for (Connection connection : borrowed) {
                    connection.close();
                }
            }
        }
    }

    @Test
    void schemaScriptCreatesEveryTable() throws SQLException {
        try (HikariDataSource database = ExampleDatabase.open(directory.resolve("app.db"))) {
            ExampleDatabase.createSchema(database);
            List<Map<String, Object>> tables =
                    Rows.query(database, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
            assertEquals(List.of("accounts", "items", "orders", "users"),
                    tables.stream().map(row -> row.get("name")).toList());
        }
    }

    private static Object single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1);
        }
    }
}
