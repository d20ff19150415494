package dev.nana.compat.slt;

import dev.nana.compat.slt.SltRecord.HaltRecord;
import dev.nana.compat.slt.SltRecord.HashThresholdRecord;
import dev.nana.compat.slt.SltRecord.MalformedRecord;
import dev.nana.compat.slt.SltRecord.QueryRecord;
import dev.nana.compat.slt.SltRecord.StatementRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs sqllogictest files through a JDBC URL, one fresh database per file. For {@code jdbc:sqlite:} and
 * {@code jdbc:nana:} the URL prefix is followed by a new temporary database file; any other URL is used as it
 * is, and whoever supplies it makes sure each connection starts from an empty database.
 */
public final class SltRunner {

    /** The engine name skipif/onlyif lines are matched against; nana promises SQLite behaviour, so it is this. */
    public static final String SQLITE_ENGINE = "sqlite";

    private static final List<String> FILE_DATABASE_PREFIXES = List.of("jdbc:sqlite:", "jdbc:nana:");
    private static final List<String> DATABASE_FILE_SUFFIXES = List.of("", "-journal", "-wal", "-shm");
    private static final int DEFAULT_HASH_THRESHOLD = 8;

    private final String urlPrefix;
    private final String engine;

    public SltRunner(String urlPrefix, String engine) {
        this.urlPrefix = urlPrefix;
        this.engine = engine;
    }

    /**
     * Runs a {@code .test} file, or every {@code .test} file under a directory in path order. Throws
     * SQLException when the URL cannot be opened and IOException when there is no {@code .test} file to run.
     */
    public SltResult run(Path fileOrDirectory) throws IOException, SQLException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fileOrDirectory)) {
            files = walk.filter(path -> Files.isRegularFile(path) && path.toString().endsWith(".test"))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .test files at " + fileOrDirectory);
        }
        boolean directory = Files.isDirectory(fileOrDirectory);
        Tally tally = new Tally();
        for (Path file : files) {
            Path relative = directory ? fileOrDirectory.relativize(file) : file.getFileName();
            String name = relative.toString().replace('\\', '/');
            runFile(SltParser.parse(Files.readString(file)), name, tally);
        }
        return new SltResult(tally.passed, tally.failures);
    }

    private void runFile(List<SltRecord> records, String name, Tally tally) throws IOException, SQLException {
        boolean databaseFile = FILE_DATABASE_PREFIXES.contains(urlPrefix);
        Path database = databaseFile ? Files.createTempFile("slt-", ".db") : null;
        try (Connection connection = DriverManager.getConnection(databaseFile ? urlPrefix + database : urlPrefix)) {
            new FileRun(name, connection, tally).run(records);
        } finally {
            if (databaseFile) {
                for (String suffix : DATABASE_FILE_SUFFIXES) {
                    Files.deleteIfExists(Path.of(database + suffix));
                }
            }
        }
    }

    private static final class Tally {
        int passed;
        final List<SltFailure> failures = new ArrayList<>();
    }

    /** The state of one file: its connection, hash threshold and labelled results. */
    private final class FileRun {
        private final String name;
        private final Connection connection;
        private final Tally tally;
        private final Map<String, String> labelHashes = new HashMap<>();
        private int hashThreshold = DEFAULT_HASH_THRESHOLD;

        FileRun(String name, Connection connection, Tally tally) {
            this.name = name;
            this.connection = connection;
            this.tally = tally;
        }

        void run(List<SltRecord> records) {
            for (SltRecord record : records) {
                if (!record.runsOn(engine)) {
                    continue;
                }
                if (record instanceof HaltRecord) {
                    return;
                }
                if (record instanceof HashThresholdRecord threshold) {
                    hashThreshold = threshold.threshold();
                    continue;
                }
                if (record instanceof MalformedRecord malformed) {
                    String reason = "malformed record: " + malformed.reason();
                    tally.failures.add(new SltFailure(name, malformed.line(), reason));
                    return;
                }
                Optional<String> failure = record instanceof StatementRecord statement
                        ? check(statement)
                        : check((QueryRecord) record);
                if (failure.isPresent()) {
                    tally.failures.add(new SltFailure(name, record.line(), failure.get()));
                } else {
                    tally.passed++;
                }
            }
        }

        private Optional<String> check(StatementRecord record) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(record.sql());
                return record.expectError()
                        ? Optional.of("statement succeeded but an error was expected")
                        : Optional.empty();
            } catch (SQLException e) {
                return record.expectError() ? Optional.empty() : Optional.of("statement failed: " + e.getMessage());
            }
        }

        private Optional<String> check(QueryRecord record) {
            List<String> values;
            try {
                values = record.sort().apply(fetch(record), record.types().length());
            } catch (SQLException e) {
                return Optional.of("query failed: " + e.getMessage());
            }
            boolean hashed = hashThreshold > 0 && values.size() > hashThreshold;
            List<String> actual = hashed ? List.of(SltValues.hashLine(values)) : values;
            if (!actual.equals(record.expected())) {
                return Optional.of(mismatch(record.expected(), actual));
            }
            if (!record.label().isEmpty()) {
                String hash = SltValues.md5(values);
                if (!labelHashes.computeIfAbsent(record.label(), label -> hash).equals(hash)) {
                    return Optional.of("labeled result [" + record.label() + "] does not agree with previous values");
                }
            }
            return Optional.empty();
        }

        private List<String> fetch(QueryRecord record) throws SQLException {
            String types = record.types();
            try (Statement statement = connection.createStatement()) {
                if (!statement.execute(record.sql())) {
                    throw new SQLException("the query returned no result set");
                }
                try (ResultSet rows = statement.getResultSet()) {
                    int columns = rows.getMetaData().getColumnCount();
                    if (columns != types.length()) {
                        throw new SQLException("wrong number of result columns: expected " + types.length()
                                + " but got " + columns);
                    }
                    List<String> values = new ArrayList<>();
                    while (rows.next()) {
                        for (int i = 0; i < columns; i++) {
                            values.add(SltValues.format(rows, i + 1, types.charAt(i)));
                        }
                    }
                    return values;
                }
            }
        }
    }

    /** Where two value lists first differ, e.g. {@code value 3: expected 7 but got 8 (9 expected, 9 returned)}. */
    static String mismatch(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        return "wrong result at value " + (i + 1) + ": expected " + valueAt(expected, i) + " but got "
                + valueAt(actual, i) + " (" + expected.size() + " expected, " + actual.size() + " returned)";
    }

    private static String valueAt(List<String> values, int index) {
        return index < values.size() ? "'" + values.get(index) + "'" : "nothing";
    }
}
