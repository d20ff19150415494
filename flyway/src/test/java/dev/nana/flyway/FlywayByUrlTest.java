package dev.nana.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway opening a {@code jdbc:nana:} URL itself: migrate, info, validate and clean on a real file, with
 * multi-statement migrations, a trigger, a key-value insert and a migration the policy refuses.
 */
class FlywayByUrlTest {
    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("app.db");
    }

    private Flyway flyway(String location) {
        return flyway(location, "");
    }

    private Flyway flyway(String location, String query) {
        return Flyway.configure()
                .dataSource("jdbc:nana:" + file() + query, "", "")
                .locations("classpath:db/" + location)
                .cleanDisabled(false)
                .load();
    }

    @Test
    void everyStatementOfEveryMigrationRunsOnce() throws SQLException {
        assertEquals(3, flyway("nana").migrate().migrationsExecuted);

        assertEquals(List.of("apple", "pear", "apple"), MigratedFile.strings(file(), "SELECT item FROM orders ORDER BY id"));
        assertEquals(List.of("added; small apple", "added; small pear", "added; big apple"),
                MigratedFile.strings(file(), "SELECT note FROM order_log ORDER BY id"));
        assertEquals(List.of("apple 5", "pear 1"),
                MigratedFile.strings(file(), "SELECT item || ' ' || quantity FROM totals ORDER BY item"));
        assertEquals(List.of("orders_logged"), MigratedFile.objects(file(), "trigger"));
        assertEquals(List.of("apple"), MigratedFile.strings(file(), "SELECT item FROM big_orders"));
    }

    @Test
    void theMigratedTriggerKeepsFiring() throws SQLException {
        flyway("nana").migrate();

        try (Connection connection = MigratedFile.open(file()); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO orders(item, quantity) VALUES ('pear', 4)");
        }

        assertEquals(List.of("apple 5", "pear 5"),
                MigratedFile.strings(file(), "SELECT item || ' ' || quantity FROM totals ORDER BY item"));
    }

    @Test
    void aKeyValueInsertOfAMigrationIsReadThroughTheKvApi() throws SQLException {
        flyway("nana").migrate();

        try (Connection connection = MigratedFile.open(file())) {
            KvStore settings = connection.unwrap(NanaConnection.class).kv("settings");
            assertEquals("dark", settings.get("theme"));
            assertEquals(Map.of("maxOrders", 5, "currencies", List.of("EUR", "JPY")), settings.get("limits"));
            assertEquals(2, settings.size());
        }
    }

    @Test
    void kvSchemaInTheUrlNamesTheSchemaOfKeyValueTables() throws SQLException {
        flyway("kv-schema", "?kvSchema=store").migrate();

        try (Connection connection = MigratedFile.open(file())) {
            assertEquals("light", connection.unwrap(NanaConnection.class).kv("settings").get("theme"));
        }
    }

    @Test
    void infoAndValidateSeeTheAppliedMigrationsAndASecondMigrateDoesNothing() {
        Flyway flyway = flyway("nana");
        flyway.migrate();

        MigrationInfo[] applied = flyway.info().applied();
        assertEquals(List.of("1", "2", "3"), Arrays.stream(applied).map(info -> info.getVersion().getVersion()).toList());
        for (MigrationInfo migration : applied) {
            assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getScript());
            assertNotNull(migration.getInstalledOn(), migration.getScript());
        }
        assertEquals("3", flyway.info().current().getVersion().getVersion());
        assertTrue(flyway.validateWithResult().validationSuccessful);
        assertEquals(0, flyway.migrate().migrationsExecuted);
    }

    @Test
    void cleanDropsEveryObjectAndMigrateBuildsThemAgain() throws SQLException {
        Flyway flyway = flyway("nana");
        flyway.migrate();

        flyway.clean();

        assertEquals(List.of(), MigratedFile.objects(file(), "view"));
        assertEquals(List.of(), MigratedFile.objects(file(), "trigger"));
        assertEquals(List.of(), MigratedFile.objects(file(), "table"));
        assertEquals(3, flyway.migrate().migrationsExecuted);
        assertEquals(List.of("apple 5", "pear 1"),
                MigratedFile.strings(file(), "SELECT item || ' ' || quantity FROM totals ORDER BY item"));
    }

    /**
     * With foreign keys on, Flyway's SQLite clean drops each table with one string of three statements
     * ({@code PRAGMA foreign_keys = OFF; DROP TABLE ...; PRAGMA foreign_keys = ON}) on a prepared statement. nana
     * refuses several statements there (raw sqlite-jdbc runs the first, so that clean silently drops nothing);
     * clean runs through a URL without {@code foreign_keys=true}.
     */
    @Test
    void cleanWithForeignKeysOnIsRefusedWholeAndRunsWithoutThem() throws SQLException {
        flyway("foreign-keys", "?foreign_keys=true").migrate();

        FlywayException refused = assertThrows(FlywayException.class, flyway("foreign-keys", "?foreign_keys=true")::clean);
        assertTrue(refused.getMessage().contains("42601"), refused.getMessage());
        assertEquals(List.of("authors", "books", "flyway_schema_history", "sqlite_sequence"),
                MigratedFile.objects(file(), "table"));

        flyway("foreign-keys").clean();
        assertEquals(List.of("sqlite_sequence"), MigratedFile.objects(file(), "table"));
        assertEquals(List.of("0"), MigratedFile.strings(file(), "SELECT count(*) FROM sqlite_sequence"));
    }

    @Test
    void aMigrationThePolicyRefusesFailsWithItsSqlStateAndLeavesNothingBehind() throws SQLException {
        Flyway flyway = flyway("refused");

        FlywayException failure = assertThrows(FlywayException.class, flyway::migrate);

        assertTrue(failure.getMessage().contains("42501"), failure.getMessage());
        assertTrue(failure.getMessage().contains("nana: function load_extension is forbidden by policy"),
                failure.getMessage());
        assertEquals(List.of("accounts", "flyway_schema_history"), MigratedFile.objects(file(), "table"));
        assertEquals(List.of("first"), MigratedFile.strings(file(), "SELECT name FROM accounts"));
        // SQLite runs a migration in one transaction, so Flyway records no failed row: V2 is pending again.
        assertEquals(List.of("1 success=1"),
                MigratedFile.strings(file(), "SELECT version || ' success=' || success FROM flyway_schema_history"));
        MigrationInfo[] pending = flyway.info().pending();
        assertEquals(1, pending.length);
        assertEquals("2", pending[0].getVersion().getVersion());
        assertFalse(flyway.validateWithResult().validationSuccessful, "a pending migration fails validation");
    }
}
