package dev.nana.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A fresh temp-file database per trial (WAL, synchronous=NORMAL) holding a 100k-row table {@code t}, opened
 * through the driver under test, so raw and nana run the same benchmark against identical data.
 */
@State(Scope.Benchmark)
public class BenchDatabase {
    static final int TABLE_ROWS = 100_000;
    static final String POINT_SELECT = "SELECT name, v FROM t WHERE id = ?";
    static final String INSERT_ROW = "INSERT INTO inserted(name, v) VALUES (?, ?)";

    /** raw = sqlite-jdbc itself (jdbc:sqlite:), nana = the same engine behind nana (jdbc:nana:). */
    @Param({"raw", "nana"})
    public String driver;

    Connection connection;
    PreparedStatement pointSelect;
    PreparedStatement insertRow;
    private Path directory;

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        directory = Files.createTempDirectory("nana-bench");
        connection = DriverManager.getConnection(url(directory.resolve("bench.db")));
        requirePragma("journal_mode", "wal");
        requirePragma("synchronous", "1");
        for (String table : List.of("t", "inserted", "batch")) {
            execute("CREATE TABLE " + table + "(id INTEGER PRIMARY KEY, name TEXT, v INTEGER)");
        }
        insertBatch("t", TABLE_ROWS);
        pointSelect = connection.prepareStatement(POINT_SELECT);
        insertRow = connection.prepareStatement(INSERT_ROW);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        connection.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(BenchDatabase::delete);
        }
    }

    /** Inserts {@code rows} rows into {@code table} with one batch in one transaction; returns the batch size. */
    int insertBatch(String table, int rows) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + "(name, v) VALUES (?, ?)")) {
            for (int i = 1; i <= rows; i++) {
                insert.setString(1, "name-" + i);
                insert.setInt(2, i % 1000);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            connection.commit();
            return counts.length;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, TABLE_ROWS + 1);
    }

    private String url(Path file) {
        // Both drivers read pragmas from the URL query; nana turns WAL on by itself for file databases.
        return switch (driver) {
            case "raw" -> "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=NORMAL";
            case "nana" -> "jdbc:nana:" + file + "?synchronous=NORMAL";
            default -> throw new IllegalArgumentException("unknown driver " + driver + ", expected raw or nana");
        };
    }

    /** A benchmark under the wrong durability settings would compare nothing, so refuse to run it. */
    private void requirePragma(String pragma, String expected) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            String actual = rs.next() ? rs.getString(1) : null;
            if (!expected.equalsIgnoreCase(actual)) {
                throw new IllegalStateException(driver + ": PRAGMA " + pragma + " is " + actual + ", expected " + expected);
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
