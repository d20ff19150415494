package dev.nana.rewriter.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What nana keeps on a PostgreSQL server in its schema {@code nana} (created by {@code nana-schema.sql}), for the rules
 * that emulate SQLite's rowid keys ({@link IntegerPrimaryKey}), last_insert_rowid() ({@link LastInsertRowid}), the
 * catalogue tables and pragmas ({@link CatalogRecord}, {@link CatalogTables}, {@link Pragmas}) and SQLite's functions
 * ({@link DateTime}, {@link LikeGlob}, {@link StringFunctions}). Inserts that need a key take a transaction-long lock
 * on the table's key, so two transactions never compute the same one; READ COMMITTED lets the second see the first's
 * row once it has the lock. The driver installs it before it runs a statement that {@link #isNeededBy needs it}.
 */
public final class NanaSchema {
    /** Gives a row inserted with a NULL key the largest key so far plus one, as SQLite does without AUTOINCREMENT. */
    static final String ASSIGN_ROWID = "nana.assign_rowid";
    /**
     * Gives a row inserted with a NULL key one more than the largest key the table ever held (its row in
     * {@link #SEQUENCE}, or its largest key now if larger), and records every key inserted, as SQLite's AUTOINCREMENT
     * does in sqlite_sequence: in the inserting transaction, so a rollback takes the record back.
     */
    static final String ASSIGN_AUTOINCREMENT = "nana.assign_autoincrement";
    /** sqlite_sequence's rows by table: the largest key each AUTOINCREMENT table ever held. */
    static final String SEQUENCE = "nana.sequence";
    /** sqlite_sequence as SQLite shows it, {@code (name, seq)}, for the tables visible on the search path. */
    static final String SEQUENCE_VIEW = "nana.sqlite_sequence";
    /** The name and DDL of each table, index and view created through nana, as SQLite keeps them in sqlite_master. */
    static final String DDL = "nana.ddl";
    /**
     * ALTER TABLE's changes to the records ({@link AlterTableRecord}): {@code (relid, old name, new name, is a column)}
     * for RENAME, {@code (relid, definition, ARRAY[name, type, default])} for ADD, {@code (relid, name)} for DROP.
     */
    static final String DDL_RENAMED = "nana.ddl_renamed";
    static final String DDL_COLUMN_ADDED = "nana.ddl_column_added";
    static final String DDL_COLUMN_DROPPED = "nana.ddl_column_dropped";
    /** A sum as SQLite's: "integer overflow" (HY000) for a whole sum past 64 bits (rule integer-sum). */
    static final String INTEGER_SUM = "nana.integer_sum";
    /** SQLite's {@code ->}: the JSON text at a path, a key or an index (rule json-functions). */
    static final String JSON_ARROW = "nana.->";
    /** SQLite's CAST by affinity (rule casts): one function per target, one version per argument type. */
    static final String CAST_INTEGER = "nana.cast_integer";
    static final String CAST_REAL = "nana.cast_real";
    static final String CAST_NUMERIC = "nana.cast_numeric";
    static final String CAST_BLOB = "nana.cast_blob";
    static final String CAST_TEXT = "nana.cast_text";
    /** SQLite's NOCASE: an ICU collation that ignores case (rule collations). */
    static final String NOCASE = "nana.nocase";
    /**
     * Refuses a write to a view as SQLite does, unless another INSTEAD OF trigger of the view takes the event: the
     * function of trigger {@link #VIEW_READ_ONLY_TRIGGER}, which every view created through nana has.
     */
    static final String VIEW_READ_ONLY = "nana.view_read_only";
    static final String VIEW_READ_ONLY_TRIGGER = "nana_view_read_only";
    /** The name and DDL of each trigger created through nana, by the trigger's OID, for sqlite_master. */
    static final String TRIGGERS = "nana.trigger";
    /** Whether a trigger created through nana has the name in the schema of the table ({@code name, table}). */
    static final String TRIGGER_EXISTS = "nana.trigger_exists";
    /**
     * {@code (relid, name)}: false if the trigger is running already (SQLite does not fire a trigger from its own
     * body), else marks it running, for the transaction, until {@link #TRIGGER_LEFT}.
     */
    static final String TRIGGER_ENTERED = "nana.trigger_entered";
    static final String TRIGGER_LEFT = "nana.trigger_left";
    /** SQLite's RAISE(ABORT, message): fails the statement with 23000, as SQLITE_CONSTRAINT_TRIGGER. */
    static final String RAISE_ABORT = "nana.raise_abort";
    /** SQLite's RAISE(IGNORE): raises {@link CreateTrigger#IGNORED}, which the trigger function turns into NULL. */
    static final String RAISE_IGNORE = "nana.raise_ignore";
    /** SQLite's DROP TRIGGER {@code (name, if_exists)}: the trigger of that name created through nana, and its function. */
    static final String DROP_TRIGGER = "nana.drop_trigger";
    /** The values of the pragmas SQLite keeps in the database file ({@code user_version}, {@code application_id}). */
    static final String PRAGMAS = "nana.pragma";
    /** PRAGMA table_info's rows for a table named as SQLite names it (any case). */
    static final String TABLE_INFO = "nana.table_info";
    /** PRAGMA index_list, index_info and foreign_key_list's rows, for a table (an index) named as SQLite names it. */
    static final String INDEX_LIST = "nana.index_list";
    static final String INDEX_INFO = "nana.index_info";
    static final String FOREIGN_KEY_LIST = "nana.foreign_key_list";
    /** sqlite_master, {@code (type, name, tbl_name, rootpage, sql)}, for the current schema. */
    static final String MASTER_VIEW = "nana.sqlite_master";
    /** sqlite_temp_master, for the session's temporary schema. */
    static final String TEMP_MASTER_VIEW = "nana.sqlite_temp_master";

    /** Records the key of each row inserted into a table with a rowid, after the insert: skipped rows record none. */
    static final String RECORD_ROWID = "nana.record_rowid";
    /**
     * The session setting in which {@link #RECORD_ROWID} records each row inserted, as {@code "<count> <key>"}:
     * SQLite's last_insert_rowid(), and a count that tells an insert of the same key again from none.
     */
    public static final String LAST_INSERT = "nana.last_insert";
    /** {@code last_insert_rowid()}: 0 before the session's first insert, as in SQLite. */
    static final String LAST_INSERT_ROWID = "coalesce(nullif(split_part(current_setting('" + LAST_INSERT
            + "', true), ' ', 2), ''), '0')::bigint";

    /**
     * The session settings that changes() and total_changes() read (rule changes): the rows the connection's latest
     * INSERT, UPDATE or DELETE changed, and all of them since it opened, as the driver counts them.
     */
    public static final String CHANGES = "nana.changes";
    public static final String TOTAL_CHANGES = "nana.total_changes";

    /** Marks the schema as this version's, in its comment: change it whenever nana-schema.sql changes. */
    private static final String VERSION = "nana schema 16";
    /** Creates or replaces it all unless the schema is this version's. */
    private static final String INSTALL = load("nana-schema.sql").replace("${version}", VERSION);
    /** One row, true when the schema is this version's. */
    private static final String CURRENT = "SELECT coalesce(obj_description(to_regnamespace('nana'),"
            + " 'pg_namespace'), '') = '" + VERSION + "'";

    /**
     * Forgets the records of tables that are gone, whose OIDs a new table may reuse: run as an AUTOINCREMENT table is
     * created, before its trigger exists, so it starts from nothing as in SQLite, and a table that already existed
     * (IF NOT EXISTS) keeps its record.
     */
    static final String STALE_SEQUENCES_DELETED = "DELETE FROM " + SEQUENCE + " s WHERE NOT EXISTS (SELECT FROM"
            + " pg_trigger t WHERE t.tgrelid = s.relid AND t.tgfoid = '" + ASSIGN_AUTOINCREMENT + "'::regproc)";

    /** Forgets the DDL of objects that are gone, before a new object (which may reuse an OID) is recorded. */
    static final String STALE_DDL_DELETED = "DELETE FROM " + DDL + " d WHERE NOT EXISTS (SELECT FROM pg_class c"
            + " WHERE c.oid = d.relid)";

    /** Forgets the records of triggers that are gone, before a new one (which may reuse an OID) is recorded. */
    static final String STALE_TRIGGERS_DELETED = "DELETE FROM " + TRIGGERS + " d WHERE NOT EXISTS (SELECT FROM"
            + " pg_trigger t WHERE t.oid = d.tgoid)";

    private NanaSchema() {
    }

    private static String load(String resource) {
        try (InputStream in = NanaSchema.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The statement that installs it (a method, not a constant: a constant would be compiled into the driver's
     * classes, and a driver built against an older rewriter would install an older schema).
     */
    public static String install() {
        return INSTALL;
    }

    /** A query of one boolean: whether the schema on the server is this version's. */
    public static String isCurrent() {
        return CURRENT;
    }

    /** Whether the rewritten {@code sql} reads {@link #CHANGES} or {@link #TOTAL_CHANGES}. */
    public static boolean readsChanges(String sql) {
        return sql.contains("current_setting('" + CHANGES + "'") || sql.contains("current_setting('" + TOTAL_CHANGES
                + "'");
    }

    /** Whether the rewritten {@code sql} uses anything of nana's schema (or has its name in a string). */
    public static boolean isNeededBy(String sql) {
        return sql.contains("nana.");
    }
}
