package dev.nana.kv;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Namespace tables for code that reaches them without a store (the driver's {@code kv.<namespace>} SQL). */
public final class KvNamespaces {
    private KvNamespaces() {
    }

    /**
     * Creates the table of {@code namespace} in NanaSQLite's shape unless it exists. An existing table is found by
     * reading, so opening a namespace never waits for the write lock. On a read-only connection nothing is created
     * (a missing namespace then reads as a missing table).
     *
     * @throws SQLException 42602 when {@code namespace} is not a valid name
     */
    public static void create(Connection connection, String namespace) throws SQLException {
        Namespace checked = Namespace.of(namespace);
        if (exists(connection, checked) || connection.isReadOnly()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(checked.createTable());
        }
    }

    /**
     * Reading no rows from the table tells whether it exists. It must run, not only compile: after another
     * connection changed the schema (a restore), only running makes SQLite notice.
     */
    private static boolean exists(Connection connection, Namespace namespace) throws SQLException {
        try (PreparedStatement probe = connection.prepareStatement("SELECT 1 FROM " + namespace.table() + " LIMIT 0");
             ResultSet none = probe.executeQuery()) {
            return true;
        } catch (SQLException e) {
            if ("42S02".equals(e.getSQLState()) || String.valueOf(e.getMessage()).contains("no such table")) {
                return false;
            }
            throw e;
        }
    }
}
