package dev.nana.spring.boot;

import dev.nana.spring.boot.shop.ShopApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The test application on a fresh SQLite file under target/ (its application.properties names it
 * {@code jdbc:nana:${shop.database}}). Every test class extending this shares one application context and file.
 */
@SpringBootTest(classes = ShopApplication.class)
abstract class ShopDatabase {
    static final Path FILE = newFile();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("shop.database", FILE::toString);
    }

    private static Path newFile() {
        try {
            Path directory = Files.createDirectories(Path.of("target", "shop-databases"));
            return Files.createTempDirectory(directory, "shop").resolve("shop.db").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
