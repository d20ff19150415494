package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * sqlite-jdbc's own configuration opens a nana connection: {@code SQLiteConfig.toProperties()} as it is and with its
 * setters used, and the pragmas sqlite-jdbc reads from the URL. Each accepted setting is read back from SQLite; only
 * settings that would weaken nana's hardening are refused, with the reason.
 */
class SqliteConfigAcceptedTest {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:nana:" + dir.resolve("config.db");
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A connection of sqlite-jdbc itself, which waits for no lock: it shows which locks a nana connection holds. */
    private Connection bystander() throws SQLException {
        Properties noWaiting = new Properties();
        noWaiting.setProperty("busy_timeout", "0");
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("config.db"), noWaiting);
    }

    private static SQLException refused(String url, Properties properties) {
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, properties).close());
        assertEquals("HY024", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().startsWith("nana: "), e.getMessage());
        return e;
    }

    /**
     * Opens {@code config}, begins a transaction with a read, and runs {@code sql} on a sqlite-jdbc connection
     * meanwhile: whether that failed with SQLITE_BUSY shows which lock the transaction took as it began.
     */
    private boolean blocksWhileATransactionReads(SQLiteConfig config, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), config.toProperties());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS t(x)");
            c.setAutoCommit(false);
            s.executeQuery("SELECT count(*) FROM t").close();
            try (Connection other = bystander(); Statement bystander = other.createStatement()) {
                bystander.execute(sql);
                return false;
            } catch (SQLException e) {
                assertTrue(e.getMessage().contains("SQLITE_BUSY"), e.getMessage());
                return true;
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void theDefaultSqliteConfigOpensWithItsBusyTimeoutAndDeferredTransactions() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), new SQLiteConfig().toProperties())) {
            assertEquals("3000", pragma(c, "busy_timeout"), "SQLiteConfig's busy_timeout is nana's busyTimeout");
            assertEquals("wal", pragma(c, "journal_mode"), "SQLiteConfig sets no journal mode: nana's WAL stays");
        }
        assertFalse(blocksWhileATransactionReads(new SQLiteConfig(), "INSERT INTO t VALUES (1)"),
                "DEFERRED: a transaction that has only read holds no write lock");
    }

    @Test
    void transactionModeFromSqliteConfigDecidesHowTransactionsBegin() throws Exception {
        SQLiteConfig immediate = new SQLiteConfig();
        immediate.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        assertTrue(blocksWhileATransactionReads(immediate, "INSERT INTO t VALUES (1)"),
                "IMMEDIATE takes the write lock");
        assertFalse(blocksWhileATransactionReads(immediate, "SELECT * FROM t"), "in WAL readers go on");
    }

    @Test
    void exclusiveTransactionsAndARollbackJournalFromSqliteConfig() throws Exception {
        SQLiteConfig exclusive = new SQLiteConfig();
        exclusive.setTransactionMode(SQLiteConfig.TransactionMode.EXCLUSIVE);
        exclusive.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        try (Connection c = DriverManager.getConnection(url(), exclusive.toProperties())) {
            assertEquals("delete", pragma(c, "journal_mode"));
        }
        assertTrue(blocksWhileATransactionReads(exclusive, "SELECT * FROM t"), "EXCLUSIVE keeps even readers out");
    }

    @Test
    void sqliteConfigSettersReachTheConnection() throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(1234);
        config.setCacheSize(-4096);
        config.enableLoadExtension(false);
        try (Connection c = DriverManager.getConnection(url(), config.toProperties())) {
            assertEquals("wal", pragma(c, "journal_mode"));
            assertEquals("2", pragma(c, "synchronous"), "FULL");
            assertEquals("1", pragma(c, "foreign_keys"));
            assertEquals("1234", pragma(c, "busy_timeout"));
            assertEquals("-4096", pragma(c, "cache_size"));
            assertEquals("0", pragma(c, "trusted_schema"), "the hardening is untouched");
        }
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        try (Connection c = DriverManager.getConnection(url(), config.toProperties())) {
            assertEquals("1", pragma(c, "synchronous"), "NORMAL");
        }
    }

    @Test
    void aReadOnlySqliteConfigOpensAnExistingFileReadOnly() throws Exception {
        SQLiteConfig rollbackJournal = new SQLiteConfig();
        rollbackJournal.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        try (Connection c = DriverManager.getConnection(url(), rollbackJournal.toProperties());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
            s.execute("INSERT INTO t VALUES (1)");
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = DriverManager.getConnection(url(), readOnly.toProperties());
             Statement s = c.createStatement()) {
            assertTrue(c.isReadOnly());
            assertEquals("delete", pragma(c, "journal_mode"), "a read-only connection keeps the file's journal mode");
            SQLException write = assertThrows(SQLException.class, () -> s.execute("INSERT INTO t VALUES (2)"));
            assertEquals("25006", write.getSQLState(), write.getMessage());
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "its transactions begin without asking for the write lock");
            }
            c.commit();
            SQLException writable = assertThrows(SQLException.class, () -> c.setReadOnly(false));
            assertTrue(writable.getMessage().contains("opened read-only"), writable.getMessage());
        }
    }

    @Test
    void pragmasInTheUrlAreApplied() throws Exception {
        try (Connection c = DriverManager.getConnection(url()
                + "?journal_mode=WAL&foreign_keys=on&busy_timeout=5000&cache_size=-8192&synchronous=FULL")) {
            assertEquals("wal", pragma(c, "journal_mode"));
            assertEquals("1", pragma(c, "foreign_keys"));
            assertEquals("5000", pragma(c, "busy_timeout"));
            assertEquals("-8192", pragma(c, "cache_size"));
            assertEquals("2", pragma(c, "synchronous"));
        }
        try (Connection c = DriverManager.getConnection(url() + "?journal_mode=truncate&limit_length=1000")) {
            assertEquals("truncate", pragma(c, "journal_mode"));
            try (Statement s = c.createStatement()) {
                SQLException tooBig = assertThrows(SQLException.class, () -> s.executeQuery("SELECT zeroblob(1001)"));
                assertEquals("22023", tooBig.getSQLState(), "limit_length is nana's maxValueLength");
            }
        }
    }

    @Test
    void nanasPropertyAndSqliteJdbcsKeyMayBothBeGivenWhenTheyAgree() throws Exception {
        Properties both = new SQLiteConfig().toProperties();
        both.setProperty("busyTimeout", "3000");
        both.setProperty("transactionMode", "deferred");
        try (Connection c = DriverManager.getConnection(url() + "?journalMode=wal&journal_mode=WAL", both)) {
            assertEquals("3000", pragma(c, "busy_timeout"));
            assertEquals("wal", pragma(c, "journal_mode"));
        }
    }

    @Test
    void nanasPropertyAndSqliteJdbcsKeyThatDisagreeAreRefusedNamingBoth() {
        Properties sqliteJdbc = new SQLiteConfig().toProperties();
        sqliteJdbc.setProperty("transactionMode", "IMMEDIATE");
        SQLException mode = refused(url(), sqliteJdbc);
        assertTrue(mode.getMessage().contains("transactionMode=IMMEDIATE")
                && mode.getMessage().contains("transaction_mode=DEFERRED"), mode.getMessage());
        SQLException timeout = refused(url() + "?busyTimeout=100&busy_timeout=200", new Properties());
        assertTrue(timeout.getMessage().contains("busyTimeout=100")
                && timeout.getMessage().contains("busy_timeout=200"), timeout.getMessage());
    }

    @Test
    void badValuesUnderSqliteJdbcsNamesAreRefusedNamingTheKey() {
        for (String query : new String[] {"?busy_timeout=soon", "?transaction_mode=LAZY", "?journal_mode=FAST",
                "?limit_length=-1"}) {
            SQLException e = refused(url() + query, new Properties());
            String key = query.substring(1, query.indexOf('='));
            assertTrue(e.getMessage().contains("property " + key + " must be"), e.getMessage());
        }
    }

    @Test
    void settingsThatWouldWeakenTheHardeningAreRefusedWithTheReason() throws Exception {
        SQLiteConfig extensions = new SQLiteConfig();
        extensions.enableLoadExtension(true);
        SQLException loading = refused(url(), extensions.toProperties());
        assertTrue(loading.getMessage().contains("enable_load_extension cannot be switched on: extension loading"),
                loading.getMessage());
        for (String on : new String[] {"ON", "1", "true"}) {
            SQLException trusted = refused(url() + "?trusted_schema=" + on, new Properties());
            assertTrue(trusted.getMessage().contains("trusted_schema cannot be switched on")
                    && trusted.getMessage().contains("views and triggers"), trusted.getMessage());
        }
        try (Connection c = DriverManager.getConnection(url() + "?trusted_schema=OFF&enable_load_extension=false")) {
            assertEquals("0", pragma(c, "trusted_schema"), "saying what nana does anyway is accepted");
        }
    }

    @Test
    void dateSettingsAndExplicitReadOnlyAreAccepted() throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setDateClass("TEXT");
        config.setDatePrecision("SECONDS");
        config.setDateStringFormat("yyyy-MM-dd HH:mm:ss");
        config.setExplicitReadOnly(true);
        try (Connection c = DriverManager.getConnection(url(), config.toProperties());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
            c.setReadOnly(true);
            SQLException write = assertThrows(SQLException.class, () -> s.execute("INSERT INTO t VALUES (1)"));
            assertEquals("25006", write.getSQLState(), "nana's setReadOnly works after opening, with or without it");
            c.setReadOnly(false);
            s.execute("INSERT INTO t VALUES (1)");
        }
    }

    /** sqlite-jdbc's switch only saves its key query after each insert; nana runs that query only when asked. */
    @Test
    void generatedKeysSettingIsAcceptedAndKeysStillComeWhenAsked() throws Exception {
        for (boolean enabled : new boolean[] {true, false}) {
            SQLiteConfig config = new SQLiteConfig();
            config.setGetGeneratedKeys(enabled);
            try (Connection c = DriverManager.getConnection(url(), config.toProperties());
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, x)");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO t(x) VALUES (1)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        assertTrue(keys.next(), "jdbc.get_generated_keys=" + enabled);
                        assertTrue(keys.getLong(1) > 0);
                    }
                }
            }
        }
    }

    @Test
    void anUnknownUrlParameterKeepsItsClearError() {
        SQLException e = refused(url() + "?journal_mod=WAL", new Properties());
        assertTrue(e.getMessage().contains("unknown property journal_mod"), e.getMessage());
        assertFalse(e.getMessage().contains("journal_mode "), e.getMessage());
    }
}
