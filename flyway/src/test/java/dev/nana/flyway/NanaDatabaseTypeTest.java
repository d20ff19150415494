package dev.nana.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.extensibility.Plugin;
import org.flywaydb.core.internal.database.DatabaseType;
import org.flywaydb.core.internal.database.DatabaseTypeRegister;
import org.flywaydb.core.internal.database.sqlite.SQLiteDatabaseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the plugin claims among every database type Flyway finds on the classpath: {@code jdbc:nana:} URLs and
 * nothing else, so no other database is detected differently because the plugin is present.
 */
class NanaDatabaseTypeTest {
    @TempDir
    Path directory;

    /** The database types Flyway's plugin register loads (ServiceLoader over Plugin). */
    private static List<DatabaseType> typesClaiming(String url) {
        List<DatabaseType> claimants = new ArrayList<>();
        for (Plugin plugin : ServiceLoader.load(Plugin.class)) {
            if (plugin instanceof DatabaseType type && type.handlesJDBCUrl(url)) {
                claimants.add(type);
            }
        }
        return claimants;
    }

    private static List<Class<?>> classesClaiming(String url) {
        return typesClaiming(url).stream().<Class<?>>map(Object::getClass).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:nana:app.db", "jdbc:nana::memory:", "jdbc:nana:file:app.db?mode=ro&kvSchema=store"})
    void onlyThePluginClaimsNanaUrlsAndItNamesNanasDriver(String url) {
        assertEquals(List.of(NanaDatabaseType.class), classesClaiming(url));
        assertEquals("dev.nana.jdbc.NanaDriver", typesClaiming(url).get(0).getDriverClass(url, getClass().getClassLoader()));
    }

    @Test
    void sqliteUrlsAreClaimedBySqliteAlone() {
        assertEquals(List.of(SQLiteDatabaseType.class), classesClaiming("jdbc:sqlite:app.db"));
        assertEquals(List.of(SQLiteDatabaseType.class), classesClaiming("jdbc:p6spy:sqlite:app.db"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:sqlite:app.db", "jdbc:h2:mem:test", "jdbc:postgresql://localhost/app",
            "jdbc:tc:postgresql:16:///app", "jdbc:p6spy:nana:app.db", "jdbc:nanasqlite:app.db", "nana:app.db",
            "JDBC:NANA:app.db"})
    void thePluginClaimsNoOtherUrl(String url) {
        assertTrue(typesClaiming(url).stream().noneMatch(NanaDatabaseType.class::isInstance), url);
    }

    @Test
    void connectionsOfBothDriversGetFlywaysSqliteSupport() throws SQLException {
        Path file = directory.resolve("detect.db");
        for (String url : List.of("jdbc:nana:" + file, "jdbc:sqlite:" + file)) {
            try (Connection connection = DriverManager.getConnection(url)) {
                DatabaseType type = DatabaseTypeRegister.getDatabaseTypeForConnection(connection, Flyway.configure());
                assertEquals(SQLiteDatabaseType.class, type.getClass(), url);
            }
        }
    }

    @Test
    void aSqliteUrlStillOpensWithSqliteJdbcAndANanaUrlWithNana() {
        Path file = directory.resolve("drivers.db");
        // The migration writes a pragma that raw SQLite runs and nana's policy refuses.
        Flyway raw = Flyway.configure().dataSource("jdbc:sqlite:" + file, "", "")
                .locations("classpath:db/sqlite-only").load();
        Flyway nana = Flyway.configure().dataSource("jdbc:nana:" + directory.resolve("nana.db"), "", "")
                .locations("classpath:db/sqlite-only").load();

        assertEquals(1, raw.migrate().migrationsExecuted);
        FlywayException refused = assertThrows(FlywayException.class, nana::migrate);
        assertTrue(refused.getMessage().contains("nana: PRAGMA cell_size_check may not be written"), refused.getMessage());
    }
}
