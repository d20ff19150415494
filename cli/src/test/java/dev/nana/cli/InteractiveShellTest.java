package dev.nana.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell under a real pseudo-terminal: script(1) from util-linux (Debian's bsdutils, on every Debian
 * machine) runs it on a pty, and the test types keys into it and reads the screen's bytes.
 */
class InteractiveShellTest {
    /** The up arrow as a terminal sends it once JLine has switched on application cursor keys (DECCKM). */
    private static final String UP = "\u001bOA";
    private static final String TAB = "\t";
    private static final String ENTER = "\r";
    private static final String CTRL_D = "\u0004";

    @TempDir
    Path dir;

    /** One shell on a pty; what it writes is gathered as it comes. */
    private final class Pty implements AutoCloseable {
        private final Process process;
        private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        private final OutputStream keys;

        Pty() throws IOException {
            Path script = Path.of("/usr/bin/script");
            assertTrue(Files.isExecutable(script), "this test needs script(1) from util-linux (bsdutils on Debian)");
            List<String> shell = ShellProcess.command("--history", dir.resolve("history").toString(),
                    dir.resolve("app.db").toString());
            // A pty made by script has no size; JLine needs one to lay out the line.
            String command = "stty cols 200 rows 50; exec "
                    + shell.stream().map(InteractiveShellTest::shellQuoted).collect(Collectors.joining(" "));
            ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qfec", command, "/dev/null")
                    .redirectErrorStream(true);
            builder.environment().put("TERM", "xterm");
            process = builder.start();
            keys = process.getOutputStream();
            Thread reader = new Thread(() -> copy(process.getInputStream()));
            reader.setDaemon(true);
            reader.start();
        }

        private void copy(InputStream from) {
            byte[] buffer = new byte[4096];
            try {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    synchronized (screen) {
                        screen.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // the pty closed: the shell is gone
            }
        }

        String screen() {
            synchronized (screen) {
                return screen.toString(UTF_8);
            }
        }

        /** Waits until the screen shows {@code text} {@code times} times in all (a guard, not a speed check). */
        void await(String text, int times) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (count(screen(), text) < times) {
                if (System.nanoTime() > deadline || !process.isAlive() && count(screen(), text) < times) {
                    throw new AssertionError("the screen never showed " + text + " " + times + " times:\n" + screen());
                }
                Thread.sleep(20);
            }
        }

        void type(String text) throws IOException {
            keys.write(text.getBytes(UTF_8));
            keys.flush();
        }

        /** Leaves with Ctrl-D on an empty line, so the last history entry stays the last statement typed. */
        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                type(CTRL_D);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("nana did not leave after Ctrl-D:\n" + screen());
            }
            assertEquals(0, process.exitValue(), screen());
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Test
    void aMultiLineStatementIsRecalledWholeInTheNextSession() throws Exception {
        try (Pty first = new Pty()) {
            first.await("nana> ", 1);
            first.type("select 'recalled-' ||" + ENTER);
            first.await("...> ", 1);
            first.type("  'whole' as marker;" + ENTER);
            first.await("recalled-whole", 1); // only the result shows the two halves joined
            first.await("nana> ", 2);
        }

        try (Pty second = new Pty()) {
            second.await("nana> ", 1);
            second.type(UP + ENTER);
            second.await("recalled-whole", 1);
            second.await("nana> ", 2);
            assertTrue(second.screen().contains("...> "), "the statement came back on its two lines:\n" + second.screen());
        }
    }

    @Test
    void tabCompletesCommandsKeywordsAndTheNamesOfTablesAndColumnsJustCreated() throws Exception {
        try (Pty pty = new Pty()) {
            pty.await("nana> ", 1);
            pty.type("create table inventory_items(quantity integer); insert into inventory_items values (4242);"
                    + ENTER);
            pty.await("OK, 1 row affected", 1);
            pty.await("nana> ", 2);
            pty.type("sele" + TAB + "'q=' || quantit" + TAB + "from inventor" + TAB + ";" + ENTER);
            pty.await("q=4242", 1); // typed as quantit and inventor, so only completion can have made it run
            pty.await("nana> ", 3);
            pty.type(".tab" + TAB + ENTER);
            pty.await("nana> ", 4);
            String tablesOutput = pty.screen().substring(pty.screen().lastIndexOf(".tables"));
            assertTrue(tablesOutput.contains("inventory_items\r\n"), tablesOutput);
        }
    }
}
