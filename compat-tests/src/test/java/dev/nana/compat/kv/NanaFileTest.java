package dev.nana.compat.kv;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test with a jdbc:nana: connection open on {@link #file()} in a fresh directory. */
abstract class NanaFileTest {
    @TempDir
    Path directory;
    Connection connection;

    /** The database file's name in the test's directory. */
    abstract String fileName();

    Path file() {
        return directory.resolve(fileName());
    }

    String url() {
        return "jdbc:nana:" + file();
    }

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection(url());
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }
}
