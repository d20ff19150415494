package dev.nana.compat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {
    @TempDir
    Path directory;

    private HikariDataSource database;

    @BeforeEach
    void openDatabase() throws SQLException {
        database = ExampleDatabase.open(directory.resolve("bank.db"));
        ExampleDatabase.createSchema(database);
        Transactions.inTransaction(database, connection -> connection.createStatement().executeUpdate(
                "INSERT INTO accounts (id, balance_cents) VALUES (1, 10000), (2, 5000), (3, 0)"));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aBatchOfTransfersMovesTheMoney() throws SQLException {
        Accounts.transfer(database, List.of(new Accounts.Transfer(1, 2, 3000), new Accounts.Transfer(2, 3, 2000)));
        assertEquals(List.of(7000L, 6000L, 2000L), balances());
    }

    @Test
    void anOverdraftHalfwayThroughRollsBackTheTransfersBeforeIt() throws SQLException {
        List<Accounts.Transfer> transfers =
                List.of(new Accounts.Transfer(1, 2, 3000), new Accounts.Transfer(3, 1, 500));
        SQLException overdraft = assertThrows(SQLException.class, () -> Accounts.transfer(database, transfers));
        assertEquals("23514", overdraft.getSQLState());
        assertEquals(List.of(10000L, 5000L, 0L), balances());
    }

    @Test
    void aMissingCreditAccountRollsBackTheDebit() throws SQLException {
        SQLException missing = assertThrows(SQLException.class,
                () -> Accounts.transfer(database, List.of(new Accounts.Transfer(1, 99, 3000))));
        assertEquals("02000", missing.getSQLState());
        assertEquals(List.of(10000L, 5000L, 0L), balances());
    }

    private List<Long> balances() throws SQLException {
        return Rows.query(database, "SELECT balance_cents FROM accounts ORDER BY id").stream()
                .map(row -> ((Number) row.get("balance_cents")).longValue()).toList();
    }
}
