package dev.nana.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The {@code jdbc:nana:} driver. Registered through META-INF/services and, for class-loading containers, on
 * class initialisation. URL forms: {@code jdbc:nana:app.db}, {@code jdbc:nana::memory:},
 * {@code jdbc:nana:file:app.db?mode=ro}; properties go in the URL query or in Properties (docs/properties.md).
 */
public final class NanaDriver implements Driver {
    static {
        try {
            DriverManager.registerDriver(new NanaDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        return NanaConnection.open(ConnectionSettings.parse(url, info));
    }

    @Override
    public boolean acceptsURL(String url) {
        return ConnectionSettings.accepts(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        Properties given = info == null ? new Properties() : info;
        return Arrays.stream(NanaProperty.values()).map(property -> property.info(given))
                .toArray(DriverPropertyInfo[]::new);
    }

    @Override
    public int getMajorVersion() {
        return DriverVersion.MAJOR;
    }

    @Override
    public int getMinorVersion() {
        return DriverVersion.MINOR;
    }

    /** SQLite is not SQL-92 entry-level complete (no RIGHT JOIN before 3.39, loose typing). */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("dev.nana.jdbc");
    }
}
