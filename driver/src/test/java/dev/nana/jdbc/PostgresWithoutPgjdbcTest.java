package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** pgjdbc is optional: without it a PostgreSQL URL fails clearly, and SQLite works as before. */
class PostgresWithoutPgjdbcTest {
    /** Defines nana's driver classes itself, so that they look for pgjdbc here, where it is not. */
    private static final class WithoutPgjdbc extends ClassLoader {
        WithoutPgjdbc() {
            super(PostgresWithoutPgjdbcTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.postgresql.")) {
                throw new ClassNotFoundException(name);
            }
            if (!name.startsWith("dev.nana.jdbc.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }

    private static Driver nanaWithoutPgjdbc() throws ReflectiveOperationException {
        return (Driver) new WithoutPgjdbc().loadClass(NanaDriver.class.getName()).getConstructor().newInstance();
    }

    @Test
    void aPostgresqlUrlNamesTheMissingArtifact() throws ReflectiveOperationException {
        Driver driver = nanaWithoutPgjdbc();
        SQLException e = assertThrows(SQLException.class,
                () -> driver.connect("jdbc:nana:postgresql://127.0.0.1:5432/postgres", new Properties()));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().startsWith("nana: "), e.getMessage());
        assertTrue(e.getMessage().contains("org.postgresql:postgresql"), e.getMessage());
    }

    @Test
    void sqliteNeedsNoPgjdbc() throws ReflectiveOperationException, SQLException {
        try (Connection c = nanaWithoutPgjdbc().connect("jdbc:nana::memory:", new Properties());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
            assertEquals(1, s.executeUpdate("INSERT INTO t VALUES (1)"));
        }
    }
}
