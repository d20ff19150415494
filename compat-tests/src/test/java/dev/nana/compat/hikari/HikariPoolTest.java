package dev.nana.compat.hikari;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.nana.jdbc.NanaConnection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HikariPoolTest {
    @TempDir
    Path directory;

    @Test
    void poolByJdbcUrl() throws SQLException {
        Path database = directory.resolve("app.db");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:nana:" + database);
        try (HikariDataSource pool = new HikariDataSource(config);
             Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            assertEquals("SQLite", connection.getMetaData().getDatabaseProductName());
            assertEquals("nana-jdbc", connection.getMetaData().getDriverName());
            assertEquals("wal", single(statement, "PRAGMA journal_mode"));
            statement.executeUpdate("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            statement.executeUpdate("INSERT INTO notes (body) VALUES ('pooled')");
            assertEquals("pooled", single(statement, "SELECT body FROM notes"));
        }
    }

    @Test
    void poolByDataSourceClassNameAppliesDataSourceProperties() throws SQLException {
        Path database = directory.resolve("app.db");
        Properties properties = new Properties();
        properties.setProperty("dataSourceClassName", "dev.nana.jdbc.NanaDataSource");
        properties.setProperty("dataSource.url", "jdbc:nana:" + database);
        properties.setProperty("dataSource.forbiddenFunctions", "random,randomblob");
        HikariConfig config = new HikariConfig(properties);
        try (HikariDataSource pool = new HikariDataSource(config);
             Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            assertEquals(3, ((Number) single(statement, "SELECT abs(-3)")).intValue());
            SQLSyntaxErrorException denied =
                    assertThrows(SQLSyntaxErrorException.class, () -> statement.executeQuery("SELECT random()"));
            assertEquals("42501", denied.getSQLState());
            assertTrue(denied.getMessage().contains("random"), denied::getMessage);
        }
    }

    @Test
    void aPolicyDenialDoesNotCostThePooledConnection() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:nana:" + directory.resolve("app.db"));
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            NanaConnection physical;
            try (Connection connection = pool.getConnection();
                 Statement statement = connection.createStatement()) {
                physical = connection.unwrap(NanaConnection.class);
                SQLSyntaxErrorException denied = assertThrows(SQLSyntaxErrorException.class,
                        () -> statement.executeQuery("SELECT load_extension('evil')"));
                assertEquals("42501", denied.getSQLState());
                SQLSyntaxErrorException attach = assertThrows(SQLSyntaxErrorException.class,
                        () -> connection.prepareStatement("ATTACH DATABASE 'other.db' AS other"));
                assertEquals("42501", attach.getSQLState());
                assertEquals(1, ((Number) single(statement, "SELECT 1")).intValue());
            }
            try (Connection connection = pool.getConnection()) {
                assertSame(physical, connection.unwrap(NanaConnection.class));
            }
            assertEquals(1, pool.getHikariPoolMXBean().getTotalConnections());
        }
    }

    /**
     * Pools are often set to autoCommit=false. A transaction then begins with its first statement, not when the
     * last one ends, so a connection waiting in the pool, or between two transactions, holds no write lock.
     */
    @Test
    void aPoolInManualCommitModeHoldsNoLockBetweenTransactions() throws SQLException {
        Path database = directory.resolve("app.db");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:nana:" + database);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(2);
        try (HikariDataSource pool = new HikariDataSource(config);
             Connection first = pool.getConnection();
             Statement statement = first.createStatement()) {
            statement.executeUpdate("CREATE TABLE notes (body TEXT)");
            first.commit();
            try (Connection impatient = DriverManager.getConnection("jdbc:nana:" + database + "?busyTimeout=0");
                 Statement other = impatient.createStatement()) {
                other.executeUpdate("INSERT INTO notes VALUES ('written while the pool is in manual-commit mode')");
            }
            try (Connection second = pool.getConnection(); Statement other = second.createStatement()) {
                other.executeUpdate("INSERT INTO notes VALUES ('second pooled connection')");
                second.commit();
            }
            assertEquals(2, ((Number) single(statement, "SELECT count(*) FROM notes")).intValue());
        }
    }

    private static Object single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1);
        }
    }
}
