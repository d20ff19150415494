package dev.nana.jdbc;

import java.sql.SQLException;

/**
 * One backend's errors as the SQLStates and SQLException subclasses sqlite-jdbc users get (docs/errors.md).
 * Translating nana's own errors, or one already translated, returns it unchanged.
 */
interface ErrorTranslator {
    SQLException translate(SQLException e);

    /** Runs {@code call} on the backend, its failure translated. */
    default <T> T translated(NanaConnection.SqlCall<T> call) throws SQLException {
        try {
            return call.call();
        } catch (SQLException e) {
            throw translate(e);
        }
    }
}
