package dev.nana.compat.hikari;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads share one file database through a pool. nana's defaults (WAL, busy timeout, IMMEDIATE
 * transactions) are meant to make writers queue up instead of failing, so not a single SQLException may surface,
 * and no update may be lost.
 */
class HikariConcurrencyTest {
    private static final int WORKERS = 8;
    private static final int OPERATIONS_PER_WORKER = 500;
    private static final int COUNTERS = 4;

    private enum Operation { INSERT, INCREMENT, READ_MODIFY_WRITE, SELECT }

    @TempDir
    Path directory;

    /** Which operation a worker does at step {@code n}, and on which counter: the same in the run and the check. */
    private static Operation operation(int worker, int n) {
        return Operation.values()[(worker + n) % Operation.values().length];
    }

    private static int counter(int worker, int n) {
        return 1 + (worker * 7 + n) % COUNTERS;
    }

    @Test
    void mixedReadsAndWritesFromEightThreadsAllSucceed() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:nana:" + directory.resolve("shared.db"));
        config.setMaximumPoolSize(WORKERS);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE counters (id INTEGER PRIMARY KEY, value INTEGER NOT NULL);"
                        + "CREATE TABLE events (id INTEGER PRIMARY KEY, worker INTEGER NOT NULL, n INTEGER NOT NULL);"
                        + "INSERT INTO counters (id, value) VALUES (1, 0), (2, 0), (3, 0), (4, 0);");
            }
            List<Callable<Void>> workers = new ArrayList<>();
            for (int worker = 0; worker < WORKERS; worker++) {
                workers.add(work(pool, worker));
            }
            Workers.runAll(workers);
            assertFinalState(pool);
        }
    }

    private static Callable<Void> work(HikariDataSource pool, int worker) {
        return () -> {
            long ownEvents = 0;
            for (int n = 0; n < OPERATIONS_PER_WORKER; n++) {
                try (Connection connection = pool.getConnection()) {
                    switch (operation(worker, n)) {
                        case INSERT -> {
                            insertEvent(connection, worker, n);
                            ownEvents++;
                        }
                        case INCREMENT -> increment(connection, counter(worker, n));
                        case READ_MODIFY_WRITE -> {
                            readModifyWrite(connection, worker, n);
                            ownEvents++;
                        }
                        case SELECT -> assertEquals(ownEvents, countEvents(connection, worker));
                    }
                }
            }
            return null;
        };
    }

    private static void insertEvent(Connection connection, int worker, int n) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (worker, n) VALUES (?, ?)")) {
            insert.setInt(1, worker);
            insert.setInt(2, n);
            insert.executeUpdate();
        }
    }

    private static void increment(Connection connection, int counter) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE counters SET value = value + 1 WHERE id = ?")) {
            update.setInt(1, counter);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** Reads the counter into Java and writes back value + 1: a lost update would show in the final sum. */
    private static void readModifyWrite(Connection connection, int worker, int n) throws SQLException {
        int counter = counter(worker, n);
        connection.setAutoCommit(false);
        long value;
        try (PreparedStatement read = connection.prepareStatement("SELECT value FROM counters WHERE id = ?")) {
            read.setInt(1, counter);
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                value = rows.getLong(1);
            }
        }
        try (PreparedStatement write = connection.prepareStatement("UPDATE counters SET value = ? WHERE id = ?")) {
            write.setLong(1, value + 1);
            write.setInt(2, counter);
            write.executeUpdate();
        }
        insertEvent(connection, worker, n);
        connection.commit();
    }

    /** Only this worker writes rows with its number, so it must see exactly the ones it committed. */
    private static long countEvents(Connection connection, int worker) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM events WHERE worker = ?")) {
            count.setInt(1, worker);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void assertFinalState(HikariDataSource pool) throws SQLException {
        long expectedEvents = 0;
        long[] expectedCounters = new long[COUNTERS + 1];
        for (int worker = 0; worker < WORKERS; worker++) {
            for (int n = 0; n < OPERATIONS_PER_WORKER; n++) {
                switch (operation(worker, n)) {
                    case INSERT -> expectedEvents++;
                    case INCREMENT -> expectedCounters[counter(worker, n)]++;
                    case READ_MODIFY_WRITE -> {
                        expectedEvents++;
                        expectedCounters[counter(worker, n)]++;
                    }
                    case SELECT -> { }
                }
            }
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM events")) {
                rows.next();
                assertEquals(expectedEvents, rows.getLong(1));
            }
            try (ResultSet rows = statement.executeQuery("SELECT id, value FROM counters ORDER BY id")) {
                for (int id = 1; id <= COUNTERS; id++) {
                    rows.next();
                    assertEquals(id, rows.getInt(1));
                    assertEquals(expectedCounters[id], rows.getLong(2), "counter " + id);
                }
            }
        }
    }
}
