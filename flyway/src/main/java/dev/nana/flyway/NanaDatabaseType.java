package dev.nana.flyway;

import java.sql.Connection;
import org.flywaydb.core.internal.database.sqlite.SQLiteDatabaseType;

/**
 * Flyway's database plugin for {@code jdbc:nana:} URLs, found by Flyway through
 * META-INF/services/org.flywaydb.core.extensibility.Plugin.
 *
 * <p>Flyway uses a database type twice: by URL, to pick the JDBC driver when it opens the URL itself
 * ({@code Flyway.configure().dataSource(url, ...)}, {@code spring.flyway.url}, the Maven plugin), and by the
 * connection's metadata, to pick the dialect that runs the migrations. This type takes part only in the first:
 * it claims the {@code jdbc:nana:} prefix and nothing else, and names nana's driver. It claims no product name, so
 * the dialect comes from the connection as for any DataSource: nana reports {@code SQLite}, and Flyway's own SQLite
 * support (parser, schema history, clean) runs, exactly as it does for a nana DataSource. Where Flyway asks the
 * URL's type itself for anything else, it gets SQLite's answers from the superclass.
 *
 * <p>Priority: the default, 0. A positive priority (CockroachDB's 1) is for a type that must be asked before a type
 * it narrows; this one narrows none and shares its URL prefix with none, so no order among Flyway's types can make
 * it win anything but {@code jdbc:nana:}.
 */
public final class NanaDatabaseType extends SQLiteDatabaseType {
    static final String URL_PREFIX = "jdbc:nana:";
    static final String DRIVER_CLASS = "dev.nana.jdbc.NanaDriver";

    /** Not "SQLite": Flyway also looks types up by this name (engine names), where SQLite's own must answer. */
    @Override
    public String getName() {
        return "nana";
    }

    @Override
    public boolean handlesJDBCUrl(String url) {
        return url.startsWith(URL_PREFIX);
    }

    @Override
    public String getDriverClass(String url, ClassLoader classLoader) {
        return DRIVER_CLASS;
    }

    /** The connection's own product name decides its dialect (SQLite for nana's SQLite backend). */
    @Override
    public boolean handlesDatabaseProductNameAndVersion(String databaseProductName, String databaseProductVersion,
                                                        Connection connection) {
        return false;
    }
}
