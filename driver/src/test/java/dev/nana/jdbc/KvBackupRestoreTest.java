package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.kv.KvStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code KvStore.backup/restore}: online SQLite snapshots of the whole file, written and read back atomically. */
class KvBackupRestoreTest {
    @TempDir
    Path dir;
    Path file;
    Connection connection;
    KvStore data;

    @BeforeEach
    void open() throws SQLException {
        file = dir.resolve("live.db");
        connection = KvSql.open(file);
        data = connection.unwrap(NanaConnection.class).kv();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aBackupIsASqliteFileHoldingTheData() throws SQLException {
        data.put("user", Map.of("name", "Nana", "role", "admin"));
        connection.unwrap(NanaConnection.class).kv("users").put("u1", List.of(1, 2));
        Path backup = dir.resolve("backup.db");
        data.backup(backup);
        try (Connection copy = KvSql.open(backup)) {
            assertEquals("ok", KvSql.one(copy, "PRAGMA integrity_check"));
            NanaConnection nana = copy.unwrap(NanaConnection.class);
            assertEquals(Map.of("name", "Nana", "role", "admin"), nana.kv().get("user"));
            assertEquals(List.of(1, 2), nana.kv("users").get("u1"));
        }
    }

    /**
     * A writer on another connection commits pairs (a_n, b_n) in one transaction each, without pause, while this
     * connection takes backups: every backup is a committed prefix of the writer's history, never half a pair.
     */
    @Test
    void aBackupTakenWhileAnotherConnectionWritesIsAConsistentSnapshot() throws Exception {
        CountDownLatch writing = new CountDownLatch(10);
        Semaphore commits = new Semaphore(0);
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            int n = 0;
            try (Connection other = KvSql.open(file)) {
                KvStore pairs = other.unwrap(NanaConnection.class).kv("pairs");
                while (!stop.get()) {
                    pairs.batchPut(Map.of("a" + n, n, "b" + n, n));
                    n++;
                    writing.countDown();
                    commits.release();
                }
                return n;
            } catch (SQLException e) {
                throw new IllegalStateException("the writer failed after " + n + " pairs", e);
            } finally {
                // A writer that ended early must not leave the test thread waiting for it.
                while (writing.getCount() > 0) {
                    writing.countDown();
                }
                commits.release(1_000);
            }
        });
        List<Long> pairsPerBackup = new ArrayList<>();
        int written;
        try {
            writing.await();
            for (int i = 0; i < 5; i++) {
                Path backup = dir.resolve("snapshot" + i + ".db");
                data.backup(backup);
                pairsPerBackup.add(checkedPairs(backup));
                // Two more commits: the second began after this backup ended, so the next backup must hold it.
                commits.drainPermits();
                commits.acquire(2);
            }
        } finally {
            stop.set(true);
            written = writer.join();
        }
        assertTrue(pairsPerBackup.get(0) >= 10, pairsPerBackup.toString());
        for (int i = 1; i < pairsPerBackup.size(); i++) {
            assertTrue(pairsPerBackup.get(i) > pairsPerBackup.get(i - 1), pairsPerBackup.toString());
        }
        assertTrue(pairsPerBackup.get(pairsPerBackup.size() - 1) <= written, pairsPerBackup + " of " + written);
    }

    /** The number of complete pairs, after checking that they are exactly pairs 0 .. n-1, both halves each. */
    private static long checkedPairs(Path backup) throws SQLException {
        try (Connection copy = KvSql.open(backup)) {
            assertEquals("ok", KvSql.one(copy, "PRAGMA integrity_check"));
            long rows = KvSql.count(copy, "pairs");
            assertEquals(0, rows % 2, backup + " holds half a pair: " + rows + " rows");
            long pairs = rows / 2;
            assertEquals("0", KvSql.one(copy, "SELECT count(*) FROM pairs WHERE CAST(substr(key, 2) AS INTEGER) >= "
                    + pairs), backup + " is not a prefix");
            assertEquals(Long.toString(pairs), KvSql.one(copy,
                    "SELECT count(*) FROM pairs a JOIN pairs b ON b.key = 'b' || substr(a.key, 2) AND b.value = a.value"
                            + " WHERE a.key LIKE 'a%'"));
            return pairs;
        }
    }

    @Test
    void aBackupReplacesAnExistingFileAndLeavesNoTemporaryFiles() throws Exception {
        Path backup = dir.resolve("backup.db");
        Files.writeString(backup, "an older file that is not even SQLite");
        data.put("k", "first");
        data.backup(backup);
        data.put("k", "second");
        data.backup(backup);
        try (Connection copy = KvSql.open(backup)) {
            assertEquals("\"second\"", KvSql.storedJson(copy, "data", "k"));
        }
        assertEquals(List.of(), filesEndingIn(".tmp", ".tmp-wal", ".tmp-shm", ".tmp-journal"));
    }

    private List<String> filesEndingIn(String... suffixes) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> Stream.of(suffixes).anyMatch(name::endsWith)).toList();
        }
    }

    /** A backup holds committed data only: taken inside a write transaction it is refused or a committed snapshot. */
    @Test
    void aBackupInsideAWriteTransactionNeverReplacesTheTargetWithAnEmptyFile() throws SQLException {
        data.put("k", "committed");
        Path backup = dir.resolve("backup.db");
        data.backup(backup);
        connection.setAutoCommit(false);
        data.put("k", "uncommitted");
        try {
            data.backup(backup);
        } catch (SQLException refused) {
            assertEquals("25001", refused.getSQLState(), refused.getMessage());
        }
        connection.rollback();
        try (Connection copy = KvSql.open(backup)) {
            assertEquals("\"committed\"", KvSql.storedJson(copy, "data", "k"));
        }
    }

    /** NanaSQLite tutorial, lesson 13. */
    @Test
    void restoreBringsBackTheSnapshotAndClearsTheCache() throws SQLException {
        data.put("counter", 1);
        KvStore users = connection.unwrap(NanaConnection.class).kv("users");
        users.put("before", true);
        Path snapshot = dir.resolve("snapshot.db");
        data.backup(snapshot);
        data.put("counter", 9999);
        data.put("bad_key", "oops");
        users.put("made_after", true);

        data.restore(snapshot);

        assertFalse(data.isCached("counter"));
        assertEquals(1, data.get("counter"));
        assertFalse(data.contains("bad_key"));
        assertNull(users.get("made_after"), "the other namespace's store forgot its cache too");
        assertEquals(true, users.get("before"));
        assertEquals("1", KvSql.storedJson(connection, "data", "counter"));
        assertEquals("ok", KvSql.one(connection, "PRAGMA integrity_check"));
        try (Connection other = KvSql.open(file)) {
            assertEquals("1", KvSql.storedJson(other, "data", "counter"), "other connections see the restore");
        }
    }

    @Test
    void aStoreWhoseNamespaceTheSnapshotLacksIsEmptyAfterRestore() throws SQLException {
        data.put("k", 1);
        Path snapshot = dir.resolve("snapshot.db");
        data.backup(snapshot);
        KvStore users = connection.unwrap(NanaConnection.class).kv("users");
        users.put("u", 1);
        data.restore(snapshot);
        assertNull(users.get("u"));
        users.put("u", 2);
        assertEquals(2, users.get("u"));
    }

    @Test
    void aRestoreThatCannotTakeTheWriteLockFailsLoudly() throws SQLException {
        data.put("k", "snapshot");
        Path snapshot = dir.resolve("snapshot.db");
        data.backup(snapshot);
        data.put("k", "live");
        try (Connection otherProcess = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            otherProcess.setAutoCommit(false);
            otherProcess.createStatement().executeUpdate("UPDATE data SET value = '0' WHERE key = 'nothing'");
            assertThrows(SQLException.class, () -> data.restore(snapshot));
            otherProcess.rollback();
        }
        assertEquals("live", data.get("k"));
    }

    @Test
    void aRestoreStatementAlsoDropsTheCache() throws SQLException {
        try (Connection lifted = DriverManager.getConnection("jdbc:nana:" + dir.resolve("lifted.db")
                + "?allowedStatements=RESTORE")) {
            KvStore store = lifted.unwrap(NanaConnection.class).kv();
            store.put("k", 1);
            Path snapshot = dir.resolve("snapshot.db");
            store.backup(snapshot);
            store.put("k", 2);
            lifted.createStatement().executeUpdate("restore from '" + snapshot + "'");
            assertEquals("1", KvSql.storedJson(lifted, "data", "k"));
            assertEquals(1, store.get("k"));
        }
    }

    @Test
    void restoreFromAMissingOrForeignFileIsRefusedAndChangesNothing() throws Exception {
        data.put("k", "live");
        Path foreign = dir.resolve("foreign.db");
        Files.writeString(foreign, "SQLite format 2, not really");
        Path empty = dir.resolve("empty.db");
        Files.write(empty, new byte[0]);
        for (Path source : List.of(dir.resolve("missing.db"), foreign, empty)) {
            SQLException e = assertThrows(SQLException.class, () -> data.restore(source), source.toString());
            assertEquals("22023", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().startsWith("nana: ") && e.getMessage().contains(source.getFileName().toString()),
                    e.getMessage());
            assertEquals("live", data.get("k"));
            assertEquals("\"live\"", KvSql.storedJson(connection, "data", "k"));
        }
    }

    @Test
    void restoreInsideAnOpenTransactionIsRefusedWith25001() throws SQLException {
        data.put("k", 1);
        Path snapshot = dir.resolve("snapshot.db");
        data.backup(snapshot);
        connection.setAutoCommit(false);
        data.put("k", 2);
        SQLException e = assertThrows(SQLException.class, () -> data.restore(snapshot));
        assertEquals("25001", e.getSQLState(), e.getMessage());
        assertEquals(2, data.get("k"), "the transaction goes on");
        connection.commit();
        assertEquals("2", KvSql.storedJson(connection, "data", "k"));
        connection.setAutoCommit(true);
        data.restore(snapshot);
        assertEquals(1, data.get("k"));
    }
}
