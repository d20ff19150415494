package dev.nana.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nana.jdbc.NanaDriver;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code spring.flyway.url=jdbc:nana:...} is all Boot's FlywayAutoConfiguration needs with nana-spring-boot on the
 * classpath: the auto-configuration names the driver class of the DataSource Flyway builds from that URL.
 */
class FlywayUrlTest {
    @TempDir
    Path directory;

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
            NanaAutoConfiguration.class})
    static class MigratingApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    static class MigratingApplicationWithoutNana {
    }

    /** Binds spring.flyway.* as FlywayAutoConfiguration does, without migrating anything. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(FlywayProperties.class)
    static class BoundFlywayProperties {
    }

    /**
     * Starts {@code application} on flyway/flyway-url.properties with the files in the test's directory;
     * {@code overrides} are command-line arguments.
     */
    private ConfigurableApplicationContext start(Class<?> application, String... overrides) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .properties("spring.config.location=classpath:flyway/flyway-url.properties",
                        "app.data-dir=" + directory)
                .run(overrides);
    }

    @Test
    void springFlywayUrlAloneMigratesItsFileOnStartup() throws SQLException {
        try (ConfigurableApplicationContext context = start(MigratingApplication.class)) {
            assertEquals(1, context.getBean(Flyway.class).info().applied().length);
            assertEquals(NanaDriver.class.getName(), context.getBean(FlywayProperties.class).getDriverClassName());
            try (Connection application = context.getBean(DataSource.class).getConnection()) {
                assertEquals(List.of(), tables(application));
            }
        }
        try (Connection migrated = DriverManager.getConnection("jdbc:nana:" + directory.resolve("migrated.db"))) {
            assertEquals(List.of("flyway_schema_history", "notes"), tables(migrated));
        }
    }

    @Test
    void withoutSpringFlywayUrlFlywayMigratesTheApplicationsDataSource() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        FlywayAutoConfiguration.class, NanaAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:nana:" + directory.resolve("app.db"),
                        "spring.flyway.locations=classpath:db/notes")
                .run(context -> {
                    assertEquals(1, context.getBean(Flyway.class).info().applied().length);
                    try (Connection application = context.getBean(DataSource.class).getConnection()) {
                        assertEquals(List.of("flyway_schema_history", "notes"), tables(application));
                    }
                });
    }

    @Test
    void withoutTheAutoConfigurationBootCannotOpenTheFlywayUrl() {
        BeanCreationException failure = assertThrows(BeanCreationException.class,
                () -> start(MigratingApplicationWithoutNana.class,
                        "--spring.datasource.driver-class-name=" + NanaDriver.class.getName()).close());

        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertEquals("Driver has not been set", cause.getMessage());
    }

    @Test
    void aDriverClassGivenIsKept() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(NanaAutoConfiguration.class))
                .withUserConfiguration(BoundFlywayProperties.class)
                .withPropertyValues("spring.flyway.url=jdbc:nana:" + directory.resolve("kept.db"),
                        "spring.flyway.driver-class-name=com.example.WrappingDriver")
                .run(context -> assertEquals("com.example.WrappingDriver",
                        context.getBean(FlywayProperties.class).getDriverClassName()));
    }

    @Test
    void withoutFlywayOnTheClasspathSpringFlywayIsLeftAlone() {
        new ApplicationContextRunner()
                .withClassLoader(new FilteredClassLoader(Flyway.class))
                .withConfiguration(AutoConfigurations.of(NanaAutoConfiguration.class))
                .withUserConfiguration(BoundFlywayProperties.class)
                .withPropertyValues("spring.flyway.url=jdbc:nana:" + directory.resolve("alone.db"))
                .run(context -> {
                    assertThat(context).hasBean("nanaDriverClassName").doesNotHaveBean("nanaFlywayDriverClassName");
                    assertNull(context.getBean(FlywayProperties.class).getDriverClassName());
                });
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
