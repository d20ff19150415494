package dev.nana.jdbc;

import dev.nana.rewriter.EncryptedColumns;
import dev.nana.rewriter.PolicyConfig;
import dev.nana.rewriter.Target;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What one {@code jdbc:nana:} URL plus its Properties mean: the backend to open with its driver's URL and settings
 * (sqlite-jdbc's, or pgjdbc's for {@code jdbc:nana:postgresql:}), and nana's own configuration. Values in the URL
 * query override those in Properties.
 */
final class ConnectionSettings {
    static final String PREFIX = "jdbc:nana:";
    static final String POSTGRESQL = "postgresql:";
    /** pgjdbc's properties that hold secrets, beside {@code password}: like nana's own, refused in the URL. */
    private static final Set<String> POSTGRES_SECRETS = Set.of("sslpassword");
    /** nana's properties that are the database's credentials, so pgjdbc's too. */
    private static final Set<NanaProperty> CREDENTIALS = Set.of(NanaProperty.USER, NanaProperty.PASSWORD);

    /**
     * sqlite-jdbc keys naming a setting nana has: the value becomes that property's, so {@code busy_timeout=3000}
     * from {@code SQLiteConfig.toProperties()} is {@code busyTimeout=3000}. Given both ways, the two must agree.
     * ({@code synchronous} is the same name in both.)
     */
    static final Map<String, NanaProperty> SQLITE_NAMES_OF_NANA_SETTINGS = Map.of(
            "busy_timeout", NanaProperty.BUSY_TIMEOUT,
            "transaction_mode", NanaProperty.TRANSACTION_MODE,
            "journal_mode", NanaProperty.JOURNAL_MODE,
            "limit_length", NanaProperty.MAX_VALUE_LENGTH);

    /**
     * Settings nana's hardening keeps off whatever the configuration says, with the reason: accepted when they say
     * off (they agree), refused otherwise. sqlite-jdbc has no {@code trusted_schema} key; it is listed so that asking
     * for it gets the reason rather than "unknown property".
     */
    static final Map<String, String> HARDENED_SETTINGS = Map.of(
            "enable_load_extension", "extension loading stays off, since loading native code is the door the SQL"
                    + " policy guards",
            "trusted_schema", "nana keeps trusted_schema OFF, so the views and triggers of a database file cannot"
                    + " call functions with side effects");

    /** The values nana's modes take, upper case. */
    private static final Map<NanaProperty, List<String>> MODES = Map.of(
            NanaProperty.TRANSACTION_MODE, List.of("DEFERRED", "IMMEDIATE", "EXCLUSIVE"),
            NanaProperty.SYNCHRONOUS, List.of("OFF", "NORMAL", "FULL", "EXTRA"),
            NanaProperty.JOURNAL_MODE, List.of("DELETE", "TRUNCATE", "PERSIST", "MEMORY", "WAL", "OFF"));

    /** sqlite-jdbc's SQLITE_OPEN_READONLY in {@code open_mode}, which {@code SQLiteConfig.setReadOnly(true)} sets. */
    private static final int OPEN_READONLY = 1;

    /** Parameters SQLite itself reads from a {@code file:} URI; they stay in the URI. */
    private static final Set<String> SQLITE_URI_PARAMETERS =
            Set.of("mode", "cache", "vfs", "immutable", "nolock", "psow", "modeof");

    final String url;
    /** The URL the backend's driver opens: {@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}, no query. */
    final String backendUrl;
    private final boolean postgres;
    final boolean inMemory;
    /** The path part of the URL: a file path, or a {@code file:} URI's path. */
    private final String path;
    final Properties nanaProperties = new Properties();
    /** Settings for the backend's driver, the query's included, passed as Properties. */
    final Properties backendProperties = new Properties();

    private ConnectionSettings(String url, String backendUrl, boolean postgres, boolean inMemory, String path) {
        this.url = url;
        this.backendUrl = backendUrl;
        this.postgres = postgres;
        this.inMemory = inMemory;
        this.path = path;
    }

    static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    static ConnectionSettings parse(String url, Properties info) throws SQLException {
        String target = url.substring(PREFIX.length());
        boolean postgres = target.startsWith(POSTGRESQL);
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        boolean fileUri = !postgres && path.startsWith("file:");
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
                if (property != null && property.isSecret() || postgres && POSTGRES_SECRETS.contains(key)) {
                    throw new SQLException(SqlErrors.NANA_PREFIX + "property " + key + " is secret and may not be"
                            + " written in the URL, which pools and logs print; pass it in Properties",
                            SqlErrors.INVALID_PROPERTY);
                }
                merged.setProperty(key, value);
            }
        }
        if (postgres) {
            ConnectionSettings settings = new ConnectionSettings(url, "jdbc:" + path, true, false, null);
            settings.sortForPostgres(merged);
            return settings;
        }
        boolean inMemory = path.isEmpty() || path.equals(":memory:") || path.startsWith("file::memory:")
                || uriParameters.indexOf("mode=memory") >= 0;
        ConnectionSettings settings = new ConnectionSettings(url, "jdbc:sqlite:" + path + uriParameters, false, inMemory,
                fileUri ? path.substring("file:".length()).replaceFirst("^//", "") : path);
        settings.sort(merged);
        return settings;
    }

    /**
     * nana's properties are nana's, the credentials pgjdbc's too; every other one is pgjdbc's (ssl, sslmode,
     * currentSchema, targetServerType, ApplicationName...), which ignores names it does not know.
     */
    private void sortForPostgres(Properties merged) {
        for (String key : merged.stringPropertyNames()) {
            NanaProperty property = NanaProperty.forName(key);
            if (property != null) {
                nanaProperties.setProperty(key, merged.getProperty(key));
            }
            if (property == null || CREDENTIALS.contains(property)) {
                backendProperties.setProperty(key, merged.getProperty(key));
            }
        }
    }

    /** The backend the URL names, opened. */
    /** The dialect the pipeline plans for: the backend's, whatever the application speaks (always SQLite). */
    Target target() {
        return postgres ? Target.POSTGRESQL : Target.SQLITE;
    }

    Backend openBackend(Set<String> forbiddenFunctions) throws SQLException {
        return postgres ? PostgresBackend.open(this) : SqliteBackend.open(this, forbiddenFunctions);
    }

    private void sort(Properties merged) throws SQLException {
        for (String key : merged.stringPropertyNames()) {
            String value = merged.getProperty(key);
            if (NanaProperty.forName(key) != null) {
                nanaProperties.setProperty(key, value);
            } else if (HARDENED_SETTINGS.containsKey(key)) {
                refuseUnlessOff(key, value);
            } else if (SQLITE_NAMES_OF_NANA_SETTINGS.containsKey(key)) {
                continue; // adopted below, once every nana property is known
            } else if (SqliteBackend.SETTINGS.contains(key)) {
                backendProperties.setProperty(key, value);
            } else {
                throw new SQLException(SqlErrors.NANA_PREFIX + "unknown property " + key
                        + " (neither a nana property nor a sqlite-jdbc setting; see docs/properties.md)",
                        SqlErrors.INVALID_PROPERTY);
            }
        }
        for (Map.Entry<String, NanaProperty> name : SQLITE_NAMES_OF_NANA_SETTINGS.entrySet()) {
            String value = merged.getProperty(name.getKey());
            if (value != null) {
                adopt(name.getKey(), value, name.getValue());
            }
        }
        backendProperties.setProperty("busy_timeout", String.valueOf(NanaProperty.BUSY_TIMEOUT.getInt(nanaProperties)));
        backendProperties.setProperty("limit_length",
                String.valueOf(NanaProperty.MAX_VALUE_LENGTH.getInt(nanaProperties)));
        String journalMode = mode(NanaProperty.JOURNAL_MODE);
        // A read-only connection cannot change the file's journal mode: nana's default is not forced on it.
        boolean journalModeAsked = nanaProperties.containsKey(NanaProperty.JOURNAL_MODE.propertyName());
        if (!inMemory && (journalModeAsked || !opensReadOnly())) {
            backendProperties.setProperty("journal_mode", journalMode);
        }
        backendProperties.setProperty("synchronous", mode(NanaProperty.SYNCHRONOUS));
        backendProperties.setProperty("enable_load_extension", "false");
    }

    private static void refuseUnlessOff(String key, String value) throws SQLException {
        if (!Set.of("false", "off", "no", "0").contains(value.trim().toLowerCase(Locale.ROOT))) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "property " + key + " cannot be switched on: "
                    + HARDENED_SETTINGS.get(key), SqlErrors.INVALID_PROPERTY);
        }
    }

    /** A sqlite-jdbc key's value becomes nana's property, which must not say something else. */
    private void adopt(String sqliteKey, String value, NanaProperty property) throws SQLException {
        String given = canonical(property, sqliteKey, value);
        String own = nanaProperties.getProperty(property.propertyName());
        if (own != null && !canonical(property, property.propertyName(), own).equals(given)) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "property " + property.propertyName() + "=" + own.trim()
                    + " and sqlite-jdbc's " + sqliteKey + "=" + value.trim() + " disagree; give one of them, or the"
                    + " same value in both", SqlErrors.INVALID_PROPERTY);
        }
        nanaProperties.setProperty(property.propertyName(), given);
    }

    /** The value as nana compares and applies it: an integer, or a mode in upper case; checked, naming {@code key}. */
    private static String canonical(NanaProperty property, String key, String value) throws SQLException {
        String trimmed = value.trim();
        if (property.type() == NanaProperty.Type.INTEGER) {
            try {
                int number = Integer.parseInt(trimmed);
                if (number >= 0) {
                    return String.valueOf(number);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid(key, "a non-negative integer");
        }
        String mode = trimmed.toUpperCase(Locale.ROOT);
        List<String> modes = MODES.get(property);
        if (modes != null && !modes.contains(mode)) {
            throw invalid(key, String.join(", ", modes.subList(0, modes.size() - 1)) + " or "
                    + modes.get(modes.size() - 1));
        }
        return mode;
    }

    private static SQLException invalid(String key, String expected) {
        return new SQLException(SqlErrors.NANA_PREFIX + "property " + key + " must be " + expected,
                SqlErrors.INVALID_PROPERTY);
    }

    private String mode(NanaProperty property) throws SQLException {
        return canonical(property, property.propertyName(), property.get(nanaProperties));
    }

    /** {@code open_mode} with SQLITE_OPEN_READONLY, as {@code SQLiteConfig.setReadOnly(true)} gives it. */
    private boolean opensReadOnly() {
        try {
            return (Integer.parseInt(backendProperties.getProperty("open_mode", "0").trim()) & OPEN_READONLY) != 0;
        } catch (NumberFormatException e) {
            return false; // sqlite-jdbc reports the bad value when it opens
        }
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

    /** DEFERRED, IMMEDIATE or EXCLUSIVE, for the BEGIN that nana issues. */
    String transactionMode() throws SQLException {
        return mode(NanaProperty.TRANSACTION_MODE);
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
        return inMemory || postgres ? null : Path.of(path);
    }

    Duration kvChangeCheck() throws SQLException {
        return Duration.ofMillis(NanaProperty.KV_CHANGE_CHECK.getInt(nanaProperties));
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

    boolean backendUnwrap() throws SQLException {
        return NanaProperty.ALLOW_BACKEND_UNWRAP.getBoolean(nanaProperties);
    }

    /**
     * The classes of {@link NanaProperty#APPLICATION_FUNCTIONS}, constructed. Loaded without running their static
     * initialisers until they are known to implement {@link ApplicationFunctions}: a URL names no other class to run.
     */
    List<ApplicationFunctions> applicationFunctions() throws SQLException {
        List<ApplicationFunctions> all = new ArrayList<>();
        for (String className : NanaProperty.APPLICATION_FUNCTIONS.get(nanaProperties).split(",")) {
            if (!className.isBlank()) {
                all.add(construct(className.strip()));
            }
        }
        return all;
    }

    private static ApplicationFunctions construct(String className) throws SQLException {
        String property = NanaProperty.APPLICATION_FUNCTIONS.propertyName();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class<?> type = Class.forName(className, false,
                    loader != null ? loader : ConnectionSettings.class.getClassLoader());
            if (!ApplicationFunctions.class.isAssignableFrom(type)) {
                throw new SQLException(SqlErrors.NANA_PREFIX + "property " + property + ": class " + className
                        + " does not implement " + ApplicationFunctions.class.getName(), SqlErrors.INVALID_PROPERTY);
            }
            return (ApplicationFunctions) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "property " + property + ": class " + className
                    + " cannot be loaded and constructed with its public no-argument constructor (" + e + ")",
                    SqlErrors.INVALID_PROPERTY, e);
        }
    }

    int planCacheSize() throws SQLException {
        return NanaProperty.PLAN_CACHE_SIZE.getInt(nanaProperties);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
