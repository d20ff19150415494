package dev.nana.compat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import dev.nana.jdbc.NanaDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeInsertTest {
    @TempDir
    Path directory;

    private Path file;
    private HikariDataSource database;

    @BeforeEach
    void openDatabase() throws SQLException {
        file = directory.resolve("app.db");
        database = ExampleDatabase.open(file);
        ExampleDatabase.createSchema(database);
        Transactions.inTransaction(database,
                connection -> connection.createStatement().executeUpdate("INSERT INTO users (id, name) VALUES (1, 'ada')"));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void insertsAValidItem() {
        assertEquals(new SafeInsert.Outcome(true, "Success"), SafeInsert.insert(database, "lamp", 40, 1L));
        assertEquals(new SafeInsert.Outcome(true, "Success"), SafeInsert.insert(database, "desk", 90, null));
    }

    @Test
    void aDuplicateNameIsADuplicateEntry() {
        SafeInsert.insert(database, "lamp", 40, null);
        assertEquals(new SafeInsert.Outcome(false, "Duplicate entry"), SafeInsert.insert(database, "lamp", 41, null));
    }

    @Test
    void anUnknownUserIsAMissingReference() {
        assertEquals(new SafeInsert.Outcome(false, "Referenced record not found"),
                SafeInsert.insert(database, "lamp", 40, 99L));
    }

    @Test
    void aMissingTableIsReportedAsSuch() {
        NanaDataSource empty = new NanaDataSource();
        empty.setUrl("jdbc:nana:" + directory.resolve("empty.db"));
        assertEquals(new SafeInsert.Outcome(false, "Table not found"), SafeInsert.insert(empty, "lamp", 40, null));
    }

    @Test
    void aWriterHoldingTheLockMakesTheDatabaseBusy() throws SQLException {
        NanaDataSource impatient = new NanaDataSource();
        impatient.setUrl("jdbc:nana:" + file);
        impatient.setBusyTimeout(0);
        try (Connection writer = database.getConnection()) {
            // The default IMMEDIATE transaction mode takes the write lock as the transaction begins.
            writer.setAutoCommit(false);
            writer.createStatement().executeUpdate("INSERT INTO users (id, name) VALUES (2, 'bob')");
            assertEquals(new SafeInsert.Outcome(false, "Database busy, try again"),
                    SafeInsert.insert(impatient, "lamp", 40, null));
            writer.rollback();
        }
        assertEquals(new SafeInsert.Outcome(true, "Success"), SafeInsert.insert(impatient, "lamp", 40, null));
    }
}
