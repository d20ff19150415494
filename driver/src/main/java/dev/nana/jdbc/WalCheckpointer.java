package dev.nana.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Checkpoints a WAL database on a daemon thread instead of in the commit that crosses SQLite's threshold: that
 * commit otherwise copies the whole log back into the file before it returns (a quarter of a 100,000-value batch's
 * time, docs/benchmarks.md). SQLite's documentation suggests exactly this for applications that want commits of
 * steady latency. nana's connections to the file run with {@code wal_autocheckpoint=0} while they hold it; every
 * {@link #POLL_MILLIS} the thread checkpoints (PASSIVE: it never blocks a reader or a writer) when the log changed.
 * The checkpointer's own connection closes with the file's last nana connection, and that close checkpoints what is
 * left, as SQLite's last close always does.
 */
final class WalCheckpointer {
    static final long POLL_MILLIS = 100;
    private static final System.Logger LOG = System.getLogger(WalCheckpointer.class.getName());
    private static final ScheduledThreadPoolExecutor POLLER = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "nana-wal-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    /** Guarded by itself, as are {@link #users} and {@link #polling}. */
    private static final Map<Path, WalCheckpointer> FILES = new HashMap<>();

    static {
        POLLER.setRemoveOnCancelPolicy(true);
    }

    private final Path database;
    private final Path wal;
    private int users;
    private ScheduledFuture<?> polling;
    /** The rest is guarded by this object: the poller and the last release meet here. */
    private Connection connection;
    private boolean closed;
    /** The log as it was when a checkpoint last copied all of it back: unchanged since means nothing to do. */
    private FileTime checkpointedModified;
    private long checkpointedSize = -1;

    private WalCheckpointer(Path database) {
        this.database = database;
        this.wal = database.resolveSibling(database.getFileName() + "-wal");
    }

    /** The checkpointer of {@code database} (a resolved path), for one more connection. */
    static WalCheckpointer acquire(Path database) {
        synchronized (FILES) {
            WalCheckpointer checkpointer = FILES.computeIfAbsent(database, WalCheckpointer::new);
            if (checkpointer.users++ == 0) {
                checkpointer.polling = POLLER.scheduleWithFixedDelay(checkpointer::poll, POLL_MILLIS, POLL_MILLIS,
                        TimeUnit.MILLISECONDS);
            }
            return checkpointer;
        }
    }

    /** One connection fewer; after the last, the checkpointer's connection closes on the caller's thread. */
    void release() {
        synchronized (FILES) {
            if (--users > 0) {
                return;
            }
            FILES.remove(database);
            polling.cancel(false);
        }
        synchronized (this) {
            closed = true;
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.WARNING, "nana: closing the checkpoint connection of " + database, e);
                }
                connection = null;
            }
        }
    }

    private synchronized void poll() {
        if (closed) {
            return;
        }
        try {
            BasicFileAttributes log = Files.readAttributes(wal, BasicFileAttributes.class);
            if (log.size() == checkpointedSize && log.lastModifiedTime().equals(checkpointedModified)) {
                return;
            }
            if (checkpointAll()) {
                checkpointedSize = log.size();
                checkpointedModified = log.lastModifiedTime();
            }
        } catch (NoSuchFileException e) {
            // No log yet, or the last connection removed it.
        } catch (IOException | SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "nana: checkpointing " + database + " failed; retrying", e);
            closeQuietly();
        }
    }

    /** Whether every frame of the log is in the database now (a reader on an old snapshot can hold some back). */
    private boolean checkpointAll() throws SQLException {
        if (connection == null) {
            connection = open();
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            // busy, frames in the log, frames checkpointed
            return result.next() && result.getInt(1) == 0 && result.getInt(2) == result.getInt(3);
        }
    }

    /**
     * Never creates the file: a database deleted under its connections stays deleted. A URI, so that no character
     * of the path reads as sqlite-jdbc's {@code ?pragma=} suffix.
     */
    private Connection open() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        return JDBC.createConnection(JDBC.PREFIX + database.toUri(), config.toProperties());
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // Reopened at the next poll.
        }
        connection = null;
    }
}
