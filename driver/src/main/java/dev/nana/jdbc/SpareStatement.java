package dev.nana.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A backend statement prepared once and lent to one borrower at a time; a second borrower gets its own. */
final class SpareStatement {
    private final Connection connection;
    private final String sql;
    private PreparedStatement spare;

    SpareStatement(Connection connection, String sql) {
        this.connection = connection;
        this.sql = sql;
    }

    PreparedStatement lend() throws SQLException {
        PreparedStatement lent = spare;
        spare = null;
        return lent != null ? lent : connection.prepareStatement(sql);
    }

    void takeBack(PreparedStatement statement) throws SQLException {
        if (spare == null && !connection.isClosed()) {
            spare = statement;
        } else {
            statement.close();
        }
    }
}
