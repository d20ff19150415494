package dev.nana.jdbc;

import java.sql.SQLException;

/**
 * The SQLState nana reports for an error raw sqlite-jdbc raised (docs/errors.md), for suites outside this package:
 * sqlite-jdbc itself leaves most SQLStates empty, and what a PostgreSQL backend must match is nana's own answer.
 */
public final class NanaSqlStates {

    private NanaSqlStates() {}

    public static String of(SQLException sqliteError) {
        return SqliteErrors.INSTANCE.translate(sqliteError).getSQLState();
    }
}
