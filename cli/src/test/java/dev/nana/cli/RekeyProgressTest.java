package dev.nana.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The report of {@code nana rekey}: per batch in a log, one line rewritten in place on a terminal. */
class RekeyProgressTest {
    private long now;

    private void after(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void aLogGetsALinePerBatchWithRateAndTimeLeftThenTheTotals() {
        StringWriter text = new StringWriter();
        RekeyProgress progress = new RekeyProgress(new PrintWriter(text), false, () -> now);
        progress.namespaceStarted("users", 300_000);
        after(1000);
        progress.batchCommitted("users", 100_000, 90_000, 90_000);
        after(1000);
        progress.batchCommitted("users", 200_000, 200_000, 290_000);
        progress.batchCommitted("people.ssn", 10, 10, 290_010);
        progress.done(290_010);
        assertEquals("""
                rekey: users: 100000 of 300000 walked, 90000 re-sealed, 100000 values/s, ETA 2 s
                rekey: users: 300000 of 300000 walked, 290000 re-sealed, 150000 values/s, ETA 0 s
                rekey: users: 300000 values walked, 290000 re-sealed in 2.0 s (150000 values/s)
                rekey: people.ssn: 10 walked, 10 re-sealed, 0 values/s
                rekey: people.ssn: 10 values walked, 10 re-sealed in 0.0 s (0 values/s)
                rekey: done, 290010 values re-sealed in 2.0 s
                """, text.toString());
    }

    @Test
    void aTerminalRedrawsOneLineAtMostFourTimesASecond() {
        StringWriter text = new StringWriter();
        RekeyProgress progress = new RekeyProgress(new PrintWriter(text), true, () -> now);
        progress.namespaceStarted("users", 30_000);
        after(100);
        progress.batchCommitted("users", 10_000, 10_000, 10_000);
        after(100);
        progress.batchCommitted("users", 10_000, 10_000, 20_000); // within 250 ms of the last: not drawn
        after(100);
        progress.batchCommitted("users", 10_000, 10_000, 30_000); // the last batch is always drawn
        progress.done(30_000);
        assertEquals("\rrekey: users: 10000 of 30000 walked, 10000 re-sealed, 100000 values/s, ETA 0 s"
                + "\rrekey: users: 30000 of 30000 walked, 30000 re-sealed, 100000 values/s, ETA 0 s"
                + "\rrekey: users: 30000 values walked, 30000 re-sealed in 0.3 s (100000 values/s) \n"
                + "rekey: done, 30000 values re-sealed in 0.3 s\n", text.toString());
    }
}
