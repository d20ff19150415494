package dev.nana.compat.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second JVM writes the file while this one reads through cached stores: a cached read sees the other process's
 * commit within kvChangeCheck (docs/kv.md), at once with kvChangeCheck=0.
 */
class KvOtherProcessWritesTest {
    @TempDir
    Path directory;
    private Path file;
    private Process child;
    private PrintWriter commands;
    private BufferedReader answers;

    @BeforeEach
    void startTheOtherProcess() throws Exception {
        file = directory.resolve("shared.db");
        try (Connection create = DriverManager.getConnection("jdbc:nana:" + file)) {
            create.unwrap(NanaConnection.class).kv("data");
        }
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), OtherProcessWriterMain.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", answers.readLine());
    }

    @AfterEach
    void stopIt() throws Exception {
        commands.close();
        assertEquals(0, child.waitFor(), "the other process ended cleanly");
    }

    private void otherProcessPuts(String key, String value) throws IOException {
        commands.println(key + " " + value);
        assertEquals("written " + key, answers.readLine());
    }

    @Test
    void withACheckOnEveryReadEveryCachedReadSeesTheOtherProcesssCommit() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + file + "?kvChangeCheck=0")) {
            KvStore store = connection.unwrap(NanaConnection.class).kv("data");
            for (int round = 0; round < 30; round++) {
                store.put("mine", "mine " + round);
                assertEquals("mine " + round, store.get("mine"));
                otherProcessPuts("theirs", "theirs-" + round);
                assertEquals("theirs-" + round, store.get("theirs"), "round " + round);
                assertEquals("theirs-" + round, store.get("theirs"), "round " + round + ", from the cache");
                assertEquals("mine " + round, store.get("mine"), "round " + round + ", cached again");
                otherProcessPuts("mine", "overwritten-" + round);
                assertEquals(Map.of("mine", "overwritten-" + round), store.batchGet(List.of("mine")), "round " + round);
                assertEquals("overwritten-" + round, store.get("mine"), "round " + round);
            }
        }
    }

    @Test
    void byDefaultACachedReadSeesItWithinTheDocumentedSecond() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + file)) {
            KvStore store = connection.unwrap(NanaConnection.class).kv("data");
            store.put("k", "before");
            assertEquals("before", store.get("k"));
            otherProcessPuts("k", "after");
            Thread.sleep(1_100); // the bound under test: kvChangeCheck's default of 1000 ms
            assertEquals("after", store.get("k"));
        }
    }
}
