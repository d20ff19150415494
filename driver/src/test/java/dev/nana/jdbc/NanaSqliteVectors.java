package dev.nana.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The files NanaSQLite 1.6.0 wrote ({@code shared/vectors/nanasqlite} beside the project, found from wherever the
 * tests run): tests copy them, never open the shared ones. Without them the tests that need them are skipped.
 */
final class NanaSqliteVectors {
    /** The key of aes-gcm.db, chacha20.db and fernet.db: the bytes 0x00..0x1f. */
    static final byte[] KEY = counting();
    private static final ObjectMapper JSON = new ObjectMapper();

    private NanaSqliteVectors() {
    }

    static Path directory() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared/vectors/nanasqlite");
            if (Files.isRegularFile(candidate.resolve("plain.db"))
                    && Files.isRegularFile(candidate.resolve("expected-values.json"))) {
                return candidate;
            }
        }
        Assumptions.abort("the NanaSQLite vectors (shared/vectors/nanasqlite) are not here");
        return null;
    }

    /** A writable copy of the vector {@code name} in {@code dir}: the bytes only, not the shared file's mode. */
    static Path copy(String name, Path dir) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, Files.readAllBytes(directory().resolve(name)));
        return file;
    }

    /** The values NanaSQLite stored in namespace {@code data} of every vector file. */
    static Map<String, Object> expectedValues() throws IOException {
        return JSON.readValue(directory().resolve("expected-values.json").toFile(), new TypeReference<>() {
        });
    }

    private static byte[] counting() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        return key;
    }
}
