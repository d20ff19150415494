package dev.nana.compat.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The atomic batch transfer of the aiosqlite examples: every transfer of the batch happens, or none does. */
public final class Accounts {
    public record Transfer(long fromId, long toId, long cents) {
    }

    private Accounts() {
    }

    public static void transfer(DataSource database, List<Transfer> transfers) throws SQLException {
        Transactions.inTransaction(database, connection -> {
            for (Transfer transfer : transfers) {
                changeBalance(connection, transfer.fromId(), -transfer.cents());
                changeBalance(connection, transfer.toId(), transfer.cents());
            }
            return null;
        });
    }

    /** An UPDATE of a missing account changes nothing without failing, so that case is made an error here. */
    private static void changeBalance(Connection connection, long accountId, long cents) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE accounts SET balance_cents = balance_cents + ? WHERE id = ?")) {
            update.setLong(1, cents);
            update.setLong(2, accountId);
            if (update.executeUpdate() != 1) {
                throw new SQLException("no account " + accountId, "02000");
            }
        }
    }
}
