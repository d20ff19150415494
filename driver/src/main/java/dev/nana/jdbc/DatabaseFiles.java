package dev.nana.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Whole-database backup and restore with SQLite's online backup API: a backup is a consistent snapshot taken while
 * other connections keep writing (WAL readers do not block writers), a restore replaces the content in one write
 * transaction. Both copy every page in one step, so a concurrent writer cannot make them start over forever.
 */
final class DatabaseFiles {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int ALL_PAGES = -1;
    private static final int SQLITE_OK = 0;
    private static final int SQLITE_DONE = 101;
    private static final int BUSY_SLEEP_MILLIS = 100;
    private static final int BUSY_RETRIES = 50;
    private static final ErrorTranslator ERRORS = SqliteErrors.INSTANCE;

    private DatabaseFiles() {
    }

    /**
     * Writes the snapshot to a temporary file beside {@code target}, forces it to disk, then renames it over the
     * target atomically: a crash leaves either the old target or the complete new one, never a torn file.
     */
    static void backup(SQLiteConnection sqlite, Path target) throws SQLException {
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".nana-" + UUID.randomUUID() + ".tmp");
        try {
            check("backup to " + target, ERRORS.translated(() -> sqlite.getDatabase().backup("main",
                    temporary.toString(), null, BUSY_SLEEP_MILLIS, BUSY_RETRIES, ALL_PAGES)));
            try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                file.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(absolute.getParent());
        } catch (IOException e) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "backup to " + target + " failed: " + e.getMessage(),
                    "58030", e);
        } finally {
            deleteQuietly(temporary);
            deleteQuietly(Path.of(temporary + "-wal"));
            deleteQuietly(Path.of(temporary + "-shm"));
        }
    }

    /**
     * Copies {@code source} over the live database file with the backup API run from the source's side: sqlite-jdbc
     * reports the destination's errors only in that direction (its restore call returns success even when a lock
     * kept it from writing anything). Refuses anything but a SQLite file: restoring from a missing or foreign file
     * would empty the database.
     */
    static void restore(Path liveFile, Path source) throws SQLException {
        if (liveFile == null) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "an in-memory database cannot be restored from a file",
                    "HY010");
        }
        if (!isSqliteFile(source)) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "cannot restore from " + source
                    + ": it is not a SQLite database file", "22023");
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (SQLiteConnection snapshot = (SQLiteConnection) ERRORS.translated(() -> readOnly.createConnection(
                "jdbc:sqlite:" + source.toAbsolutePath()))) {
            check("restore from " + source, ERRORS.translated(() -> snapshot.getDatabase().backup("main",
                    liveFile.toAbsolutePath().toString(), null, BUSY_SLEEP_MILLIS, BUSY_RETRIES, ALL_PAGES)));
        }
    }

    /**
     * The backup API reports failure (a lock it could not get in time, a full disk) by result code, not by
     * exception: anything but done is an error, so a failed copy never replaces a good file or passes for a
     * restore.
     */
    private static void check(String operation, int resultCode) throws SQLException {
        if (resultCode != SQLITE_OK && resultCode != SQLITE_DONE) {
            SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(resultCode);
            throw SqliteErrors.INSTANCE.translate(new SQLiteException(SqlErrors.NANA_PREFIX + operation + " failed: " + code.message
                    + " (" + code.name() + ")", code));
        }
    }

    private static boolean isSqliteFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes the rename durable; not every platform can open a directory, and then the rename is as durable as it gets. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Directories cannot be opened for sync on every file system (e.g. Windows); the rename itself stands.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless and named so it cannot be mistaken for the backup.
        }
    }
}
