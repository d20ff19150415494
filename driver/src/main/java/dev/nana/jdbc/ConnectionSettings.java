package dev.nana.jdbc;

import dev.nana.rewriter.EncryptedColumns;
import dev.nana.rewriter.PolicyConfig;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;

/**
 * What one {@code jdbc:nana:} URL plus its Properties mean: the sqlite-jdbc URL and settings to open, and nana's
 * own configuration. Values in the URL query override those in Properties.
 */
final class ConnectionSettings {
    static final String PREFIX = "jdbc:nana:";

    /** sqlite-jdbc settings that nana sets (or, for transactions, does) itself, under the names of its registry. */
    private static final Map<NanaProperty, String> MANAGED_SQLITE_SETTINGS = Map.of(
            NanaProperty.BUSY_TIMEOUT, "busy_timeout",
            NanaProperty.TRANSACTION_MODE, "transaction_mode",
            NanaProperty.JOURNAL_MODE, "journal_mode",
            NanaProperty.SYNCHRONOUS, "synchronous",
            NanaProperty.MAX_VALUE_LENGTH, "limit_length");

    /** Extension loading stays off whatever the configuration says: it is the door the policy guards. */
    private static final Set<String> REFUSED_SQLITE_SETTINGS = Set.of("enable_load_extension");

    private static final Set<String> SQLITE_SETTINGS = Arrays.stream(SQLiteConfig.Pragma.values())
            .map(pragma -> pragma.pragmaName).collect(Collectors.toUnmodifiableSet());

    /** Parameters SQLite itself reads from a {@code file:} URI; they stay in the URI. */
    private static final Set<String> SQLITE_URI_PARAMETERS =
            Set.of("mode", "cache", "vfs", "immutable", "nolock", "psow", "modeof");

    final String url;
    final String sqliteUrl;
    final boolean inMemory;
    /** The path part of the URL: a file path, or a {@code file:} URI's path. */
    private final String path;
    final Properties nanaProperties = new Properties();
    final Properties sqliteProperties = new Properties();

    private ConnectionSettings(String url, String sqliteUrl, boolean inMemory, String path) {
        this.url = url;
        this.sqliteUrl = sqliteUrl;
        this.inMemory = inMemory;
        this.path = path;
    }

    static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    static ConnectionSettings parse(String url, Properties info) throws SQLException {
        String target = url.substring(PREFIX.length());
        if (target.startsWith("postgresql:")) {
            throw new SQLNonTransientConnectionException(SqlErrors.NANA_PREFIX
                    + "the PostgreSQL backend is not part of this version; use a SQLite path", SqlErrors.CANNOT_OPEN);
        }
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        boolean fileUri = path.startsWith("file:");
        StringBuilder uriParameters = new StringBuilder();
        Properties merged = new Properties();
        if (info != null) {
            info.forEach((key, value) -> merged.setProperty(String.valueOf(key), String.valueOf(value)));
        }
        if (query >= 0) {
            for (String pair : target.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (fileUri && SQLITE_URI_PARAMETERS.contains(key)) {
                    uriParameters.append(uriParameters.length() == 0 ? '?' : '&').append(pair);
                    continue;
                }
                NanaProperty property = NanaProperty.forName(key);
                if (property != null && property.isSecret()) {
                    throw new SQLException(SqlErrors.NANA_PREFIX + "property " + key + " is secret and may not be"
                            + " written in the URL, which pools and logs print; pass it in Properties",
                            SqlErrors.INVALID_PROPERTY);
                }
                merged.setProperty(key, value);
            }
        }
        boolean inMemory = path.isEmpty() || path.equals(":memory:") || path.startsWith("file::memory:")
                || uriParameters.indexOf("mode=memory") >= 0;
        ConnectionSettings settings = new ConnectionSettings(url, "jdbc:sqlite:" + path + uriParameters, inMemory,
                fileUri ? path.substring("file:".length()).replaceFirst("^//", "") : path);
        settings.sort(merged);
        return settings;
    }

    private void sort(Properties merged) throws SQLException {
        for (String key : merged.stringPropertyNames()) {
            String value = merged.getProperty(key);
            NanaProperty property = NanaProperty.forName(key);
            if (property != null) {
                nanaProperties.setProperty(key, value);
            } else if (REFUSED_SQLITE_SETTINGS.contains(key)) {
                throw new SQLException(SqlErrors.NANA_PREFIX + "property " + key
                        + " cannot be set: extension loading stays off", SqlErrors.INVALID_PROPERTY);
            } else if (MANAGED_SQLITE_SETTINGS.containsValue(key)) {
                throw new SQLException(SqlErrors.NANA_PREFIX + "property " + key + " is set through nana's "
                        + managedName(key) + " property", SqlErrors.INVALID_PROPERTY);
            } else if (SQLITE_SETTINGS.contains(key)) {
                sqliteProperties.setProperty(key, value);
            } else {
                throw new SQLException(SqlErrors.NANA_PREFIX + "unknown property " + key
                        + " (neither a nana property nor a sqlite-jdbc setting; see docs/properties.md)",
                        SqlErrors.INVALID_PROPERTY);
            }
        }
        sqliteProperties.setProperty("busy_timeout", String.valueOf(NanaProperty.BUSY_TIMEOUT.getInt(nanaProperties)));
        sqliteProperties.setProperty("limit_length",
                String.valueOf(NanaProperty.MAX_VALUE_LENGTH.getInt(nanaProperties)));
        if (!inMemory) {
            sqliteProperties.setProperty("journal_mode", NanaProperty.JOURNAL_MODE.get(nanaProperties));
        }
        sqliteProperties.setProperty("synchronous", synchronousMode());
        sqliteProperties.setProperty("enable_load_extension", "false");
    }

    private static String managedName(String sqliteName) {
        return MANAGED_SQLITE_SETTINGS.entrySet().stream().filter(e -> e.getValue().equals(sqliteName))
                .map(e -> e.getKey().propertyName()).findFirst().orElseThrow();
    }

    PolicyConfig policy() throws SQLException {
        try {
            return PolicyConfig.fromProperties(NanaProperty.STRICT.getBoolean(nanaProperties),
                    NanaProperty.FORBIDDEN_FUNCTIONS.get(nanaProperties),
                    NanaProperty.ALLOWED_FUNCTIONS.get(nanaProperties),
                    NanaProperty.ALLOWED_STATEMENTS.get(nanaProperties));
        } catch (IllegalArgumentException e) {
            throw new SQLException(SqlErrors.NANA_PREFIX + e.getMessage(), SqlErrors.INVALID_PROPERTY);
        }
    }

    private String synchronousMode() throws SQLException {
        String mode = NanaProperty.SYNCHRONOUS.get(nanaProperties).trim().toUpperCase(java.util.Locale.ROOT);
        if (!Set.of("OFF", "NORMAL", "FULL", "EXTRA").contains(mode)) {
            throw NanaProperty.SYNCHRONOUS.invalid("OFF, NORMAL, FULL or EXTRA");
        }
        return mode;
    }

    /** DEFERRED, IMMEDIATE or EXCLUSIVE, for the BEGIN that nana issues. */
    String transactionMode() throws SQLException {
        String mode = NanaProperty.TRANSACTION_MODE.get(nanaProperties).trim().toUpperCase(java.util.Locale.ROOT);
        if (!Set.of("DEFERRED", "IMMEDIATE", "EXCLUSIVE").contains(mode)) {
            throw NanaProperty.TRANSACTION_MODE.invalid("DEFERRED, IMMEDIATE or EXCLUSIVE");
        }
        return mode;
    }

    /** The connection's date and time rules; integer dates are read by the unit sqlite-jdbc reports once open. */
    TimeValues timeValues() throws SQLException {
        String storage = NanaProperty.DATE_STORAGE.get(nanaProperties).trim().toLowerCase(java.util.Locale.ROOT);
        if (!storage.equals("text") && !storage.equals(TimeValues.SQLITE_JDBC_STORAGE)) {
            throw NanaProperty.DATE_STORAGE.invalid("text or " + TimeValues.SQLITE_JDBC_STORAGE);
        }
        String zone = NanaProperty.LOCAL_TIME_ZONE.get(nanaProperties);
        try {
            return new TimeValues(zone == null || zone.isBlank() ? null : java.time.ZoneId.of(zone.trim()),
                    storage.equals(TimeValues.SQLITE_JDBC_STORAGE), 1);
        } catch (java.time.DateTimeException e) {
            throw NanaProperty.LOCAL_TIME_ZONE.invalid("a time zone id such as UTC or Europe/Paris");
        }
    }

    /** The database file, or null for an in-memory database. */
    Path databaseFile() {
        return inMemory ? null : Path.of(path);
    }

    int busyTimeoutMillis() throws SQLException {
        return NanaProperty.BUSY_TIMEOUT.getInt(nanaProperties);
    }

    /** The schema name of key-value namespaces in SQL; the pipeline checks it is a plain identifier. */
    String kvSchema() throws SQLException {
        return NanaProperty.KV_SCHEMA.get(nanaProperties).trim();
    }

    EncryptedColumns encryptedColumns() throws SQLException {
        try {
            return EncryptedColumns.parse(NanaProperty.ENCRYPT_COLUMNS.get(nanaProperties),
                    NanaProperty.ENCRYPT_SEARCHABLE.get(nanaProperties));
        } catch (IllegalArgumentException e) {
            throw new SQLException(SqlErrors.NANA_PREFIX + e.getMessage(), SqlErrors.INVALID_PROPERTY);
        }
    }

    int planCacheSize() throws SQLException {
        return NanaProperty.PLAN_CACHE_SIZE.getInt(nanaProperties);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
