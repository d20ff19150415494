package dev.nana.compat.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default cache is bounded by memory: a JVM with a 48 MB heap writes (batches and single puts), streams and reads
 * back about 150 MB of values with default options, where an unbounded cache keeps every value and runs out of heap.
 */
class KvMemoryBoundTest {
    @TempDir
    Path directory;

    @Test
    void aNamespaceFarLargerThanTheHeapIsWrittenStreamedAndRead() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), LargeNamespaceMain.class.getName(),
                directory.resolve("large.db").toString()).redirectErrorStream(true).start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, child.waitFor(), output);
        int all = LargeNamespaceMain.VALUES + 1000;
        assertEquals("keys=" + all + " values=" + all + " read=" + all, output.lines().reduce((a, b) -> b).orElse(""),
                output);
    }
}
