package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WAL file's checkpoints run on nana's checkpoint thread, not in the commit that crosses the threshold. */
class WalCheckpointTest {
    /** About 1,500 pages of 4 KiB, more than SQLite's threshold of 1,000: one commit would checkpoint inline. */
    private static final int ROWS = 6_000;
    private static final String PAYLOAD = "x".repeat(1000);

    @TempDir
    Path dir;

    @Test
    void aLargeCommitIsCheckpointedInTheBackground() throws Exception {
        Path file = dir.resolve("big.db");
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + file)) {
            assertEquals(0, pragma(connection, "wal_autocheckpoint"));
            createAndFill(connection, 0);
            long logged = Files.size(dir.resolve("big.db-wal"));
            assertTrue(logged > ROWS * 1000L, "the commit wrote its pages to the log: " + logged);
            // Liveness, not speed: the file receives the log's pages without any further call on the connection.
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (Files.size(file) < ROWS * 1000L && System.nanoTime() < deadline) {
                Thread.sleep(WalCheckpointer.POLL_MILLIS);
            }
            assertTrue(Files.size(file) >= ROWS * 1000L, "checkpointed into the file: " + Files.size(file));
            assertEquals(ROWS, count(connection));
        }
    }

    @Test
    void theLastCloseLeavesTheWholeDatabaseInTheFileAndNoLog() throws Exception {
        Path file = dir.resolve("closed.db");
        try (Connection first = DriverManager.getConnection("jdbc:nana:" + file);
             Connection second = DriverManager.getConnection("jdbc:nana:" + file)) {
            createAndFill(first, 0);
            assertEquals(ROWS, count(second));
        }
        assertFalse(Files.exists(dir.resolve("closed.db-wal")));
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(ROWS, count(raw));
        }
    }

    @Test
    void pooledWritersAndTheCheckpointThreadLoseNothing() throws Exception {
        Path file = dir.resolve("pool.db");
        String url = "jdbc:nana:" + file + "?busyTimeout=30000";
        try (Connection setup = DriverManager.getConnection(url)) {
            setup.createStatement().execute("CREATE TABLE t(writer INTEGER, n INTEGER, payload TEXT)");
        }
        ExecutorService writers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 3; writer++) {
                int id = writer;
                done.add(writers.submit(() -> {
                    try (Connection connection = DriverManager.getConnection(url)) {
                        for (int transaction = 0; transaction < 20; transaction++) {
                            insert(connection, id, transaction * 200, 200);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(3 * 20 * 200, count(raw));
        }
    }

    @Test
    void connectionsWithoutAWalFileKeepSqlitesOwnCheckpoints() throws SQLException {
        try (Connection memory = DriverManager.getConnection("jdbc:nana::memory:");
             Connection rollbackJournal = DriverManager.getConnection(
                     "jdbc:nana:" + dir.resolve("delete.db") + "?journalMode=DELETE")) {
            assertEquals(1000, pragma(memory, "wal_autocheckpoint"));
            assertEquals(1000, pragma(rollbackJournal, "wal_autocheckpoint"));
        }
        Path file = dir.resolve("readonly.db");
        try (Connection writer = DriverManager.getConnection("jdbc:nana:" + file)) {
            createAndFill(writer, 0);
            try (Connection reader = DriverManager.getConnection("jdbc:nana:" + file + "?open_mode=1")) {
                assertEquals(1000, pragma(reader, "wal_autocheckpoint"));
                assertEquals(ROWS, count(reader));
            }
        }
    }

    private static void createAndFill(Connection connection, int first) throws SQLException {
        connection.createStatement().execute("CREATE TABLE t(writer INTEGER, n INTEGER, payload TEXT)");
        insert(connection, 0, first, ROWS);
    }

    private static void insert(Connection connection, int writer, int first, int rows) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
            for (int n = first; n < first + rows; n++) {
                insert.setInt(1, writer);
                insert.setInt(2, n);
                insert.setString(3, PAYLOAD);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static long pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("PRAGMA " + name)) {
            assertTrue(value.next());
            return value.getLong(1);
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM t")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
