package dev.nana.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** For suites that assert SQLite's behaviour on both backends: {@code @ValueSource(strings = {"sqlite", "postgresql"})}. */
final class BothBackends {
    private BothBackends() {
    }

    /** A nana URL of a new database: a SQLite file in {@code dir}, or a fresh PostgreSQL database. */
    static String url(String backend, Path dir) throws SQLException {
        return backend.equals("sqlite") ? "jdbc:nana:" + dir.resolve("test.db")
                : "jdbc:nana:" + TestPostgres.newDatabaseUrl().substring("jdbc:".length());
    }

    /** A connection to a new database of {@link #url}. */
    static Connection open(String backend, Path dir) throws SQLException {
        return DriverManager.getConnection(url(backend, dir));
    }

    static void run(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The rows of {@code query} in its order, each as Class:value cells separated by a space. */
    static List<String> rows(Connection c, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object v = r.getObject(i);
                    row.append(i > 1 ? " " : "").append(v == null ? "null" : v.getClass().getSimpleName() + ":" + v);
                }
                rows.add(row.toString());
            }
        }
        return rows;
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
