package dev.nana.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot's FlywayAutoConfiguration migrating a file named by {@code spring.flyway.url=jdbc:nana:...}, with no
 * other DataSource in the application and without nana-spring-boot. Boot builds that DataSource itself and infers
 * the driver only for the databases it knows, so without nana-spring-boot (whose auto-configuration fills it in,
 * spring-boot's FlywayUrlTest) the driver class is a property of its own (docs/frameworks.md, Flyway).
 */
@Tag("spring-boot")
class SpringBootFlywayUrlTest {
    @TempDir
    Path directory;

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(FlywayAutoConfiguration.class)
    static class MigratingApplication {
    }

    /** Starts the application on spring/flyway-by-url.properties; {@code overrides} are command-line arguments. */
    private ConfigurableApplicationContext start(String... overrides) {
        return new SpringApplicationBuilder(MigratingApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .properties("spring.config.location=classpath:spring/flyway-by-url.properties",
                        "app.data-dir=" + directory)
                .run(overrides);
    }

    @Test
    void springFlywayUrlWithNanasDriverClassMigratesOnStartup() throws SQLException {
        try (ConfigurableApplicationContext context = start()) {
            assertEquals(3, context.getBean(Flyway.class).info().applied().length);
        }
        assertEquals(List.of("apple 5", "pear 1"), MigratedFile.strings(directory.resolve("app.db"),
                "SELECT item || ' ' || quantity FROM totals ORDER BY item"));
    }

    @Test
    void withoutTheDriverClassBootCannotOpenTheUrl() {
        BeanCreationException failure = assertThrows(BeanCreationException.class,
                () -> start("--spring.flyway.driver-class-name=").close());

        assertEquals("Driver has not been set", rootCause(failure).getMessage());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
