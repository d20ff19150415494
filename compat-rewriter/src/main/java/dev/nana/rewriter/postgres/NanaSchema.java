package dev.nana.rewriter.postgres;

/**
 * The trigger function that gives a PostgreSQL table SQLite's rowid keys ({@link IntegerPrimaryKey}): a row inserted
 * with a NULL key gets the largest key so far plus one, as SQLite assigns it without AUTOINCREMENT. Inserts that
 * need a key take a transaction-long lock on the table's key, so two transactions never compute the same one; READ
 * COMMITTED lets the second see the first's row once it has the lock. The driver installs it before it runs a
 * statement that calls it.
 */
public final class RowidFunction {
    /** The function as the rewritten DDL calls it. */
    public static final String NAME = "nana.assign_rowid";

    /** The first key of the advisory locks nana takes: "nana" in ASCII. */
    private static final int LOCK_SPACE = 0x6e616e61;

    /**
     * Creates the schema {@code nana} and the function unless the function exists, under a lock so that connections
     * creating tables at the same moment do not race; within one statement, so the lock lasts until it commits.
     */
    public static final String INSTALL = "DO $nana$ BEGIN\n"
            + "  PERFORM pg_advisory_xact_lock(" + LOCK_SPACE + ", 0);\n"
            + "  IF to_regprocedure('" + NAME + "()') IS NULL THEN\n"
            + "    CREATE SCHEMA IF NOT EXISTS nana;\n"
            + "    CREATE FUNCTION " + NAME + "() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
            + "      DECLARE\n"
            + "        next_key bigint;\n"
            + "      BEGIN\n"
            + "        PERFORM pg_advisory_xact_lock(" + LOCK_SPACE + ", TG_RELID::int);\n"
            + "        EXECUTE format('SELECT coalesce(max(%I), 0) + 1 FROM %I.%I', TG_ARGV[0], TG_TABLE_SCHEMA,"
            + " TG_TABLE_NAME) INTO next_key;\n"
            + "        RETURN jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], next_key));\n"
            + "      END\n"
            + "    $body$;\n"
            + "  END IF;\n"
            + "END $nana$";

    private RowidFunction() {
    }
}
