package dev.nana.kv;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/** All-or-nothing over plain JDBC: its own transaction in autocommit mode, else a savepoint of the open one. */
final class Transactions {
    private Transactions() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    static <T> T atomically(Connection connection, Work<T> work) throws SQLException {
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                undo(e, connection::rollback);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
            T result = work.run();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException | RuntimeException e) {
            undo(e, () -> {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            });
            throw e;
        }
    }

    private interface Undo {
        void run() throws SQLException;
    }

    private static void undo(Exception failure, Undo undo) {
        try {
            undo.run();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
