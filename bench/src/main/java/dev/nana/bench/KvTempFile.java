package dev.nana.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A database file in a new temp directory; closing deletes the directory with the file, its WAL and shm. */
final class KvTempFile implements AutoCloseable {
    private static final String PAGE_CACHE = "cache_size=-65536";
    final Path file;
    private final Path directory;

    KvTempFile() throws IOException {
        directory = Files.createTempDirectory("nana-kv-bench");
        file = directory.resolve("kv.db");
    }

    /**
     * NanaSQLite's defaults for both sides: WAL, synchronous=NORMAL and a 64 MiB page cache (its cache_size_mb=64),
     * so the three are compared on the same SQLite settings. nana turns WAL and NORMAL on by itself.
     */
    String nanaUrl() {
        return "jdbc:nana:" + file + "?synchronous=NORMAL&" + PAGE_CACHE;
    }

    String rawUrl() {
        return "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=NORMAL&" + PAGE_CACHE;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
