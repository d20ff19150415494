package dev.nana.cli;

import dev.nana.kv.KvRekey;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * {@code nana rekey}'s report, one namespace (or encrypted column) at a time: values walked of the namespace's
 * values, values re-sealed, the rate and the time left, then a summary line when the namespace is done. On a
 * terminal the status is one line rewritten in place a few times a second; otherwise (a log, a pipe) it is a line
 * per committed batch.
 */
final class RekeyProgress implements KvRekey.Progress {
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long UNKNOWN = -1;

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long runStarted;
    private String name;
    private long values;
    private long walked;
    private long resealed;
    private long started;
    private long drawn;
    private int statusWidth;

    RekeyProgress(PrintWriter out, boolean terminal, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.runStarted = nanoTime.getAsLong();
    }

    @Override
    public void namespaceStarted(String namespace, long count) {
        begin(namespace, count);
    }

    @Override
    public void batchCommitted(String namespace, int batchWalked, int batchResealed, long resealedSoFar) {
        if (!namespace.equals(name)) { // an encrypted column: its walk does not say how many rows it has
            begin(namespace, UNKNOWN);
        }
        walked += batchWalked;
        resealed += batchResealed;
        long now = nanoTime.getAsLong();
        if (!terminal) {
            out.println(status(now));
        } else if (now - drawn >= REDRAW_NANOS || walked == values) {
            String status = status(now);
            out.print("\r" + status + " ".repeat(Math.max(0, statusWidth - status.length())));
            out.flush();
            statusWidth = status.length();
            drawn = now;
        }
    }

    /** Ends the namespace under way, then reports the run's total. */
    void done(long total) {
        end();
        out.println("rekey: done, " + total + " values re-sealed in " + seconds(nanoTime.getAsLong() - runStarted));
    }

    /** Ends the namespace under way before an error is reported. */
    void stopped() {
        end();
    }

    private void begin(String namespace, long count) {
        end();
        name = namespace;
        values = count;
        walked = 0;
        resealed = 0;
        started = nanoTime.getAsLong();
        drawn = started - REDRAW_NANOS;
    }

    private void end() {
        if (name == null) {
            return;
        }
        long elapsed = nanoTime.getAsLong() - started;
        String summary = "rekey: " + name + ": " + walked + " values walked, " + resealed + " re-sealed in "
                + seconds(elapsed) + " (" + perSecond(walked, elapsed) + " values/s)";
        if (terminal && statusWidth > 0) {
            out.print("\r");
            summary += " ".repeat(Math.max(0, statusWidth - summary.length()));
        }
        out.println(summary);
        name = null;
        statusWidth = 0;
    }

    private String status(long now) {
        long elapsed = now - started;
        long rate = perSecond(walked, elapsed);
        StringBuilder line = new StringBuilder("rekey: ").append(name).append(": ").append(walked);
        if (values != UNKNOWN) {
            line.append(" of ").append(values);
        }
        line.append(" walked, ").append(resealed).append(" re-sealed, ").append(rate).append(" values/s");
        if (values != UNKNOWN && rate > 0) {
            line.append(", ETA ").append(duration(Math.max(0, values - walked) / rate));
        }
        return line.toString();
    }

    private static long perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : count * TimeUnit.SECONDS.toNanos(1) / nanos;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds / 60 % 60 + " min";
    }
}
