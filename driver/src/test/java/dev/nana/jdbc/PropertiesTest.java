package dev.nana.jdbc;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URL forms, the property registry, and how it reaches DriverManager, DataSource and the docs. */
class PropertiesTest {
    @TempDir
    Path dir;

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void urlForms() throws Exception {
        Path file = dir.resolve("forms.db");
        try (Connection c = DriverManager.getConnection("jdbc:nana:" + file)) {
            c.createStatement().execute("CREATE TABLE t(x)");
        }
        assertTrue(Files.exists(file));
        try (Connection c = DriverManager.getConnection("jdbc:nana::memory:")) {
            assertEquals("memory", pragma(c, "journal_mode"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:nana:file:" + file + "?mode=ro")) {
            SQLException e = assertThrows(SQLException.class, () -> c.createStatement().execute("INSERT INTO t VALUES (1)"));
            assertEquals("25006", e.getSQLState(), e.getMessage());
        }
        assertNull(new NanaDriver().connect("jdbc:sqlite::memory:", new Properties()));
    }

    @Test
    void propertiesComeFromTheQueryAndFromPropertiesAndTheQueryWins() throws Exception {
        Properties p = new Properties();
        p.setProperty("busyTimeout", "1234");
        p.setProperty("foreign_keys", "true");
        try (Connection c = DriverManager.getConnection("jdbc:nana:" + dir.resolve("p.db") + "?busyTimeout=4321", p)) {
            assertEquals("4321", pragma(c, "busy_timeout"));
            assertEquals("1", pragma(c, "foreign_keys"), "sqlite-jdbc settings pass through");
        }
    }

    @Test
    void unknownAndRefusedPropertiesAreErrorsNamingTheProperty() {
        String url = "jdbc:nana:" + dir.resolve("p.db");
        SQLException unknown = assertThrows(SQLException.class, () -> DriverManager.getConnection(url + "?strcit=false"));
        assertEquals("HY024", unknown.getSQLState());
        assertTrue(unknown.getMessage().contains("strcit"), unknown.getMessage());
        SQLException extensions = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url + "?enable_load_extension=true"));
        assertTrue(extensions.getMessage().contains("enable_load_extension"), extensions.getMessage());
        SQLException disagreeing = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url + "?busy_timeout=1&busyTimeout=2"));
        assertTrue(disagreeing.getMessage().contains("busyTimeout"), disagreeing.getMessage());
        SQLException badValue = assertThrows(SQLException.class, () -> DriverManager.getConnection(url + "?strict=maybe"));
        assertTrue(badValue.getMessage().contains("strict"), badValue.getMessage());
        SQLException badStatement = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url + "?allowedStatements=DROP_EVERYTHING"));
        assertTrue(badStatement.getMessage().toUpperCase().contains("DROP_EVERYTHING"), badStatement.getMessage());
    }

    @Test
    void valuesOutsideAPropertysChoicesAreRefusedBeforeTheFileIsTouched() {
        Path file = dir.resolve("never.db");
        for (String setting : List.of("journalMode=bogus", "journal_mode=bogus", "synchronous=sometimes",
                "transactionMode=LATER", "kvChangeCheck=-1", "kvChangeCheck=soon")) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection("jdbc:nana:" + file + "?" + setting), setting);
            assertEquals("HY024", refused.getSQLState(), setting);
            String name = setting.substring(0, setting.indexOf('='));
            assertTrue(refused.getMessage().contains(name.equals("journal_mode") ? "journal" : name),
                    setting + ": " + refused.getMessage());
            assertFalse(Files.exists(file), setting + " created the file");
        }
    }

    @Test
    void secretsMayNotBeWrittenInTheUrlAndAreNeverEchoed() throws Exception {
        String url = "jdbc:nana:" + dir.resolve("p.db");
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url + "?password=hunter2"));
        assertFalse(e.getMessage().contains("hunter2"));
        Properties p = new Properties();
        p.setProperty("password", "hunter2");
        Driver driver = DriverManager.getDriver(url);
        DriverPropertyInfo password = Arrays.stream(driver.getPropertyInfo(url, p))
                .filter(info -> info.name.equals("password")).findFirst().orElseThrow();
        assertNull(password.value);
        try (Connection c = DriverManager.getConnection(url, p)) {
            assertTrue(c.isValid(1));
        }
    }

    @Test
    void propertyInfoListsTheWholeRegistry() throws Exception {
        DriverPropertyInfo[] infos = new NanaDriver().getPropertyInfo("jdbc:nana::memory:", null);
        assertEquals(NanaProperty.values().length, infos.length);
        for (DriverPropertyInfo info : infos) {
            assertNotNull(NanaProperty.forName(info.name));
            assertFalse(info.description.isBlank(), info.name);
        }
    }

    /** The registry is the source: a property added there without a DataSource bean property fails here. */
    @Test
    void dataSourceHasABeanPropertyPerRegistryEntry() throws Exception {
        Map<String, PropertyDescriptor> beans = Arrays.stream(
                        Introspector.getBeanInfo(NanaDataSource.class).getPropertyDescriptors())
                .collect(Collectors.toMap(PropertyDescriptor::getName, Function.identity()));
        for (NanaProperty property : NanaProperty.values()) {
            PropertyDescriptor bean = beans.get(property.beanName());
            assertNotNull(bean, "NanaDataSource lacks a bean property for " + property.propertyName());
            assertNotNull(bean.getWriteMethod(), property.propertyName());
            assertEquals(property.isSecret(), bean.getReadMethod() == null,
                    "secret properties, and only they, have no getter: " + property.propertyName());
        }
    }

    @Test
    void dataSourceSettingsReachTheConnection() throws Exception {
        NanaDataSource ds = new NanaDataSource();
        ds.setUrl("jdbc:nana:" + dir.resolve("ds.db"));
        ds.setBusyTimeout(777);
        ds.setForbiddenFunctions("upper");
        try (Connection c = ds.getConnection()) {
            assertEquals("777", pragma(c, "busy_timeout"));
            SQLException e = assertThrows(SQLException.class, () -> c.createStatement().execute("SELECT upper('x')"));
            assertEquals("42501", e.getSQLState());
        }
        ds.setUrl("jdbc:sqlite::memory:");
        assertThrows(SQLException.class, ds::getConnection);
        SQLException noUrl = assertThrows(SQLException.class, new NanaDataSource()::getConnection);
        assertTrue(noUrl.getMessage().contains("url"), noUrl.getMessage());
    }

    /** docs/properties.md is generated from the registry; this fails when it is stale. */
    @Test
    void propertyReferenceIsCurrent() throws Exception {
        Path doc = Path.of("..", "docs", "properties.md");
        String expected = PropertyReference.markdown();
        if (Boolean.getBoolean("nana.writeDocs")) {
            Files.writeString(doc, expected);
        }
        assertTrue(Files.exists(doc), "run: mvn -pl driver test -Dtest=PropertiesTest -Dnana.writeDocs=true");
        assertEquals(expected, Files.readString(doc),
                "docs/properties.md is stale; run: mvn -pl driver test -Dtest=PropertiesTest -Dnana.writeDocs=true");
    }
}
