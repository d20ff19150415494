package dev.nana.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What encrypted columns cost a prepared point select: the same 100k-row table on {@code jdbc:nana:} with its
 * email (searchable) and ssn (randomized) columns in plaintext ({@code cipher=none}) and encrypted
 * ({@code cipher=aes-gcm}), in one run. {@link Report} prints the cost against plaintext.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class ColumnEncryptionBenchmark {
    private static final int ROWS = 100_000;

    /** By primary key, reading both encrypted columns. */
    @Benchmark
    public int columnPointSelect(Table table) throws SQLException {
        PreparedStatement select = table.byId;
        select.setInt(1, ThreadLocalRandom.current().nextInt(ROWS) + 1);
        return read(select);
    }

    /** By the searchable column (its parameter sealed, the index used), reading the randomized one. */
    @Benchmark
    public int columnEqualitySelect(Table table) throws SQLException {
        PreparedStatement select = table.byEmail;
        select.setString(1, email(ThreadLocalRandom.current().nextInt(ROWS) + 1));
        return read(select);
    }

    private static int read(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getString("ssn").length() + rows.getInt(1);
        }
    }

    static String email(int id) {
        return "user" + id + "@example.com";
    }

    @State(Scope.Benchmark)
    public static class Table {
        @Param({"none", "aes-gcm"})
        public String cipher;

        PreparedStatement byId;
        PreparedStatement byEmail;
        private KvTempFile temp;
        private Connection connection;

        @Setup(Level.Trial)
        public void open() throws IOException, SQLException {
            temp = new KvTempFile();
            Properties properties = KvBenchDatabase.keyed(cipher);
            if (!cipher.equals("none")) {
                properties.setProperty("encrypt.columns", "users.ssn");
                properties.setProperty("encrypt.searchable", "users.email");
            }
            connection = KvBenchDatabase.connect(temp.nanaUrl(), properties);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT UNIQUE,"
                        + " ssn TEXT)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO users (id, name, email, ssn) VALUES (?, ?, ?, ?)")) {
                for (int id = 1; id <= ROWS; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "User " + id);
                    insert.setString(3, email(id));
                    insert.setString(4, String.format("%03d-%02d-%04d", id % 1000, id % 100, id % 10_000));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            byId = connection.prepareStatement("SELECT id, name, email, ssn FROM users WHERE id = ?");
            byEmail = connection.prepareStatement("SELECT id, ssn FROM users WHERE email = ?");
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException, IOException {
            byId.close();
            byEmail.close();
            connection.close();
            temp.close();
        }
    }
}
