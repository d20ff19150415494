package dev.nana.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Each surefire execution of this module runs on the Flyway version it names (pom.xml). */
class FlywayVersionTest {
    @Test
    void theFlywayOnTheClasspathIsTheOneThisRunIsFor() throws IOException {
        String expected = System.getProperty("flyway.expected.version");
        assumeTrue(expected != null, "run by Maven, which names the version");
        try (InputStream version = Flyway.class.getResourceAsStream("/org/flywaydb/core/internal/version.txt")) {
            assertEquals(expected, new String(version.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }
}
