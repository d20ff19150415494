package dev.nana.jdbc;

import dev.nana.kv.KvOptions;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Every property nana understands, in one place: the driver's {@code getPropertyInfo}, the setters of
 * {@link NanaDataSource} and the table in docs/properties.md all come from here. Properties not listed are handed
 * to sqlite-jdbc when it knows them (its pragma names) and refused otherwise.
 */
public enum NanaProperty {
    STRICT("strict", Type.BOOLEAN, "true", false,
            "Refuse SQL the lexer cannot classify (unterminated literals, a NUL character, unknown statement kinds)."
                    + " With false such SQL goes to SQLite, which reports its own error. Forbidden functions,"
                    + " statements and pragma writes are refused either way."),
    FORBIDDEN_FUNCTIONS("forbiddenFunctions", Type.LIST, "", false,
            "Comma-separated SQL functions to refuse, added to the built-in list"
                    + " (load_extension, fts3_tokenizer, readfile, writefile, edit)."),
    ALLOWED_FUNCTIONS("allowedFunctions", Type.LIST, null, false,
            "Comma-separated SQL functions; when set, only these may be called (allow-list mode)."
                    + " Operators LIKE, GLOB, REGEXP and MATCH count as calls of the functions of that name."),
    ALLOWED_STATEMENTS("allowedStatements", Type.LIST, "", false,
            "Comma-separated statement kinds the policy otherwise refuses: ATTACH, DETACH, VACUUM (VACUUM INTO),"
                    + " BACKUP and RESTORE (sqlite-jdbc's own commands), PRAGMA (any pragma write)."),
    PLAN_CACHE_SIZE("planCacheSize", Type.INTEGER, "2048", false,
            "How many distinct SQL strings keep their checked plan, per policy configuration."),
    KV_CHANGE_CHECK("kvChangeCheck", Type.INTEGER, String.valueOf(KvOptions.DEFAULT_CHANGE_CHECK.toMillis()), false,
            "Milliseconds a key-value store's cache answers before it asks SQLite (PRAGMA data_version) whether another"
                    + " process committed to the file, and forgets itself if so: the longest such a write can go unseen;"
                    + " 0 asks on every cached read. Stores on jdbc:nana: connections to one file in one JVM see each"
                    + " other's commits at once. For stores whose KvOptions set no changeCheck."),
    BUSY_TIMEOUT("busyTimeout", Type.INTEGER, "5000", false,
            "Milliseconds a statement waits for another connection's lock before failing with SQLState 40001."),
    JOURNAL_MODE("journalMode", Type.STRING, "WAL", false,
            "Journal mode of file databases: DELETE, TRUNCATE, PERSIST, MEMORY, WAL or OFF (in-memory databases keep"
                    + " MEMORY; a connection opened read-only keeps the file's mode unless one is given). In WAL"
                    + " mode a daemon thread checkpoints the log back into the file, so no commit waits for it"
                    + " (docs/frameworks.md)."),
    SYNCHRONOUS("synchronous", Type.STRING, "NORMAL", false,
            "When commits reach the disk (SQLite's synchronous: OFF, NORMAL, FULL or EXTRA). NORMAL with WAL never"
                    + " corrupts the database and survives an application crash; a power loss may undo the last"
                    + " commits. FULL syncs every commit, at several times the cost of a small write transaction."),
    TRANSACTION_MODE("transactionMode", Type.STRING, "IMMEDIATE", false,
            "How setAutoCommit(false) begins: IMMEDIATE takes the write lock at once, so a transaction that reads"
                    + " and then writes waits for other writers instead of failing with SQLITE_BUSY. DEFERRED or"
                    + " EXCLUSIVE are the alternatives."),
    MAX_VALUE_LENGTH("maxValueLength", Type.INTEGER, "268435456", false,
            "Largest string or blob in bytes (SQLITE_LIMIT_LENGTH), so requests like randomblob(2e9) fail fast."),
    KV_SCHEMA("kvSchema", Type.STRING, "kv", false,
            "The schema name under which SQL reaches key-value namespaces: kv.users is the namespace users"
                    + " (docs/kv.md). A plain identifier; statements may not use it for anything else."),
    ENCRYPTION_KEY("encryptionKey", Type.STRING, null, true,
            "Base64 of the 32-byte key that seals key-value values (docs/encryption.md). Secret: only in Properties"
                    + " or a DataSource, never in the URL. Give at most one of encryptionKey, encryptionKeyFile,"
                    + " encryptionKeyEnv and encryptionPassword; none leaves values in plaintext."),
    ENCRYPTION_KEY_FILE("encryptionKeyFile", Type.STRING, null, false,
            "A file holding the key: its base64 on one line, or a key ring of lines <id>:<base64> (older keys"
                    + " stay readable; encryptionKeyId picks the one that seals)."),
    ENCRYPTION_KEY_ENV("encryptionKeyEnv", Type.STRING, null, false,
            "The name of an environment variable holding the key's base64."),
    ENCRYPTION_PASSWORD("encryptionPassword", Type.STRING, null, true,
            "A passphrase the key is derived from (PBKDF2-HMAC-SHA256, 600,000 iterations, a random salt the"
                    + " database keeps in table nana_kdf). Secret, like encryptionKey."),
    ENCRYPTION_KEY_ID("encryptionKeyId", Type.INTEGER, null, false,
            "The id of the key that seals new values: 1 for a single key; for a key ring, its highest id unless"
                    + " set. Stored in each value (nana's format), so a value names the key that opens it."),
    ENCRYPTION_MODE("encryptionMode", Type.STRING, "aes-gcm", false,
            "The cipher of new values: aes-gcm (AES-256-GCM), chacha20 (ChaCha20-Poly1305) or fernet."),
    ENCRYPTION_FORMAT("encryptionFormat", Type.STRING, "nana", false,
            "nana: values carry a format byte and key id and are bound to their namespace and key. nanasqlite:"
                    + " NanaSQLite's layout, for files shared with it (no key id, no binding to the row)."),
    ENCRYPTION_MIGRATION("encryptionMigration", Type.BOOLEAN, "false", false,
            "With a key: read plaintext values instead of refusing them (SQLState 22N04); each is sealed by its"
                    + " next write. For moving a plaintext database to encryption."),
    ENCRYPT_COLUMNS("encrypt.columns", Type.LIST, "", false,
            "Columns of ordinary tables encrypted with random nonces, as table.column, comma-separated"
                    + " (users.ssn,users.notes). Needs a key. Only IS NULL and COUNT work on them in SQL"
                    + " (docs/encryption.md)."),
    ENCRYPT_SEARCHABLE("encrypt.searchable", Type.LIST, "", false,
            "Columns encrypted deterministically (AES-SIV), so =, <>, IN, GROUP BY and equality joins work:"
                    + " table.column, or table.column=other.column to share other.column's equality domain."
                    + " Equal values give equal bytes: an attacker with the file sees which rows are equal."),
    APPLICATION_FUNCTIONS("applicationFunctions", Type.LIST, "", false,
            "Comma-separated classes implementing dev.nana.jdbc.ApplicationFunctions (public, no-argument"
                    + " constructor); each registers the application's SQL functions on every new connection, so"
                    + " pooled connections have them too. Views and triggers may call them (docs/security.md)."),
    ALLOW_BACKEND_UNWRAP("allowBackendUnwrap", Type.BOOLEAN, "true", false,
            "Whether unwrap and isWrapperFor reach sqlite-jdbc's own objects (SQLiteConnection, its statements,"
                    + " result sets and metadata), which run SQL without the policy. Hardened deployments set false:"
                    + " then no path hands out a sqlite-jdbc object, and unwrap to one fails with SQLState 42501."),
    DATE_STORAGE("dateStorage", Type.STRING, "text", false,
            "text: every date and time, whichever setter binds it, is stored as the text SQLite's date functions"
                    + " read and write (2026-11-21 10:15:30, in UTC), so comparisons, ORDER BY and date() agree"
                    + " (docs/types.md). sqlite-jdbc: setDate, setTime, setTimestamp and java.util.Date values are"
                    + " bound and read by sqlite-jdbc as it does (epoch milliseconds unless its date_class,"
                    + " date_precision and date_string_format say otherwise), for applications that depend on it."),
    LOCAL_TIME_ZONE("localTimeZone", Type.STRING, null, false,
            "The time zone of Java's date-times without one (LocalDateTime, a java.sql.Timestamp's fields): they"
                    + " are stored converted from it to UTC and read back into it. Unset: the JVM's default zone,"
                    + " the one java.sql.Timestamp and Hibernate already use, so every path agrees with"
                    + " datetime('now'). A zone id such as UTC or Europe/Paris. Dates and times of day never shift."),
    USER("user", Type.STRING, null, false,
            "The PostgreSQL user (docs/postgresql.md). Accepted on SQLite so pools that always pass credentials"
                    + " work; an embedded SQLite database has no users."),
    PASSWORD("password", Type.STRING, null, true,
            "The PostgreSQL user's password (docs/postgresql.md). Accepted on SQLite so pools that always pass"
                    + " credentials work; an embedded SQLite database has no users.");

    enum Type { BOOLEAN, INTEGER, STRING, LIST }

    private final String propertyName;
    private final Type type;
    private final String defaultValue;
    private final boolean secret;
    private final String description;

    NanaProperty(String propertyName, Type type, String defaultValue, boolean secret, String description) {
        this.propertyName = propertyName;
        this.type = type;
        this.defaultValue = defaultValue;
        this.secret = secret;
        this.description = description;
    }

    public String propertyName() {
        return propertyName;
    }

    /** Its name as a NanaDataSource bean property: {@code encrypt.columns} is {@code encryptColumns}. */
    public String beanName() {
        StringBuilder name = new StringBuilder(propertyName.length());
        for (int i = 0; i < propertyName.length(); i++) {
            char c = propertyName.charAt(i);
            if (c == '.' && i + 1 < propertyName.length()) {
                name.append(Character.toUpperCase(propertyName.charAt(++i)));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean isSecret() {
        return secret;
    }

    public String description() {
        return description;
    }

    Type type() {
        return type;
    }

    static NanaProperty forName(String name) {
        for (NanaProperty property : values()) {
            if (property.propertyName.equals(name)) {
                return property;
            }
        }
        return null;
    }

    /** The raw value from {@code properties}, or the default. */
    String get(Properties properties) {
        return properties.getProperty(propertyName, defaultValue);
    }

    boolean getBoolean(Properties properties) throws SQLException {
        String value = get(properties).trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "true", "on", "yes", "1":
                return true;
            case "false", "off", "no", "0":
                return false;
            default:
                throw invalid("true or false");
        }
    }

    int getInt(Properties properties) throws SQLException {
        try {
            int value = Integer.parseInt(get(properties).trim());
            if (value < 0) {
                throw invalid("a non-negative integer");
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid("an integer");
        }
    }

    /** The value is deliberately not in the message: it may be a secret. */
    SQLException invalid(String expected) {
        return new SQLException(SqlErrors.NANA_PREFIX + "property " + propertyName + " must be " + expected,
                SqlErrors.INVALID_PROPERTY);
    }

    DriverPropertyInfo info(Properties given) {
        DriverPropertyInfo info = new DriverPropertyInfo(propertyName, secret ? null : get(given));
        info.description = description;
        info.required = false;
        if (type == Type.BOOLEAN) {
            info.choices = new String[] {"true", "false"};
        }
        return info;
    }
}
