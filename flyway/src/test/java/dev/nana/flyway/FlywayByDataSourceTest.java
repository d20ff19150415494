package dev.nana.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nana.jdbc.NanaConnection;
import dev.nana.jdbc.NanaDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway given a nana DataSource, whose properties (here kvSchema) apply to the migrations. */
class FlywayByDataSourceTest {
    @TempDir
    Path directory;

    @Test
    void aNanaDataSourceMigratesWithItsProperties() throws SQLException {
        NanaDataSource dataSource = new NanaDataSource();
        dataSource.setUrl("jdbc:nana:" + directory.resolve("app.db"));
        dataSource.setKvSchema("store");

        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/kv-schema").load();

        assertEquals(1, flyway.migrate().migrationsExecuted);
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("light", connection.unwrap(NanaConnection.class).kv("settings").get("theme"));
        }
    }
}
