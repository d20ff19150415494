package dev.nana.jdbc;

import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource for pools and frameworks: HikariCP's {@code dataSourceClassName=dev.nana.jdbc.NanaDataSource} with
 * {@code dataSource.url=jdbc:nana:app.db}, or Spring's DataSource bean. There is one bean property per
 * {@link NanaProperty} (a test keeps them in step); sqlite-jdbc settings go in the URL query.
 */
public class NanaDataSource implements DataSource {
    private final Properties properties = new Properties();
    private volatile String url;
    private volatile int loginTimeoutSeconds;
    private volatile PrintWriter logWriter;

    @Override
    public Connection getConnection() throws SQLException {
        return NanaConnection.open(ConnectionSettings.parse(checkedUrl(), snapshot()));
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties given = snapshot();
        given.setProperty(NanaProperty.USER.propertyName(), user);
        given.setProperty(NanaProperty.PASSWORD.propertyName(), password);
        return NanaConnection.open(ConnectionSettings.parse(checkedUrl(), given));
    }

    /**
     * The key-value store of {@code namespace} over this data source. Each operation opens and closes a connection
     * of its own; under load put a pool in front (HikariCP over this data source) and open the store on the pool
     * with {@link KvStore#open(DataSource, String)}.
     */
    public KvStore kv(String namespace) throws SQLException {
        return KvStore.open(this, namespace);
    }

    /** The data source's encryption applies unless the options bring a cipher of their own. */
    public KvStore kv(String namespace, KvOptions options) throws SQLException {
        return KvStore.open(this, namespace, options);
    }

    private String checkedUrl() throws SQLException {
        if (url == null) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "url is not set (e.g. jdbc:nana:app.db)",
                    SqlErrors.INVALID_PROPERTY);
        }
        if (!ConnectionSettings.accepts(url)) {
            throw new SQLException(SqlErrors.NANA_PREFIX + "url must start with " + ConnectionSettings.PREFIX,
                    SqlErrors.INVALID_PROPERTY);
        }
        return url;
    }

    private Properties snapshot() {
        synchronized (properties) {
            Properties copy = new Properties();
            copy.putAll(properties);
            return copy;
        }
    }

    private void set(NanaProperty property, Object value) {
        synchronized (properties) {
            if (value == null) {
                properties.remove(property.propertyName());
            } else {
                properties.setProperty(property.propertyName(), String.valueOf(value));
            }
        }
    }

    private String get(NanaProperty property) {
        synchronized (properties) {
            return property.get(properties);
        }
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public boolean getStrict() {
        return Boolean.parseBoolean(get(NanaProperty.STRICT));
    }

    public void setStrict(boolean strict) {
        set(NanaProperty.STRICT, strict);
    }

    public String getForbiddenFunctions() {
        return get(NanaProperty.FORBIDDEN_FUNCTIONS);
    }

    public void setForbiddenFunctions(String names) {
        set(NanaProperty.FORBIDDEN_FUNCTIONS, names);
    }

    public String getAllowedFunctions() {
        return get(NanaProperty.ALLOWED_FUNCTIONS);
    }

    public void setAllowedFunctions(String names) {
        set(NanaProperty.ALLOWED_FUNCTIONS, names);
    }

    public String getAllowedStatements() {
        return get(NanaProperty.ALLOWED_STATEMENTS);
    }

    public void setAllowedStatements(String kinds) {
        set(NanaProperty.ALLOWED_STATEMENTS, kinds);
    }

    public int getPlanCacheSize() {
        return Integer.parseInt(get(NanaProperty.PLAN_CACHE_SIZE));
    }

    public void setPlanCacheSize(int size) {
        set(NanaProperty.PLAN_CACHE_SIZE, size);
    }

    public int getBusyTimeout() {
        return Integer.parseInt(get(NanaProperty.BUSY_TIMEOUT));
    }

    public void setBusyTimeout(int milliseconds) {
        set(NanaProperty.BUSY_TIMEOUT, milliseconds);
    }

    public int getKvChangeCheck() {
        return Integer.parseInt(get(NanaProperty.KV_CHANGE_CHECK));
    }

    public void setKvChangeCheck(int milliseconds) {
        set(NanaProperty.KV_CHANGE_CHECK, milliseconds);
    }

    public String getJournalMode() {
        return get(NanaProperty.JOURNAL_MODE);
    }

    public void setJournalMode(String mode) {
        set(NanaProperty.JOURNAL_MODE, mode);
    }

    public String getTransactionMode() {
        return get(NanaProperty.TRANSACTION_MODE);
    }

    public void setTransactionMode(String mode) {
        set(NanaProperty.TRANSACTION_MODE, mode);
    }

    public String getSynchronous() {
        return get(NanaProperty.SYNCHRONOUS);
    }

    public void setSynchronous(String mode) {
        set(NanaProperty.SYNCHRONOUS, mode);
    }

    public String getKvSchema() {
        return get(NanaProperty.KV_SCHEMA);
    }

    public void setKvSchema(String schema) {
        set(NanaProperty.KV_SCHEMA, schema);
    }

    public int getMaxValueLength() {
        return Integer.parseInt(get(NanaProperty.MAX_VALUE_LENGTH));
    }

    public void setMaxValueLength(int bytes) {
        set(NanaProperty.MAX_VALUE_LENGTH, bytes);
    }

    public String getDateStorage() {
        return get(NanaProperty.DATE_STORAGE);
    }

    public void setDateStorage(String storage) {
        set(NanaProperty.DATE_STORAGE, storage);
    }

    public String getLocalTimeZone() {
        return get(NanaProperty.LOCAL_TIME_ZONE);
    }

    public void setLocalTimeZone(String zone) {
        set(NanaProperty.LOCAL_TIME_ZONE, zone);
    }

    /** Write-only: there is no getter, so a bean dump cannot print the key. */
    public void setEncryptionKey(String base64) {
        set(NanaProperty.ENCRYPTION_KEY, base64);
    }

    /** Write-only, like the key. */
    public void setEncryptionPassword(String passphrase) {
        set(NanaProperty.ENCRYPTION_PASSWORD, passphrase);
    }

    public String getEncryptColumns() {
        return get(NanaProperty.ENCRYPT_COLUMNS);
    }

    public void setEncryptColumns(String columns) {
        set(NanaProperty.ENCRYPT_COLUMNS, columns);
    }

    public String getEncryptSearchable() {
        return get(NanaProperty.ENCRYPT_SEARCHABLE);
    }

    public void setEncryptSearchable(String columns) {
        set(NanaProperty.ENCRYPT_SEARCHABLE, columns);
    }

    public String getEncryptionKeyFile() {
        return get(NanaProperty.ENCRYPTION_KEY_FILE);
    }

    public void setEncryptionKeyFile(String path) {
        set(NanaProperty.ENCRYPTION_KEY_FILE, path);
    }

    public String getEncryptionKeyEnv() {
        return get(NanaProperty.ENCRYPTION_KEY_ENV);
    }

    public void setEncryptionKeyEnv(String variable) {
        set(NanaProperty.ENCRYPTION_KEY_ENV, variable);
    }

    public String getEncryptionKeyId() {
        return get(NanaProperty.ENCRYPTION_KEY_ID);
    }

    public void setEncryptionKeyId(String id) {
        set(NanaProperty.ENCRYPTION_KEY_ID, id);
    }

    public String getEncryptionMode() {
        return get(NanaProperty.ENCRYPTION_MODE);
    }

    public void setEncryptionMode(String mode) {
        set(NanaProperty.ENCRYPTION_MODE, mode);
    }

    public String getEncryptionFormat() {
        return get(NanaProperty.ENCRYPTION_FORMAT);
    }

    public void setEncryptionFormat(String format) {
        set(NanaProperty.ENCRYPTION_FORMAT, format);
    }

    public boolean getEncryptionMigration() {
        return Boolean.parseBoolean(get(NanaProperty.ENCRYPTION_MIGRATION));
    }

    public void setEncryptionMigration(boolean migration) {
        set(NanaProperty.ENCRYPTION_MIGRATION, migration);
    }

    public String getApplicationFunctions() {
        return get(NanaProperty.APPLICATION_FUNCTIONS);
    }

    public void setApplicationFunctions(String classNames) {
        set(NanaProperty.APPLICATION_FUNCTIONS, classNames);
    }

    public boolean getAllowBackendUnwrap() {
        return Boolean.parseBoolean(get(NanaProperty.ALLOW_BACKEND_UNWRAP));
    }

    public void setAllowBackendUnwrap(boolean allowed) {
        set(NanaProperty.ALLOW_BACKEND_UNWRAP, allowed);
    }

    public String getUser() {
        return get(NanaProperty.USER);
    }

    public void setUser(String user) {
        set(NanaProperty.USER, user);
    }

    /** Write-only in spirit: there is no getter, so a bean dump cannot print it. */
    public void setPassword(String password) {
        set(NanaProperty.PASSWORD, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    /** Opening an embedded database does not wait on anything, so the timeout is kept for the interface only. */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("dev.nana.jdbc");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Unwrapping.unwrap(this, null, false, type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Unwrapping.isWrapperFor(this, null, false, type);
    }
}
