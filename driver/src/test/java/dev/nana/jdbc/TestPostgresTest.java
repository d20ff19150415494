package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Runs on whichever server TestPostgres finds: the local one when NANA_TEST_PG_URL is set (as .ci/run does),
 * the embedded PostgreSQL 17 otherwise or with {@code -Dnana.test.pg=embedded}:
 * {@code mvn -o -B -q -pl driver test -Dtest=TestPostgresTest -Dnana.test.pg=embedded}.
 */
class TestPostgresTest {

    @Test
    void eachCallGivesAFreshEmptyDatabaseOfItsOwn() throws SQLException {
        String first = TestPostgres.newDatabaseUrl();
        String second = TestPostgres.newDatabaseUrl();
        assertNotEquals(first, second);
        assertTrue(first.startsWith("jdbc:postgresql://"), first);
        try (Connection connection = DriverManager.getConnection(first);
                Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
                tables.next();
                assertEquals(0, tables.getInt(1));
            }
            statement.execute("CREATE TABLE t(a bigint)");
        }
        try (Connection connection = DriverManager.getConnection(second);
                ResultSet tables = connection.getMetaData().getTables(null, "public", "t", null)) {
            assertFalse(tables.next(), "a table made in one database shows in another");
        }
    }

    @Test
    void theServerIsTheOneTheEnvironmentAsksFor() throws SQLException {
        String variable = System.getenv(TestPostgres.URL_VARIABLE);
        boolean embedded = variable == null || variable.isBlank()
                || "embedded".equals(System.getProperty(TestPostgres.SOURCE_PROPERTY));
        assertEquals(embedded ? "embedded" : TestPostgres.URL_VARIABLE, TestPostgres.source());
        if (embedded) {
            assertTrue(TestPostgres.serverVersion().startsWith("17."), TestPostgres.serverVersion());
        }
    }

    @Test
    void aNewDatabaseKeepsTheServerUserAndOptions() {
        assertEquals("jdbc:postgresql://127.0.0.1:5432/x?user=postgres",
                TestPostgres.withDatabase("jdbc:postgresql://127.0.0.1:5432/test?user=postgres", "x"));
        assertEquals("jdbc:postgresql://h/x", TestPostgres.withDatabase("jdbc:postgresql://h", "x"));
        assertEquals("jdbc:postgresql://h/x?user=u", TestPostgres.withDatabase("jdbc:postgresql://h?user=u", "x"));
    }
}
