package dev.nana.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.CacheMode;
import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nana rekey} in a child JVM: run to the end, and killed with SIGKILL midway and then run again; every value
 * stays readable with the ring throughout and none is lost.
 */
class RekeyCommandTest {
    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    private static String key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    private Path keyFile(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path database() {
        return dir.resolve("app.db");
    }

    private Connection open(Path keys) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("encryptionKeyFile", keys.toString());
        return DriverManager.getConnection("jdbc:nana:" + database(), properties);
    }

    /** ROWS values sealed under key 1. */
    private void fill(Path oldKey) throws SQLException {
        try (Connection connection = open(oldKey)) {
            Map<String, Object> batch = new LinkedHashMap<>();
            for (int i = 0; i < ROWS; i++) {
                batch.put("k" + i, Map.of("i", i));
            }
            connection.unwrap(NanaConnection.class).kv("data").batchPut(batch);
        }
    }

    private Process rekey(Path ring, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                NanaShell.class.getName(), "rekey", database().toString(), "--key-file", ring.toString()));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private int sealedUnderKey(int id) throws SQLException {
        return sealedUnderKey(id, "data", "value");
    }

    /** Values of {@code table.column} whose nana header names key {@code id}, read without nana. */
    private int sealedUnderKey(int id, String table, String column) throws SQLException {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + database());
             PreparedStatement select = plain.prepareStatement(
                     "SELECT count(*) FROM " + table + " WHERE substr(" + column + ", 2, 4) = ?")) {
            select.setBytes(1, new byte[] {0, 0, 0, (byte) id});
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void assertEveryValueReads(Path keys) throws SQLException {
        try (Connection connection = open(keys);
             KvStore data = connection.unwrap(NanaConnection.class).kv("data",
                     KvOptions.defaults().withCache(CacheMode.none()))) {
            assertEquals(ROWS, data.size());
            for (int i = 0; i < ROWS; i += 97) {
                assertEquals(Map.of("i", i), data.get("k" + i));
            }
            assertEquals(Map.of("i", ROWS - 1), data.get("k" + (ROWS - 1)));
        }
    }

    @Test
    void killedMidwayThenRunAgainEveryValueEndsUnderTheNewKey() throws Exception {
        Path oldKey = keyFile("old.key", "1:" + key(1) + "\n");
        Path ring = keyFile("ring.key", "1:" + key(1) + "\n2:" + key(2) + "\n");
        Path newKey = keyFile("new.key", "2:" + key(2) + "\n");
        fill(oldKey);

        Process first = rekey(ring, "--batch", "10");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), UTF_8))) {
            for (int batches = 0; batches < 5; batches++) {
                String line = out.readLine();
                assertTrue(line != null && line.startsWith("rekey: data: " + 10 * (batches + 1) + " of " + ROWS
                        + " walked, " + 10 * (batches + 1) + " re-sealed, "), line);
            }
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the JVM
            assertTrue(first.waitFor(1, TimeUnit.MINUTES));
        }
        int moved = sealedUnderKey(2);
        assertTrue(moved >= 50 && moved < ROWS, "killed midway: " + moved + " of " + ROWS + " moved");
        assertEquals(ROWS, moved + sealedUnderKey(1), "every value is under the old key or the new, none lost");
        assertEveryValueReads(ring);

        Process second = rekey(ring, "--batch", "1000");
        String output = new String(second.getInputStream().readAllBytes(), UTF_8);
        assertTrue(second.waitFor(2, TimeUnit.MINUTES), "a guard against a hang, not a speed check");
        assertEquals(0, second.exitValue(), output);
        assertTrue(output.contains("rekey: data: " + ROWS + " values walked, " + (ROWS - moved) + " re-sealed in "),
                "one pass over the namespace, skipping what the first run did: " + output);
        assertTrue(output.contains("rekey: done, " + (ROWS - moved) + " values re-sealed"), output);
        assertEquals(ROWS, sealedUnderKey(2));
        assertEveryValueReads(newKey);
    }

    @Test
    void encryptedColumnsKilledMidwayThenRunAgainEndUnderTheNewKey() throws Exception {
        Path oldKey = keyFile("old.key", "1:" + key(1) + "\n");
        Path ring = keyFile("ring.key", "1:" + key(1) + "\n2:" + key(2) + "\n");
        Path newKey = keyFile("new.key", "2:" + key(2) + "\n");
        try (Connection connection = openWithColumns(oldKey); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE people (id INTEGER PRIMARY KEY, ssn TEXT)");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO people (id, ssn) VALUES (?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "ssn-" + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }

        Process first = rekey(ring, "--columns", "people.ssn", "--batch", "10");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), UTF_8))) {
            for (int batches = 0; batches < 5; batches++) {
                String line = out.readLine();
                assertTrue(line != null && line.startsWith("rekey: people.ssn: " + 10 * (batches + 1) + " walked, "
                        + 10 * (batches + 1) + " re-sealed, "), line);
            }
            first.destroyForcibly();
            assertTrue(first.waitFor(1, TimeUnit.MINUTES));
        }
        int moved = sealedUnderKey(2, "people", "ssn");
        assertTrue(moved >= 50 && moved < ROWS, "killed midway: " + moved + " of " + ROWS + " moved");
        assertEquals(ROWS, moved + sealedUnderKey(1, "people", "ssn"), "every value under the old key or the new");
        assertEveryPersonReads(ring);

        Process second = rekey(ring, "--columns", "people.ssn", "--batch", "1000");
        String output = new String(second.getInputStream().readAllBytes(), UTF_8);
        assertTrue(second.waitFor(2, TimeUnit.MINUTES), "a guard against a hang, not a speed check");
        assertEquals(0, second.exitValue(), output);
        assertTrue(output.contains("rekey: done, " + (ROWS - moved) + " values re-sealed"), output);
        assertEquals(ROWS, sealedUnderKey(2, "people", "ssn"));
        assertEveryPersonReads(newKey);
    }

    private Connection openWithColumns(Path keys) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("encryptionKeyFile", keys.toString());
        properties.setProperty("encrypt.columns", "people.ssn");
        return DriverManager.getConnection("jdbc:nana:" + database(), properties);
    }

    private void assertEveryPersonReads(Path keys) throws SQLException {
        try (Connection connection = openWithColumns(keys); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, ssn FROM people")) {
            int count = 0;
            while (rows.next()) {
                assertEquals("ssn-" + rows.getInt(1), rows.getString(2));
                count++;
            }
            assertEquals(ROWS, count);
        }
    }

    @Test
    void withoutAKeyFileItExplainsAndFails() throws Exception {
        Process run = rekey(dir.resolve("missing.key"));
        String output = new String(run.getInputStream().readAllBytes(), UTF_8);
        assertTrue(run.waitFor(1, TimeUnit.MINUTES));
        assertEquals(1, run.exitValue(), output);
        assertTrue(output.contains("HY024") && output.contains("missing.key"), output);
    }
}
