package dev.nana.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** For suites that assert SQLite's behaviour on both backends: {@code @ValueSource(strings = {"sqlite", "postgresql"})}. */
final class BothBackends {
    private BothBackends() {
    }

    /** A nana URL of a new database: a SQLite file in {@code dir}, or a fresh PostgreSQL database. */
    static String url(String backend, Path dir) throws SQLException {
        return backend.equals("sqlite") ? "jdbc:nana:" + dir.resolve("test.db")
                : "jdbc:nana:" + TestPostgres.newDatabaseUrl().substring("jdbc:".length());
    }

    /** The first column of the first row of {@code SELECT expression}, as Class:value ("null" for NULL). */
    static String value(Connection c, String expression, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + expression)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Object v = r.getObject(1);
                return v == null ? "null" : v.getClass().getSimpleName() + ":" + v;
            }
        }
    }
}
