package dev.nana.compat.differential;

import dev.nana.jdbc.NanaSqlStates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where cases run: each case gets a connection to a database that is empty and that nothing else uses. */
interface DifferentialTarget extends AutoCloseable {

    String name();

    /** What the report says the engine is, e.g. {@code SQLite 3.54.1}. */
    String version() throws SQLException;

    Connection freshDatabase() throws SQLException;

    /** The first two characters of the SQLState the application would see. */
    String errorClass(SQLException e);

    @Override
    void close();

    /** Raw sqlite-jdbc on a new temporary file per case: the oracle. Errors classed as nana reports them. */
    final class Sqlite implements DifferentialTarget {
        private final Path directory;
        private int files;

        Sqlite() {
            try {
                directory = Files.createTempDirectory("nana-differential");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String name() {
            return "sqlite";
        }

        @Override
        public String version() throws SQLException {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                return "SQLite " + connection.getMetaData().getDatabaseProductVersion();
            }
        }

        @Override
        public Connection freshDatabase() throws SQLException {
            return DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("case" + ++files + ".db"));
        }

        @Override
        public String errorClass(SQLException e) {
            return NanaSqlStates.of(e).substring(0, 2);
        }

        @Override
        public void close() {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * One PostgreSQL database emptied before each case through a plain pgjdbc connection ({@code adminUrl}): every
     * schema but the system ones is dropped (a backend's own metadata schema too), then {@code public} made anew.
     * Cases connect through {@code url}, which may be pgjdbc's or nana's URL for the same database.
     */
    final class Postgres implements DifferentialTarget {
        private static final String DROP_SCHEMAS = "DO $$ DECLARE s text; BEGIN"
                + " FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                + " AND nspname <> 'information_schema' LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP;"
                + " CREATE SCHEMA public; END $$";
        private final String name;
        private final String url;
        private final Connection admin;

        Postgres(String name, String url, String adminUrl) throws SQLException {
            this.name = name;
            this.url = url;
            this.admin = DriverManager.getConnection(adminUrl);
            try (Statement statement = admin.createStatement()) {
                // Emptying the database is a catalog commit per case; waiting for its WAL flush is most of the time.
                statement.execute("SET synchronous_commit = off");
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String version() throws SQLException {
            return "PostgreSQL " + admin.getMetaData().getDatabaseProductVersion();
        }

        @Override
        public Connection freshDatabase() throws SQLException {
            try (Statement statement = admin.createStatement()) {
                statement.execute(DROP_SCHEMAS);
            }
            return DriverManager.getConnection(url);
        }

        @Override
        public String errorClass(SQLException e) {
            String state = e.getSQLState();
            return state == null || state.length() < 2 ? "none" : state.substring(0, 2);
        }

        @Override
        public void close() {
            try {
                admin.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
