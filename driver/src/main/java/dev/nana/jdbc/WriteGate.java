package dev.nana.jdbc;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Queues this JVM's writers to one database file in arrival order. SQLite's busy handler retries by sleeping, so
 * under contention a writer can lose every race until its busy timeout runs out; waiting here first, fairly, means
 * a pooled writer waits its turn instead. Writers in other processes still meet SQLite's own lock and busy timeout.
 * The permit is not owned by a thread: a pooled connection may begin a transaction on one thread and end it on
 * another.
 */
final class WriteGate {
    private static final ConcurrentHashMap<Path, WriteGate> GATES = new ConcurrentHashMap<>();

    private final Semaphore permit = new Semaphore(1, true);
    private final Path file;

    private WriteGate(Path file) {
        this.file = file;
    }

    /** The gate of the database file at {@code path}, which exists (the connection to it is open). */
    static WriteGate forFile(Path path) throws IOException {
        return GATES.computeIfAbsent(path.toRealPath(), WriteGate::new);
    }

    /** The file, resolved: one path however the URLs spell it. */
    Path file() {
        return file;
    }

    void acquire(int timeoutMillis) throws SQLException {
        boolean acquired;
        try {
            acquired = permit.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientException(SqlErrors.NANA_PREFIX + "interrupted while waiting to write " + file,
                    "40001", e);
        }
        if (!acquired) {
            throw new SQLTransientException(SqlErrors.NANA_PREFIX + "another connection kept writing " + file
                    + " for longer than busyTimeout (" + timeoutMillis + " ms)", "40001");
        }
    }

    void release() {
        permit.release();
    }
}
