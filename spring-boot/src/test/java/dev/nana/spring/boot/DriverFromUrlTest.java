package dev.nana.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.nana.jdbc.NanaConnection;
import dev.nana.jdbc.NanaDriver;
import java.sql.Connection;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code spring.datasource.url=jdbc:nana:...} is all Boot needs: the auto-configuration names the driver class,
 * HikariCP's connections are nana's, and {@code spring.datasource.hikari.data-source-properties.*} reach the driver.
 */
class DriverFromUrlTest extends ShopDatabase {
    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void withoutTheAutoConfigurationBootCannotTellTheDriverClassAndWithItItCan() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withPropertyValues("spring.datasource.url=jdbc:nana:" + FILE);
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class)).run(context -> {
            Throwable failure = context.getStartupFailure();
            while (failure.getCause() != null) {
                failure = failure.getCause();
            }
            assertTrue(failure.getMessage().contains("Failed to determine a suitable driver class"),
                    failure.getMessage());
        });
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, NanaAutoConfiguration.class))
                .run(context -> {
                    HikariDataSource pool = context.getBean(HikariDataSource.class);
                    assertEquals(NanaDriver.class.getName(), pool.getDriverClassName());
                    try (Connection connection = pool.getConnection()) {
                        assertTrue(connection.isValid(1));
                    }
                });
    }

    @Test
    void thePoolsConnectionsUnwrapToNanaConnections() throws Exception {
        HikariDataSource pool = (HikariDataSource) dataSource;
        assertEquals(NanaDriver.class.getName(), pool.getDriverClassName());
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(connection.isWrapperFor(NanaConnection.class));
            NanaConnection nana = connection.unwrap(NanaConnection.class);
            assertEquals("SQLite", nana.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void insideATransactionDataSourceUtilsGivesTheTransactionsNanaConnection() {
        transactions.executeWithoutResult(status -> {
            Connection first = DataSourceUtils.getConnection(dataSource);
            Connection second = DataSourceUtils.getConnection(dataSource);
            try {
                assertSame(first.unwrap(NanaConnection.class), second.unwrap(NanaConnection.class));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                DataSourceUtils.releaseConnection(second, dataSource);
                DataSourceUtils.releaseConnection(first, dataSource);
            }
        });
    }

    @Test
    void dataSourcePropertiesReachTheDriver() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLSyntaxErrorException refused = assertThrows(SQLSyntaxErrorException.class,
                    () -> statement.executeQuery("SELECT randomblob(4)"));
            assertEquals("42501", refused.getSQLState());
            assertTrue(refused.getMessage().contains("randomblob"), refused.getMessage());
        }
    }
}
