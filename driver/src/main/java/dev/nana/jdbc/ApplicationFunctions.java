package dev.nana.jdbc;

import java.sql.SQLException;

/**
 * Registers the application's SQL functions on each new connection. Name the class (public, with a public
 * no-argument constructor) in property {@code applicationFunctions}, and every connection, also those a pool such as
 * HikariCP opens, has the functions before it is handed out:
 * <pre>{@code
 * public class ShopFunctions implements ApplicationFunctions {
 *     public void registerOn(NanaConnection connection) throws SQLException {
 *         connection.createDeterministicFunction("slug", 1, args -> args[0] == null ? null
 *                 : args[0].toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
 *     }
 * }
 * }</pre>
 */
public interface ApplicationFunctions {
    void registerOn(NanaConnection connection) throws SQLException;
}
