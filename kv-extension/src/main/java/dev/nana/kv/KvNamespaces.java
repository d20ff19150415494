package dev.nana.kv;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Namespace tables for code that reaches them without a store (the driver's {@code kv.<namespace>} SQL). */
public final class KvNamespaces {
    private KvNamespaces() {
    }

    /**
     * Creates the table of {@code namespace} in NanaSQLite's shape unless it exists. On a read-only connection
     * nothing is created (a missing namespace then reads as a missing table).
     *
     * @throws SQLException 42602 when {@code namespace} is not a valid name
     */
    public static void create(Connection connection, String namespace) throws SQLException {
        Namespace checked = Namespace.of(namespace);
        if (!connection.isReadOnly()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(checked.createTable());
            }
        }
    }
}
