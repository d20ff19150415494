package dev.nana.jdbc;

import java.sql.SQLException;

/**
 * A scalar SQL function of the application, registered with {@link NanaConnection#createFunction} or, for every
 * connection of a pool, by an {@link ApplicationFunctions} class named in property {@code applicationFunctions}.
 */
@FunctionalInterface
public interface SqlFunction {
    /**
     * @param arguments the SQL arguments, each a {@code Long}, {@code Double}, {@code String}, {@code byte[]} or
     *                  null, as SQLite holds them
     * @return null, a {@code Long}, {@code Integer}, {@code Short}, {@code Byte}, {@code Double}, {@code Float},
     *         {@code Boolean} (1 or 0), {@code String} or {@code byte[]}; anything else fails the statement
     * @throws SQLException to fail the statement; its message becomes the statement's error
     */
    Object apply(Object... arguments) throws SQLException;
}
