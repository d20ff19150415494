package dev.nana.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The backend's metadata, with nana as the driver. The product name stays {@code SQLite}, so ORMs pick their SQLite
 * dialect: that is the dialect nana speaks on every backend.
 */
public final class NanaDatabaseMetaData extends DelegatingDatabaseMetaData {
    private final NanaConnection connection;

    NanaDatabaseMetaData(NanaConnection connection, DatabaseMetaData rawDatabaseMetaData) {
        super(rawDatabaseMetaData, connection.errors);
        this.connection = connection;
    }

    @Override
    ResultSet wrap(ResultSet raw) {
        return raw == null ? null : new NanaResultSet(connection, null, raw);
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public String getDatabaseProductName() {
        return "SQLite";
    }

    @Override
    public String getDriverName() {
        return DriverVersion.NAME;
    }

    @Override
    public String getDriverVersion() {
        return DriverVersion.VERSION;
    }

    @Override
    public int getDriverMajorVersion() {
        return DriverVersion.MAJOR;
    }

    @Override
    public int getDriverMinorVersion() {
        return DriverVersion.MINOR;
    }

    @Override
    public String getURL() {
        return connection.url();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return Unwrapping.unwrap(this, rawDatabaseMetaData, connection.backendUnwrap(), type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return Unwrapping.isWrapperFor(this, rawDatabaseMetaData, connection.backendUnwrap(), type);
    }
}
