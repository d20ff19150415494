package dev.nana.kv;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Tells a cache when its next look for other processes' commits is due ({@link KvOptions#changeCheck()}), so that a
 * cached read tests a flag instead of reading the clock: on a virtual machine's clock that read took a third of a
 * cached get. One daemon thread for the JVM, which ends while nothing is scheduled; a cache has one wake-up pending
 * at most, set by its last look.
 */
final class ChangeCheckTimer {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private ChangeCheckTimer() {
    }

    static ScheduledFuture<?> after(long nanos, Runnable task) {
        return TIMER.schedule(task, nanos, TimeUnit.NANOSECONDS);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "nana-kv-change-check");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(1, TimeUnit.MINUTES);
        timer.allowCoreThreadTimeOut(true);
        return timer;
    }
}
