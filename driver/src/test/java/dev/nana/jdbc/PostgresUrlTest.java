package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** How a jdbc:nana:postgresql: URL becomes pgjdbc's URL and properties; no server needed. */
class PostgresUrlTest {
    @Test
    void hostsAndDatabaseGoToPgjdbcAndTheQueryAsProperties() throws SQLException {
        Properties info = new Properties();
        info.setProperty("password", "secret");
        ConnectionSettings settings = ConnectionSettings.parse("jdbc:nana:postgresql://db1:5433,db2/app"
                + "?user=app&ssl=true&sslmode=verify-full&currentSchema=s1&targetServerType=primary"
                + "&ApplicationName=shop&strict=false&planCacheSize=10", info);
        assertEquals("jdbc:postgresql://db1:5433,db2/app", settings.backendUrl);
        Properties pgjdbc = settings.backendProperties;
        assertEquals("app", pgjdbc.getProperty("user"));
        assertEquals("secret", pgjdbc.getProperty("password"));
        assertEquals("true", pgjdbc.getProperty("ssl"));
        assertEquals("verify-full", pgjdbc.getProperty("sslmode"));
        assertEquals("s1", pgjdbc.getProperty("currentSchema"));
        assertEquals("primary", pgjdbc.getProperty("targetServerType"));
        assertEquals("shop", pgjdbc.getProperty("ApplicationName"));
        assertNull(pgjdbc.getProperty("strict"), "nana's properties stay nana's");
        assertEquals("false", settings.nanaProperties.getProperty("strict"));
        assertEquals("10", settings.nanaProperties.getProperty("planCacheSize"));
        assertNull(settings.databaseFile());
    }

    @Test
    void secretsAreRefusedInTheUrl() {
        for (String key : new String[] {"password", "sslpassword"}) {
            SQLException e = assertThrows(SQLException.class, () -> ConnectionSettings.parse(
                    "jdbc:nana:postgresql://localhost/app?" + key + "=hunter2", new Properties()));
            assertEquals(SqlErrors.INVALID_PROPERTY, e.getSQLState());
            assertTrue(e.getMessage().startsWith("nana: property " + key + " is secret"), e.getMessage());
            assertFalse(e.getMessage().contains("hunter2"));
        }
    }

    @Test
    void propertyInfoListsNoPasswordValue() throws SQLException {
        Properties info = new Properties();
        info.setProperty("password", "hunter2");
        DriverPropertyInfo[] all = new NanaDriver().getPropertyInfo("jdbc:nana:postgresql://localhost/app", info);
        assertTrue(Arrays.stream(all).noneMatch(p -> "hunter2".equals(p.value)));
    }
}
