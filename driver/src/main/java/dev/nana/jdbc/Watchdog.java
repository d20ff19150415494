package dev.nana.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts a statement that outlives its deadline (query timeout or network timeout). SQLite is embedded, so
 * "waiting for the server" is the statement running; interrupting it ends the wait and leaves the connection usable.
 */
final class Watchdog {
    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "nana-statement-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    static {
        TIMER.setRemoveOnCancelPolicy(true);
    }

    private Watchdog() {
    }

    /** Runs {@code call}; when {@code millis} is positive, interrupts {@code statement} once that time has passed. */
    static <T> T run(Statement statement, long millis, ErrorTranslator errors, NanaConnection.SqlCall<T> call)
            throws SQLException {
        if (millis <= 0) {
            return errors.translated(call);
        }
        ScheduledFuture<?> alarm = TIMER.schedule(() -> interrupt(statement), millis, TimeUnit.MILLISECONDS);
        try {
            return errors.translated(call);
        } finally {
            alarm.cancel(false);
        }
    }

    /** The smaller positive of the two limits, or 0 for none. */
    static long deadline(int queryTimeoutSeconds, int networkTimeoutMillis) {
        long query = queryTimeoutSeconds * 1000L;
        if (query <= 0) {
            return networkTimeoutMillis;
        }
        return networkTimeoutMillis <= 0 ? query : Math.min(query, networkTimeoutMillis);
    }

    private static void interrupt(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // The statement finished or closed meanwhile: nothing left to interrupt.
        }
    }
}
