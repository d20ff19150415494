package dev.nana.compat.hikari;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spring Boot configuration shown in docs/frameworks.md, without Spring: Spring Boot hands
 * {@code spring.datasource.url} and {@code driver-class-name} to a HikariDataSource as jdbcUrl and driverClassName
 * and binds {@code spring.datasource.hikari.*} to its properties. This test makes the same calls with the values
 * of the file, so the file is known to open a working pool.
 */
class SpringBootPropertiesTest {
    private static final String HIKARI_PROPERTIES = "spring.datasource.hikari.data-source-properties.";
    private static final String DOCUMENTED_DATABASE = "data/app.db";

    @TempDir
    Path directory;

    @Test
    void theDocumentedPropertiesOpenAPolicedPool() throws IOException, SQLException {
        Properties spring = new Properties();
        try (InputStream file = getClass().getResourceAsStream("/spring/application.properties")) {
            spring.load(file);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(spring.getProperty("spring.datasource.url")
                .replace(DOCUMENTED_DATABASE, directory.resolve("app.db").toString()));
        config.setDriverClassName(spring.getProperty("spring.datasource.driver-class-name"));
        config.setMaximumPoolSize(Integer.parseInt(spring.getProperty("spring.datasource.hikari.maximum-pool-size")));
        for (String name : spring.stringPropertyNames()) {
            if (name.startsWith(HIKARI_PROPERTIES)) {
                config.addDataSourceProperty(name.substring(HIKARI_PROPERTIES.length()), spring.getProperty(name));
            }
        }

        try (HikariDataSource pool = new HikariDataSource(config);
             Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA foreign_keys")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
            SQLSyntaxErrorException denied =
                    assertThrows(SQLSyntaxErrorException.class, () -> statement.executeQuery("SELECT randomblob(8)"));
            assertEquals("42501", denied.getSQLState());
        }
    }
}
