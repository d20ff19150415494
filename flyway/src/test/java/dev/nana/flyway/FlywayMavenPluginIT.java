package dev.nana.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nana.jdbc.NanaConnection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The file the Flyway Maven plugin cleaned and migrated by its {@code jdbc:nana:} URL in this module's build
 * (pom.xml, execution migrate-by-nana-url, phase pre-integration-test).
 */
class FlywayMavenPluginIT {
    private final Path file = Path.of(System.getProperty("flyway.maven.plugin.database"));

    @Test
    void thePluginAppliedEveryMigration() throws SQLException {
        assertEquals(List.of("1 1", "2 1", "3 1"),
                MigratedFile.strings(file, "SELECT version || ' ' || success FROM flyway_schema_history ORDER BY installed_rank"));
        assertEquals(List.of("flyway_schema_history", "order_log", "orders", "settings", "totals"),
                MigratedFile.objects(file, "table"));
        assertEquals(List.of("orders_logged"), MigratedFile.objects(file, "trigger"));
        assertEquals(List.of("apple 5", "pear 1"),
                MigratedFile.strings(file, "SELECT item || ' ' || quantity FROM totals ORDER BY item"));
        try (Connection connection = MigratedFile.open(file)) {
            assertEquals("dark", connection.unwrap(NanaConnection.class).kv("settings").get("theme"));
        }
    }
}
