package dev.nana.kv;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A connection-bound store of namespace {@code data} on a fresh SQLite file per test. */
abstract class StoreOnTempFile {
    @TempDir
    Path dir;
    Connection connection;
    KvStore store;

    @BeforeEach
    void open() throws SQLException {
        connection = TempDatabase.open(dir);
        store = KvStore.open(connection, "data");
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
        connection.close();
    }

    /** The JSON text in the file for {@code key}, bypassing the store. */
    String stored(String key) throws SQLException {
        return TempDatabase.storedJson(connection, "data", key);
    }
}
