package dev.nana.compat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropInSmokeTest {
    @TempDir
    Path directory;

    @Test
    void everySqliteIsmOfTheSmokeTestWorks() throws SQLException {
        DropInSmoke.Result result = DropInSmoke.run(directory.resolve("smoke.db"));

        assertEquals("1", result.foreignKeys());
        assertTrue(result.tables().containsAll(List.of("files", "notes")), result.tables()::toString);
        assertEquals(List.of("path", "mtime", "size"), result.fileColumns());
        assertEquals(List.of(Map.of("path", "/x", "mtime", 2.0, "size", 200)), result.files());
        assertEquals(List.of(1L, 2L), result.notes().stream().map(row -> ((Number) row.get("id")).longValue()).toList());
        assertTrue(result.tables().contains("sqlite_sequence"), "AUTOINCREMENT keeps its counter in sqlite_sequence");
    }
}
