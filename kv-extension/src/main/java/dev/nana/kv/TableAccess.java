package dev.nana.kv;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** How a store reaches its table: always the same connection, or a connection borrowed per operation. */
interface TableAccess extends AutoCloseable {
    @FunctionalInterface
    interface Work<T> {
        T run(KvTable table) throws SQLException;
    }

    <T> T with(Work<T> work) throws SQLException;

    /** Rows streamed from a connection held until the stream is closed. */
    Stream<KvTable.Row> rows(boolean withValues) throws SQLException;

    /** Whether operations share one connection (and so must never run at the same time). */
    boolean bound();

    @Override
    void close() throws SQLException;

    static TableAccess bound(KvTable table) {
        return new TableAccess() {
            @Override
            public <T> T with(Work<T> work) throws SQLException {
                return work.run(table);
            }

            @Override
            public Stream<KvTable.Row> rows(boolean withValues) throws SQLException {
                return table.rows(withValues);
            }

            @Override
            public boolean bound() {
                return true;
            }

            @Override
            public void close() throws SQLException {
                table.close();
            }
        };
    }

    static TableAccess pooled(DataSource dataSource, Namespace namespace, ValueColumn column) {
        return new TableAccess() {
            @Override
            public <T> T with(Work<T> work) throws SQLException {
                try (Connection connection = dataSource.getConnection();
                     KvTable table = new KvTable(connection, namespace, column)) {
                    return work.run(table);
                }
            }

            @Override
            public Stream<KvTable.Row> rows(boolean withValues) throws SQLException {
                Connection connection = dataSource.getConnection();
                try {
                    return new KvTable(connection, namespace, column).rows(withValues).onClose(() -> {
                        try {
                            connection.close();
                        } catch (SQLException e) {
                            throw new KvIterationException(e);
                        }
                    });
                } catch (SQLException | RuntimeException e) {
                    connection.close();
                    throw e;
                }
            }

            @Override
            public boolean bound() {
                return false;
            }

            @Override
            public void close() {
            }
        };
    }
}
