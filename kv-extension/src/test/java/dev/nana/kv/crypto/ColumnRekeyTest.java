package dev.nana.kv.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-sealing encrypted columns of a real SQLite file under a new key, batch by batch, stopped and resumed. */
class ColumnRekeyTest {
    private static final byte[] OLD = key(1);
    private static final byte[] NEW = key(2);
    private static final int ROWS = 250;
    /** Every tenth ssn is NULL. */
    private static final int NULL_SSNS = ROWS / 10;
    private static final ColumnRekey.Target EMAIL = new ColumnRekey.Target("users", "email", "users.email");
    private static final ColumnRekey.Target SSN = new ColumnRekey.Target("users", "ssn", null);
    private static final ColumnRekey.Progress QUIET = (column, walked, resealed, soFar) -> { };

    @TempDir
    Path dir;
    Connection connection;

    private static byte[] key(int fill) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private static ColumnCipher cipher(Map<Integer, byte[]> keys, int primary, boolean readPlaintext)
            throws SQLException {
        return ColumnCipher.create(KeyRing.of(keys, primary), CipherMode.AES_GCM, readPlaintext);
    }

    private static ColumnCipher rotated() throws SQLException {
        return cipher(Map.of(1, OLD, 2, NEW), 2, false);
    }

    private static String email(int i) {
        return "user" + i + "@example.org";
    }

    private static Long ssn(int i) {
        return i % 10 == 0 ? null : 100_000_000L + i;
    }

    private static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash", null, false, false);
        }
    }

    @BeforeEach
    void fill() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("columns.db"));
        execute("CREATE TABLE users(id INTEGER PRIMARY KEY, email BLOB, ssn BLOB)");
        ColumnCipher old = cipher(Map.of(1, OLD), 1, false);
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users VALUES (?, ?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                insert.setInt(1, i + 1);
                insert.setBytes(2, old.sealSearchable("users.email", email(i)));
                insert.setBytes(3, ssn(i) == null ? null : old.sealRandom("users", "ssn", ssn(i)));
                insert.executeUpdate();
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyValueEndsUnderTheNewKeyEqualToItsOriginal() throws SQLException {
        List<String> batches = new ArrayList<>();
        long resealed = ColumnRekey.run(connection, rotated(), List.of(EMAIL, SSN), 100,
                (column, walked, count, soFar) -> batches.add(column + " " + count + " " + soFar));
        assertEquals(2L * ROWS - NULL_SSNS, resealed);
        assertEquals(List.of("users.email 100 100", "users.email 100 200", "users.email 50 250",
                "users.ssn 90 340", "users.ssn 90 430", "users.ssn 45 475"), batches, "NULLs are not re-sealed");
        ColumnCipher onlyNew = cipher(Map.of(2, NEW), 2, false);
        List<Object[]> rows = rows("SELECT email, ssn FROM users ORDER BY id");
        for (int i = 0; i < ROWS; i++) {
            assertEquals(email(i), onlyNew.open("users", "email", "users.email", rows.get(i)[0]));
            assertEquals(ssn(i), onlyNew.open("users", "ssn", null, rows.get(i)[1]), "NULL stays NULL");
            assertArrayEquals(onlyNew.sealSearchable("users.email", email(i)), (byte[]) rows.get(i)[0],
                    "equality searches under the new key find it");
        }
        List<Integer> again = new ArrayList<>();
        assertEquals(0, ColumnRekey.run(connection, onlyNew, List.of(EMAIL, SSN), 100,
                (column, walked, count, soFar) -> again.add(count)), "a second run finds nothing to do");
        assertEquals(List.of(0, 0, 0, 0, 0, 0), again);
    }

    @Test
    void aRunStoppedMidwayLeavesEveryValueReadableAndTheNextRunFinishes() throws SQLException {
        ColumnCipher ring = rotated();
        int[] committed = {0};
        assertThrows(Crash.class, () -> ColumnRekey.run(connection, ring, List.of(EMAIL, SSN), 100,
                (column, walked, count, soFar) -> {
                    if (++committed[0] == 2) {
                        throw new Crash();
                    }
                }));
        assertEquals(200, currentCount(ring, EMAIL), "two batches committed before the stop");
        List<Object[]> rows = rows("SELECT email, ssn FROM users ORDER BY id");
        for (int i = 0; i < ROWS; i++) {
            assertEquals(email(i), ring.open("users", "email", "users.email", rows.get(i)[0]));
            assertEquals(ssn(i), ring.open("users", "ssn", null, rows.get(i)[1]));
        }
        assertEquals(ROWS - 200 + ROWS - NULL_SSNS, ColumnRekey.run(connection, ring, List.of(EMAIL, SSN), 100, QUIET));
        assertEquals(ROWS, currentCount(ring, EMAIL));
        assertEquals(ROWS - NULL_SSNS, currentCount(ring, SSN));
    }

    @Test
    void plaintextIsResealedOnlyWhenTheCipherReadsPlaintext() throws SQLException {
        execute("CREATE TABLE \"odd \"\"name\"\"\"(\"the body\")");
        execute("INSERT INTO \"odd \"\"name\"\"\" VALUES ('hello'), (42), (2.5), (NULL)");
        ColumnRekey.Target body = new ColumnRekey.Target("odd \"name\"", "the body", null);
        SQLException refused = assertThrows(SQLException.class,
                () -> ColumnRekey.run(connection, rotated(), List.of(body), 100, QUIET));
        assertEquals("22N04", refused.getSQLState());
        assertTrue(refused.getMessage().contains("odd \"name\".the body"), refused.getMessage());
        assertEquals("hello", rows("SELECT \"the body\" FROM \"odd \"\"name\"\"\" ORDER BY rowid").get(0)[0],
                "nothing of the batch written");

        ColumnCipher migrating = cipher(Map.of(1, OLD, 2, NEW), 2, true);
        assertEquals(3, ColumnRekey.run(connection, migrating, List.of(body), 100, QUIET));
        List<Object[]> rows = rows("SELECT \"the body\" FROM \"odd \"\"name\"\"\" ORDER BY rowid");
        ColumnCipher strict = rotated();
        assertEquals("hello", strict.open("odd \"name\"", "the body", null, rows.get(0)[0]));
        assertEquals(42L, strict.open("odd \"name\"", "the body", null, rows.get(1)[0]));
        assertEquals(2.5, strict.open("odd \"name\"", "the body", null, rows.get(2)[0]));
        assertNull(rows.get(3)[0]);
    }

    @Test
    void aValueThatDoesNotOpenStopsTheRunWithNothingOfItsBatchWritten() throws SQLException {
        execute("UPDATE users SET ssn = (SELECT email FROM users WHERE id = 2) WHERE id = 3");
        SQLException e = assertThrows(SQLException.class,
                () -> ColumnRekey.run(connection, rotated(), List.of(SSN), 100, QUIET));
        assertEquals("22N03", e.getSQLState(), "a searchable value in a randomized column");
        assertTrue(e.getMessage().contains("users.ssn"), e.getMessage());
        assertEquals(0, currentCount(rotated(), SSN), "the failing batch rolled back");
    }

    @Test
    void tablesThatCannotBeWalkedByRowidAreRefusedBeforeAnythingIsWritten() throws SQLException {
        execute("CREATE TABLE cards(number TEXT PRIMARY KEY, holder BLOB) WITHOUT ROWID");
        execute("CREATE TABLE shadowed(rowid INTEGER, secret BLOB)");
        SQLException withoutRowid = assertThrows(SQLException.class, () -> ColumnRekey.run(connection, rotated(),
                List.of(EMAIL, new ColumnRekey.Target("cards", "holder", null)), 100, QUIET));
        assertEquals("HY010", withoutRowid.getSQLState());
        assertTrue(withoutRowid.getMessage().contains("table cards is WITHOUT ROWID"), withoutRowid.getMessage());
        assertEquals(0, currentCount(rotated(), EMAIL), "the first target was not touched either");
        SQLException shadowed = assertThrows(SQLException.class, () -> ColumnRekey.run(connection, rotated(),
                List.of(new ColumnRekey.Target("shadowed", "secret", null)), 100, QUIET));
        assertTrue(shadowed.getMessage().contains("table shadowed has a column named rowid"),
                shadowed.getMessage());
        SQLException missing = assertThrows(SQLException.class, () -> ColumnRekey.run(connection, rotated(),
                List.of(new ColumnRekey.Target("nowhere", "x", null)), 100, QUIET));
        assertTrue(missing.getMessage().contains("no table nowhere"), missing.getMessage());
    }

    @Test
    void badArgumentsAreRefused() throws SQLException {
        ColumnCipher ring = rotated();
        List<ColumnRekey.Target> targets = List.of(EMAIL);
        assertEquals("HY010", assertThrows(SQLException.class,
                () -> ColumnRekey.run(connection, ring, targets, 0, QUIET)).getSQLState());
        assertEquals("HY009", assertThrows(SQLException.class,
                () -> ColumnRekey.run(null, ring, targets, 100, QUIET)).getSQLState());
        assertEquals("HY009", assertThrows(SQLException.class,
                () -> ColumnRekey.run(connection, null, targets, 100, QUIET)).getSQLState());
        assertEquals("HY009", assertThrows(SQLException.class,
                () -> ColumnRekey.run(connection, ring, List.of(new ColumnRekey.Target("users", null, null)), 100,
                        QUIET)).getSQLState());
        connection.setAutoCommit(false);
        assertEquals("HY010", assertThrows(SQLException.class,
                () -> ColumnRekey.run(connection, ring, targets, 100, QUIET)).getSQLState(), "inside a transaction");
        connection.setAutoCommit(true);
    }

    private int currentCount(ColumnCipher cipher, ColumnRekey.Target target) throws SQLException {
        int current = 0;
        for (Object[] row : rows("SELECT \"" + target.column() + "\" FROM \"" + target.table() + "\"")) {
            current += cipher.isCurrent(row[0], target.domain() != null) ? 1 : 0;
        }
        return current;
    }

    private List<Object[]> rows(String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet found = statement.executeQuery(sql)) {
            int columns = found.getMetaData().getColumnCount();
            while (found.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = found.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
