package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.kv.AsyncKvStore;
import dev.nana.kv.CacheMode;
import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Encryption of key-value values as connection properties turn it on: key sources, formats, refusals. */
class KvEncryptionOnConnectionTest {
    private static final String SECRET = "4111-1111-1111-1111";
    private static final String KEY = base64(1);
    private static final String OTHER_KEY = base64(2);

    @TempDir
    Path dir;

    private static String base64(int first) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) first);
        return Base64.getEncoder().encodeToString(key);
    }

    private String url() {
        return "jdbc:nana:" + dir.resolve("enc.db");
    }

    private static Properties with(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    private Connection open(Properties properties) throws SQLException {
        return DriverManager.getConnection(url(), properties);
    }

    private static KvStore kv(Connection connection, String namespace) throws SQLException {
        return connection.unwrap(NanaConnection.class).kv(namespace);
    }

    private static SQLException failure(String state, Executable call) {
        SQLException e = assertThrows(SQLException.class, call::run);
        assertEquals(state, e.getSQLState(), e.getMessage());
        return e;
    }

    private interface Executable {
        void run() throws Exception;
    }

    @Test
    void aKeyInPropertiesSealsValuesAndOnlyThatKeyOpensThem() throws Exception {
        try (Connection connection = open(with("encryptionKey", KEY))) {
            kv(connection, "cards").put("alice", SECRET);
            assertEquals(SECRET, kv(connection, "cards").get("alice"));
        }
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("enc.db"));
             Statement statement = plain.createStatement();
             ResultSet rows = statement.executeQuery("SELECT typeof(value), hex(value) FROM cards")) {
            assertTrue(rows.next());
            assertEquals("blob", rows.getString(1));
            assertTrue(rows.getString(2).startsWith("01"), "nana's format, AES-256-GCM by default");
        }
        assertFalse(new String(Files.readAllBytes(dir.resolve("enc.db")), "ISO-8859-1").contains(SECRET));
        try (Connection wrongKey = open(with("encryptionKey", OTHER_KEY))) {
            SQLException e = failure("28000", () -> kv(wrongKey, "cards").get("alice"));
            assertFalse(e.getMessage().contains(OTHER_KEY) || e.getMessage().contains(KEY), e.getMessage());
        }
        try (Connection noKey = open(new Properties())) {
            failure("22032", () -> kv(noKey, "cards").get("alice"));
        }
    }

    @Test
    void theKeyIsNeverInTheUrlNorEchoed() throws Exception {
        SQLException e = failure("HY024", () -> DriverManager.getConnection(url() + "?encryptionKey=" + KEY));
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        DriverPropertyInfo info = Arrays.stream(new NanaDriver().getPropertyInfo(url(), with("encryptionKey", KEY)))
                .filter(p -> p.name.equals("encryptionKey")).findFirst().orElseThrow();
        assertNull(info.value, "DriverPropertyInfo does not echo the key");
        SQLException badKey = failure("HY024", () -> open(with("encryptionKey", "not-base64!" + KEY)));
        assertFalse(badKey.getMessage().contains(KEY), badKey.getMessage());
        SQLException shortKey = failure("HY024", () -> open(with("encryptionKey",
                Base64.getEncoder().encodeToString(new byte[16]))));
        assertTrue(shortKey.getMessage().contains("16 bytes"), shortKey.getMessage());
    }

    @Test
    void aPassphraseDerivesTheKeyOverASaltTheDatabaseKeeps() throws Exception {
        String passphrase = "correct horse battery staple";
        try (Connection connection = open(with("encryptionPassword", passphrase))) {
            kv(connection, "cards").put("alice", SECRET);
        }
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("enc.db"));
             Statement statement = plain.createStatement();
             ResultSet row = statement.executeQuery("SELECT algorithm, iterations, length(salt) FROM nana_kdf")) {
            assertTrue(row.next());
            assertEquals("PBKDF2WithHmacSHA256", row.getString(1));
            assertEquals(600_000, row.getInt(2));
            assertEquals(16, row.getInt(3));
        }
        try (Connection again = open(with("encryptionPassword", passphrase))) {
            assertEquals(SECRET, kv(again, "cards").get("alice"));
        }
        try (Connection readOnly = DriverManager.getConnection("jdbc:nana:file:" + dir.resolve("enc.db") + "?mode=ro",
                with("encryptionPassword", passphrase))) {
            assertEquals(SECRET, kv(readOnly, "cards").get("alice"), "a read-only database with its salt opens");
        }
        try (Connection wrong = open(with("encryptionPassword", "correct horse battery stapler"))) {
            failure("28000", () -> kv(wrong, "cards").get("alice"));
        }
        SQLException inUrl = failure("HY024", () -> DriverManager.getConnection(url() + "?encryptionPassword=x"));
        assertFalse(inUrl.getMessage().contains("=x"), inUrl.getMessage());
        failure("HY024", () -> open(with("encryptionPassword", "", "encryptionMode", "fernet")));
        failure("HY024", () -> open(with("encryptionPassword", passphrase, "encryptionKey", KEY)));
    }

    @Test
    void aKeyFromAnEnvironmentVariable() throws Exception {
        ChildRun unset = writeInChildJvm(null);
        assertEquals(1, unset.exitCode(), "without the variable the connection does not open: " + unset.output());
        assertTrue(unset.output().contains("NANA_TEST_KV_KEY"), unset.output());
        ChildRun set = writeInChildJvm(KEY);
        assertEquals(0, set.exitCode(), set.output());
        assertEquals(SECRET, set.output().strip());
        try (Connection connection = open(with("encryptionKey", KEY))) {
            assertEquals(SECRET, kv(connection, "cards").get("alice"), "sealed with the variable's key");
        }
    }

    private record ChildRun(int exitCode, String output) {
    }

    /** {@link KeyFromEnvironmentMain} in a child JVM whose NANA_TEST_KV_KEY is {@code key} (null: unset). */
    private ChildRun writeInChildJvm(String key) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KeyFromEnvironmentMain.class.getName(),
                dir.resolve("enc.db").toString(), "NANA_TEST_KV_KEY", SECRET).redirectErrorStream(true);
        builder.environment().remove("NANA_TEST_KV_KEY");
        if (key != null) {
            builder.environment().put("NANA_TEST_KV_KEY", key);
        }
        Process child = builder.start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ChildRun(child.waitFor(), output);
    }

    @Test
    void encryptionSettingsWithoutAKeyOrWithTwoKeysAreRefused() throws Exception {
        failure("HY024", () -> open(with("encryptionMode", "chacha20")));
        failure("HY024", () -> open(with("encryptionKey", KEY, "encryptionKeyEnv", "HOME")));
        failure("HY024", () -> open(with("encryptionKey", KEY, "encryptionMode", "rot13")));
        SQLException e = failure("HY024", () -> open(with("encryptionKeyEnv", "NANA_SURELY_UNSET_VARIABLE_42")));
        assertTrue(e.getMessage().contains("NANA_SURELY_UNSET_VARIABLE_42"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("enc.db")), "nothing was opened or created");
    }

    @Test
    void aKeyFileHoldsARingAndOlderKeysStillOpenTheirValues() throws Exception {
        Path single = Files.writeString(dir.resolve("old.key"), KEY + "\n");
        try (Connection connection = open(with("encryptionKeyFile", single.toString()))) {
            kv(connection, "cards").put("old", SECRET);
        }
        Path ring = Files.writeString(dir.resolve("ring.key"), "# rotated\n1:" + KEY + "\n2:" + OTHER_KEY + "\n");
        try (Connection connection = open(with("encryptionKeyFile", ring.toString()))) {
            KvStore cards = kv(connection, "cards");
            assertEquals(SECRET, cards.get("old"));
            cards.put("new", SECRET);
        }
        try (Connection onlyOld = open(with("encryptionKeyFile", single.toString()))) {
            failure("22N01", () -> kv(onlyOld, "cards").get("new"));
        }
        failure("HY024", () -> open(with("encryptionKeyFile", dir.resolve("missing.key").toString())));
        Path broken = Files.writeString(dir.resolve("broken.key"), "1:" + KEY + "\n" + OTHER_KEY + "\n");
        SQLException e = failure("HY024", () -> open(with("encryptionKeyFile", broken.toString())));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertFalse(e.getMessage().contains(OTHER_KEY), e.getMessage());
    }

    @Test
    void sqlOnEncryptedNamespacesIsRefusedWithClass42() throws Exception {
        try (Connection connection = open(with("encryptionKey", KEY));
             Statement statement = connection.createStatement()) {
            kv(connection, "cards").put("alice", SECRET);
            SQLException e = failure("42501", () -> statement.executeQuery("SELECT value FROM kv.cards"));
            assertTrue(e instanceof java.sql.SQLSyntaxErrorException, e.getClass().getName());
            assertTrue(e.getMessage().contains("cards"), e.getMessage());
            failure("42501", () -> connection.prepareStatement("INSERT INTO kv.cards(key, value) VALUES (?, ?)"));
            assertEquals(SECRET, kv(connection, "cards").get("alice"), "the connection is still usable");
        }
    }

    @Test
    void migrationReadsPlaintextAndSealsItOnTheNextWrite() throws Exception {
        try (Connection plain = open(new Properties())) {
            kv(plain, "cards").put("alice", SECRET);
        }
        try (Connection sealed = open(with("encryptionKey", KEY))) {
            failure("22N04", () -> kv(sealed, "cards").get("alice"));
        }
        try (Connection migrating = open(with("encryptionKey", KEY, "encryptionMigration", "true"))) {
            KvStore cards = kv(migrating, "cards");
            cards.put("alice", cards.get("alice"));
        }
        try (Connection sealed = open(with("encryptionKey", KEY))) {
            assertEquals(SECRET, kv(sealed, "cards").get("alice"));
        }
    }

    @Test
    void aDataSourceAppliesItsEncryptionToPooledStores() throws Exception {
        NanaDataSource dataSource = new NanaDataSource();
        dataSource.setUrl(url());
        dataSource.setEncryptionKey(KEY);
        dataSource.setEncryptionMode("chacha20");
        try (KvStore cards = dataSource.kv("cards")) {
            cards.put("alice", SECRET);
            assertEquals(SECRET, cards.get("alice"));
        }
        try (Connection connection = open(with("encryptionKey", KEY))) {
            assertEquals(SECRET, kv(connection, "cards").get("alice"), "the format byte names the cipher");
        }
    }

    @Test
    void everyWayOfOpeningAStoreOnAnEncryptingConnectionSeals() throws Exception {
        NanaDataSource dataSource = new NanaDataSource();
        dataSource.setUrl(url());
        dataSource.setEncryptionKey(KEY);
        try (AsyncKvStore async = AsyncKvStore.open(dataSource, "cards")) {
            async.put("async", SECRET).join();
            assertEquals(SECRET, async.get("async").join());
        }
        try (Connection connection = dataSource.getConnection();
             KvStore own = KvStore.open(connection, "cards", KvOptions.defaults().withCache(CacheMode.none()))) {
            own.put("own-options", SECRET);
        }
        try (KvStore pooled = KvStore.open(dataSource, "cards")) {
            pooled.put("pooled", SECRET);
        }
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("enc.db"));
             Statement statement = plain.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*), count(*) FILTER (WHERE typeof(value) = 'blob') FROM cards")) {
            rows.next();
            assertEquals(3, rows.getInt(1));
            assertEquals(3, rows.getInt(2), "every value sealed, whichever way its store was opened");
        }
    }

    /** NanaSQLite's encrypted files through jdbc:nana: in its format: data sealed, users plaintext in those files. */
    @ParameterizedTest
    @CsvSource({"aes-gcm.db, aes-gcm", "chacha20.db, chacha20", "fernet.db, fernet"})
    void nanaSqliteEncryptedFilesReadAndWrite(String vector, String mode) throws Exception {
        Path file = NanaSqliteVectors.copy(vector, dir);
        Path key = Files.writeString(dir.resolve("vector.key"),
                Base64.getEncoder().encodeToString(NanaSqliteVectors.KEY));
        Properties properties = with("encryptionKeyFile", key.toString(), "encryptionMode", mode,
                "encryptionFormat", "nanasqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + file, properties)) {
            KvStore data = kv(connection, "data");
            Map<String, Object> read = new HashMap<>();
            for (String name : NanaSqliteVectors.expectedValues().keySet()) {
                read.put(name, data.get(name));
            }
            assertEquals(NanaSqliteVectors.expectedValues(), read);
            data.put("written-by-nana", Map.of("ok", true));
            failure("22N04", () -> kv(connection, "users").get("u1"));
        }
        properties.setProperty("encryptionMigration", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + file, properties)) {
            assertEquals(Map.of("ok", true), kv(connection, "data").get("written-by-nana"));
            assertEquals(Map.of("name", "Bob", "age", 25), kv(connection, "users").get("u1"));
        }
    }
}
