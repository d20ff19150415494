package dev.nana.compat.hikari;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.nana.jdbc.ApplicationFunctions;
import dev.nana.jdbc.NanaConnection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * What a pooled application moving from sqlite-jdbc configures: its {@code SQLiteConfig} as HikariCP's data source
 * properties, and its SQL functions, which views and triggers call, on every connection the pool opens.
 */
class HikariSqliteConfigAndFunctionsTest {
    @TempDir
    Path directory;

    /** Named in {@code applicationFunctions}; HikariCP's connections all get it. */
    public static class Slugs implements ApplicationFunctions {
        @Override
        public void registerOn(NanaConnection connection) throws SQLException {
            connection.createDeterministicFunction("slug", 1, args ->
                    args[0].toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void sqliteConfigAsDataSourcePropertiesOfAPoolByJdbcUrl() throws SQLException {
        SQLiteConfig sqliteConfig = new SQLiteConfig();
        sqliteConfig.enforceForeignKeys(true);
        sqliteConfig.setBusyTimeout(2500);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:nana:" + directory.resolve("app.db"));
        config.setDataSourceProperties(sqliteConfig.toProperties());
        try (HikariDataSource pool = new HikariDataSource(config); Connection connection = pool.getConnection()) {
            assertEquals("1", single(connection, "PRAGMA foreign_keys"));
            assertEquals("2500", single(connection, "PRAGMA busy_timeout"));
        }
    }

    @Test
    void everyPooledConnectionCanRunTriggersCallingTheApplicationsFunction() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("dataSourceClassName", "dev.nana.jdbc.NanaDataSource");
        properties.setProperty("dataSource.url", "jdbc:nana:" + directory.resolve("app.db"));
        properties.setProperty("dataSource.applicationFunctions", Slugs.class.getName());
        properties.setProperty("dataSource.allowBackendUnwrap", "false");
        properties.setProperty("maximumPoolSize", "2");
        try (HikariDataSource pool = new HikariDataSource(new HikariConfig(properties))) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE post(title TEXT, slug TEXT)");
                statement.execute("CREATE TRIGGER post_slugged AFTER INSERT ON post BEGIN"
                        + " UPDATE post SET slug = slug(NEW.title) WHERE rowid = NEW.rowid; END");
            }
            try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
                assertNotSame(first.unwrap(NanaConnection.class), second.unwrap(NanaConnection.class));
                for (Connection connection : new Connection[] {first, second}) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("INSERT INTO post(title) VALUES ('Pooled Post')");
                    }
                }
                assertEquals("pooled-post", single(first, "SELECT group_concat(DISTINCT slug) FROM post"));
            }
        }
    }
}
