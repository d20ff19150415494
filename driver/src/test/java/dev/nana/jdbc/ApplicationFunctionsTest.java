package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/**
 * Application functions that views and triggers may call: sqlite-jdbc's own registration fails there under nana's
 * {@code trusted_schema=OFF}; nana's registers them as innocuous, per connection or for every connection of a pool,
 * and never under a name the policy forbids.
 */
class ApplicationFunctionsTest {
    private static final SqlFunction SLUG = args -> args[0] == null ? null
            : args[0].toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");

    @TempDir
    Path dir;

    private Connection open(String query) throws SQLException {
        return DriverManager.getConnection("jdbc:nana:" + dir.resolve("functions.db") + query);
    }

    /** A view and a trigger that call slug(), as a schema created by the application holds them. */
    private static void createSchema(Statement s) throws SQLException {
        s.execute("CREATE TABLE post(title TEXT, slug TEXT)");
        s.execute("CREATE VIEW post_slug AS SELECT slug(title) AS s FROM post");
        s.execute("CREATE TRIGGER post_slugged AFTER INSERT ON post BEGIN"
                + " UPDATE post SET slug = slug(NEW.title) WHERE rowid = NEW.rowid; END");
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    @Test
    void sqliteJdbcsRegistrationCannotBeCalledFromViewsOrTriggers() throws Exception {
        try (Connection c = open(""); Statement s = c.createStatement()) {
            Function.create(c.unwrap(SQLiteConnection.class), "slug", new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    result(SLUG.apply(value_text(0)).toString());
                }
            }, 1, Function.FLAG_DETERMINISTIC);
            assertEquals("hello-world", single(s, "SELECT slug('Hello World')"), "direct calls work");
            createSchema(s);
            SQLException viaTrigger = assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO post(title) VALUES ('Hello World')"));
            assertEquals("42501", viaTrigger.getSQLState());
            assertTrue(viaTrigger.getMessage().contains("unsafe use of slug()"), viaTrigger.getMessage());
            SQLException viaView = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM post_slug"));
            assertEquals("42501", viaView.getSQLState());
            assertTrue(viaView.getMessage().contains("unsafe use of slug()"), viaView.getMessage());
        }
    }

    @Test
    void nanasRegistrationCanBeCalledFromViewsAndTriggers() throws Exception {
        try (Connection c = open(""); Statement s = c.createStatement()) {
            c.unwrap(NanaConnection.class).createFunction("slug", 1, SLUG);
            createSchema(s);
            s.execute("INSERT INTO post(title) VALUES ('Hello World')");
            assertEquals("hello-world", single(s, "SELECT slug FROM post"), "called by the trigger");
            assertEquals("hello-world", single(s, "SELECT s FROM post_slug"), "called by the view");
        }
    }

    @Test
    void deterministicFunctionsMayServeIndexesAndGeneratedColumns() throws Exception {
        try (Connection c = open(""); Statement s = c.createStatement()) {
            NanaConnection nana = c.unwrap(NanaConnection.class);
            nana.createDeterministicFunction("slug", 1, SLUG);
            nana.createFunction("slug_any", 1, SLUG);
            s.execute("CREATE TABLE post(title TEXT, slug TEXT GENERATED ALWAYS AS (slug(title)))");
            s.execute("CREATE INDEX post_by_slug ON post(slug(title))");
            s.execute("INSERT INTO post(title) VALUES ('A Title')");
            assertEquals("a-title", single(s, "SELECT slug FROM post"));
            SQLException notDeterministic = assertThrows(SQLException.class,
                    () -> s.execute("CREATE INDEX post_by_any ON post(slug_any(title))"));
            assertTrue(notDeterministic.getMessage().contains("non-deterministic"), notDeterministic.getMessage());
        }
    }

    @Test
    void argumentsArriveAsSqliteHoldsThemAndResultsGoBack() throws Exception {
        try (Connection c = open(""); Statement s = c.createStatement()) {
            NanaConnection nana = c.unwrap(NanaConnection.class);
            nana.createFunction("java_type", 1, args -> args[0] == null ? "null" : args[0].getClass().getSimpleName());
            nana.createFunction("same", 1, args -> args[0]);
            nana.createFunction("yes", 0, args -> Boolean.TRUE);
            nana.createFunction("count_args", -1, args -> args.length);
            assertEquals("Long", single(s, "SELECT java_type(42)"));
            assertEquals("Double", single(s, "SELECT java_type(1.5)"));
            assertEquals("String", single(s, "SELECT java_type('x')"));
            assertEquals("byte[]", single(s, "SELECT java_type(x'00ff')"));
            assertEquals("null", single(s, "SELECT java_type(NULL)"));
            assertEquals("integer 42|real 1.5|text x|blob|null",
                    single(s, "SELECT typeof(same(42)) || ' ' || same(42) || '|' || typeof(same(1.5)) || ' '"
                            + " || same(1.5) || '|' || typeof(same('x')) || ' ' || same('x') || '|'"
                            + " || typeof(same(x'00ff')) || '|' || typeof(same(NULL))"));
            try (ResultSet rs = s.executeQuery("SELECT same(x'00ff'), yes(), count_args(1, 2, 3)")) {
                rs.next();
                assertArrayEquals(new byte[] {0, (byte) 0xff}, rs.getBytes(1));
                assertEquals(1, rs.getInt(2));
                assertEquals(3, rs.getInt(3));
            }
        }
    }

    @Test
    void aFailingFunctionFailsItsStatementWithItsMessage() throws Exception {
        try (Connection c = open(""); Statement s = c.createStatement()) {
            NanaConnection nana = c.unwrap(NanaConnection.class);
            nana.createFunction("fails", 0, args -> {
                throw new SQLException("no slug today");
            });
            nana.createFunction("a_date", 0, args -> new java.util.Date());
            SQLException thrown = assertThrows(SQLException.class, () -> s.executeQuery("SELECT fails()"));
            assertTrue(thrown.getMessage().contains("no slug today"), thrown.getMessage());
            assertFalse(thrown.getSQLState().startsWith("42"), "not a policy refusal: " + thrown.getSQLState());
            SQLException unsupported = assertThrows(SQLException.class, () -> s.executeQuery("SELECT a_date()"));
            assertTrue(unsupported.getMessage().contains("a_date() returned a java.util.Date"),
                    unsupported.getMessage());
        }
    }

    @Test
    void namesThePolicyForbidsOrNanaUsesAreRefused() throws Exception {
        try (Connection c = open("?forbiddenFunctions=slug")) {
            NanaConnection nana = c.unwrap(NanaConnection.class);
            for (String name : new String[] {"readfile", "LOAD_EXTENSION", "slug"}) {
                SQLException e = assertThrows(SQLException.class, () -> nana.createFunction(name, 1, SLUG));
                assertEquals("42501", e.getSQLState());
                assertEquals("nana: function " + name.toLowerCase(Locale.ROOT)
                        + " is forbidden by policy and cannot be registered", e.getMessage());
            }
            SQLException reserved = assertThrows(SQLException.class, () -> nana.createFunction("nana_json", 1, SLUG));
            assertEquals("42501", reserved.getSQLState());
            assertTrue(reserved.getMessage().contains("reserved"), reserved.getMessage());
            try (Statement s = c.createStatement()) {
                assertEquals("[]", single(s, "SELECT nana_json('[]')"), "nana's own function is untouched");
            }
        }
        try (Connection c = open("?allowedFunctions=upper,slug")) {
            NanaConnection nana = c.unwrap(NanaConnection.class);
            nana.createFunction("slug", 1, SLUG);
            SQLException unlisted = assertThrows(SQLException.class, () -> nana.createFunction("title", 1, SLUG));
            assertEquals("42501", unlisted.getSQLState());
            assertEquals("nana: function title is not in the allowed list and cannot be registered",
                    unlisted.getMessage());
        }
    }

    /** What a pool's connections get through property applicationFunctions. */
    public static class Slugs implements ApplicationFunctions {
        @Override
        public void registerOn(NanaConnection connection) throws SQLException {
            connection.createDeterministicFunction("slug", 1, SLUG);
        }
    }

    /** Named in applicationFunctions by mistake: it must be refused before anything of it runs. */
    public static class NotFunctions {
        static {
            NOT_FUNCTIONS_INITIALISED.set(true);
        }
    }

    /** Outside NotFunctions: reading a field of its own would initialise it. */
    private static final AtomicBoolean NOT_FUNCTIONS_INITIALISED = new AtomicBoolean();

    @Test
    void everyConnectionGetsTheFunctionsOfTheNamedClasses() throws Exception {
        NanaDataSource pool = new NanaDataSource();
        pool.setUrl("jdbc:nana:" + dir.resolve("functions.db"));
        pool.setApplicationFunctions(Slugs.class.getName());
        try (Connection first = pool.getConnection(); Statement s = first.createStatement()) {
            createSchema(s);
            s.execute("INSERT INTO post(title) VALUES ('First Post')");
        }
        try (Connection second = open("?applicationFunctions=" + Slugs.class.getName());
             Statement s = second.createStatement()) {
            assertEquals("first-post", single(s, "SELECT s FROM post_slug"));
        }
    }

    @Test
    void applicationFunctionsThatCannotBeUsedAreRefusedBeforeTheFileIsOpened() {
        Path file = dir.resolve("functions.db");
        SQLException missing = assertThrows(SQLException.class, () -> open("?applicationFunctions=com.example.Nope"));
        assertEquals("HY024", missing.getSQLState());
        assertTrue(missing.getMessage().contains("com.example.Nope"), missing.getMessage());
        SQLException wrongType = assertThrows(SQLException.class,
                () -> open("?applicationFunctions=" + NotFunctions.class.getName()));
        assertEquals("HY024", wrongType.getSQLState());
        assertTrue(wrongType.getMessage().contains("does not implement dev.nana.jdbc.ApplicationFunctions"),
                wrongType.getMessage());
        assertFalse(NOT_FUNCTIONS_INITIALISED.get(), "its static initialiser never ran");
        assertFalse(file.toFile().exists());
    }

    @Test
    void aClassRegisteringAForbiddenNameFailsTheConnection() {
        SQLException e = assertThrows(SQLException.class,
                () -> open("?forbiddenFunctions=slug&applicationFunctions=" + Slugs.class.getName()));
        assertEquals("42501", e.getSQLState());
        assertEquals("nana: function slug is forbidden by policy and cannot be registered", e.getMessage());
    }
}
