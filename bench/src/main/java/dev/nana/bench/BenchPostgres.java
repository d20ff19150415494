package dev.nana.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;

/**
 * A new, empty database on the PostgreSQL server of {@code NANA_BENCH_PG_URL} (a pgjdbc URL of any database there;
 * default {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), for one trial.
 */
final class BenchPostgres {
    private static final String SERVER = Objects.requireNonNullElse(System.getenv("NANA_BENCH_PG_URL"),
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    private final String name;

    private BenchPostgres(String name) {
        this.name = name;
    }

    static BenchPostgres newDatabase() throws SQLException {
        BenchPostgres database = new BenchPostgres("nana_bench_" + UUID.randomUUID().toString().replace("-", ""));
        database.onServer("CREATE DATABASE " + database.name);
        return database;
    }

    /** pgjdbc's URL of the database (raw), or nana's on it. */
    String url(String driver) {
        int query = SERVER.indexOf('?');
        String base = SERVER.substring(0, SERVER.lastIndexOf('/', query < 0 ? SERVER.length() : query) + 1) + name
                + (query < 0 ? "" : SERVER.substring(query));
        return driver.equals("raw") ? base : "jdbc:nana:" + base.substring("jdbc:".length());
    }

    void drop() throws SQLException {
        onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void onServer(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
