package dev.nana.compat.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The pooled setup of the aiosqlite examples. aiosqlite runs {@code PRAGMA journal_mode=WAL} and
 * {@code PRAGMA foreign_keys=ON} on every new connection; with nana a file database is in WAL mode already, and
 * sqlite-jdbc's {@code foreign_keys} setting in the URL query applies to every connection the pool opens.
 */
public final class ExampleDatabase {
    private static final String SCHEMA = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE items (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                data TEXT,
                value INTEGER,
                status TEXT NOT NULL DEFAULT 'new',
                user_id INTEGER REFERENCES users(id));
            CREATE TABLE orders (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                total_cents INTEGER NOT NULL,
                created_at TEXT NOT NULL);
            CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance_cents INTEGER NOT NULL CHECK (balance_cents >= 0));
            """;

    private ExampleDatabase() {
    }

    public static HikariDataSource open(Path file) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:nana:" + file + "?foreign_keys=true");
        config.setMaximumPoolSize(5);
        return new HikariDataSource(config);
    }

    /** One execute runs the whole script, all of it or nothing. */
    public static void createSchema(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(SCHEMA);
        }
    }
}
