package dev.nana.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A stand-in for the shared PostgreSQL test-server finder: a fresh, empty database on the server of
 * {@code NANA_TEST_PG_URL}, or the local one.
 */
public final class TestPostgres {
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private TestPostgres() {
    }

    /** The {@code jdbc:postgresql:} URL of a database created for the caller. */
    public static String newDatabaseUrl() throws SQLException {
        String server = System.getenv().getOrDefault("NANA_TEST_PG_URL", DEFAULT_URL);
        String name = "nana_seam_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : server.substring(query));
    }
}
