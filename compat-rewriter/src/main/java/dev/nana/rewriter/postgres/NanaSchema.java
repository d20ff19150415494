package dev.nana.rewriter.postgres;

/**
 * What nana keeps on a PostgreSQL server in its schema {@code nana}, for the rules that emulate SQLite's rowid keys
 * ({@link IntegerPrimaryKey}), last_insert_rowid() ({@link LastInsertRowid}) and SQLite's catalogue tables
 * ({@link CatalogRecord}, {@link CatalogTables}). Inserts that need a key take a
 * transaction-long lock on the table's key, so two transactions never compute the same one; READ COMMITTED lets the
 * second see the first's row once it has the lock. The driver installs it all before it runs a statement that
 * {@link #isNeededBy needs it}.
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
    /** The values of the pragmas SQLite keeps in the database file ({@code user_version}, {@code application_id}). */
    static final String PRAGMAS = "nana.pragma";
    /** PRAGMA table_info's rows for a table named as SQLite names it (any case). */
    static final String TABLE_INFO = "nana.table_info";
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

    /** Marks the schema as this version's: a database set up by an older nana gets the objects replaced. */
    private static final String VERSION = "nana schema 8";
    /** The first key of the advisory locks nana takes: "nana" in ASCII. */
    private static final int LOCK_SPACE = 0x6e616e61;

    private static final String KEY_LOCK = "          PERFORM pg_advisory_xact_lock(" + LOCK_SPACE + ", TG_RELID::int);\n";
    private static final String LARGEST_KEY = "          EXECUTE format('SELECT coalesce(max(%I), 0) FROM %I.%I',"
            + " TG_ARGV[0], TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO next_key;\n";
    private static final String KEY_ASSIGNED = "          NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0],"
            + " next_key));\n";
    private static final String KEY_RECORDED = "        PERFORM set_config('" + LAST_INSERT + "', (coalesce(nullif("
            + "split_part(current_setting('" + LAST_INSERT + "', true), ' ', 1), ''), '0')::bigint + 1) || ' ' ||"
            + " next_key, false);\n";
    private static final String KEY_GIVEN = "        next_key bigint := (to_jsonb(NEW) ->> TG_ARGV[0])::bigint;\n";

    /**
     * Creates or replaces it all unless it is this version's, under a lock so that connections creating tables at the
     * same moment do not race; within one statement, so the lock lasts until it commits.
     */
    private static final String INSTALL = "DO $nana$ BEGIN\n"
            + "  IF coalesce(obj_description(to_regnamespace('nana'), 'pg_namespace'), '') = '" + VERSION + "' THEN\n"
            + "    RETURN;\n"
            + "  END IF;\n"
            + "  PERFORM pg_advisory_xact_lock(" + LOCK_SPACE + ", 0);\n"
            + "  IF coalesce(obj_description(to_regnamespace('nana'), 'pg_namespace'), '') = '" + VERSION + "' THEN\n"
            + "    RETURN;\n"
            + "  END IF;\n"
            + "  CREATE SCHEMA IF NOT EXISTS nana;\n"
            + "  CREATE OR REPLACE FUNCTION " + ASSIGN_ROWID + "() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
            + "      DECLARE\n"
            + KEY_GIVEN
            + "      BEGIN\n"
            + "        IF next_key IS NULL THEN\n"
            + KEY_LOCK
            + LARGEST_KEY
            + "          next_key := next_key + 1;\n"
            + KEY_ASSIGNED
            + "        END IF;\n"
            + "        RETURN NEW;\n"
            + "      END\n"
            + "    $body$;\n"
            + "  CREATE OR REPLACE FUNCTION " + RECORD_ROWID + "() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
            + "      DECLARE\n"
            + KEY_GIVEN
            + "      BEGIN\n"
            + KEY_RECORDED
            + "        RETURN NULL;\n"
            + "      END\n"
            + "    $body$;\n"
            + "  CREATE TABLE IF NOT EXISTS " + SEQUENCE + "(relid oid PRIMARY KEY, seq bigint NOT NULL);\n"
            + "  CREATE TABLE IF NOT EXISTS " + DDL + "(relid oid PRIMARY KEY, name text NOT NULL, sql text NOT NULL,"
            + " columns text[]);\n"
            + "  ALTER TABLE " + DDL + " ADD COLUMN IF NOT EXISTS columns text[];\n"
            + "  CREATE TABLE IF NOT EXISTS " + PRAGMAS + "(name text PRIMARY KEY, value bigint NOT NULL);\n"
            + "  CREATE OR REPLACE FUNCTION " + ASSIGN_AUTOINCREMENT + "() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
            + "      DECLARE\n"
            + KEY_GIVEN
            + "        used bigint;\n"
            + "      BEGIN\n"
            + "        IF next_key IS NULL THEN\n"
            + KEY_LOCK
            + LARGEST_KEY
            + "          SELECT seq INTO used FROM " + SEQUENCE + " WHERE relid = TG_RELID;\n"
            + "          next_key := greatest(next_key, used) + 1;\n"
            + KEY_ASSIGNED
            + "        END IF;\n"
            + "        INSERT INTO " + SEQUENCE + " AS s VALUES (TG_RELID, greatest(next_key, 0))\n"
            + "          ON CONFLICT (relid) DO UPDATE SET seq = greatest(s.seq, excluded.seq);\n"
            + "        RETURN NEW;\n"
            + "      END\n"
            + "    $body$;\n"
            + "  CREATE OR REPLACE VIEW " + SEQUENCE_VIEW + " AS SELECT coalesce(d.name, c.relname) AS name, s.seq FROM "
            + SEQUENCE + " s\n"
            + "    JOIN pg_class c ON c.oid = s.relid LEFT JOIN " + DDL + " d ON d.relid = s.relid WHERE pg_table_is_visible(c.oid) AND EXISTS (SELECT FROM"
            + " pg_trigger t\n"
            + "    WHERE t.tgrelid = s.relid AND t.tgfoid = '" + ASSIGN_AUTOINCREMENT + "'::regproc);\n"
            + "  CREATE OR REPLACE FUNCTION nana.write_sqlite_sequence() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
            + "      BEGIN\n"
            + "        IF TG_OP <> 'INSERT' THEN\n"
            + "          DELETE FROM " + SEQUENCE + " WHERE relid = to_regclass(quote_ident(OLD.name));\n"
            + "        END IF;\n"
            + "        IF TG_OP <> 'DELETE' AND to_regclass(quote_ident(NEW.name)) IS NOT NULL THEN\n"
            + "          INSERT INTO " + SEQUENCE + " AS s VALUES (to_regclass(quote_ident(NEW.name)), NEW.seq)\n"
            + "            ON CONFLICT (relid) DO UPDATE SET seq = excluded.seq;\n"
            + "        END IF;\n"
            + "        RETURN coalesce(NEW, OLD);\n"
            + "      END\n"
            + "    $body$;\n"
            + "  CREATE OR REPLACE TRIGGER write INSTEAD OF INSERT OR UPDATE OR DELETE ON " + SEQUENCE_VIEW
            + " FOR EACH ROW EXECUTE FUNCTION nana.write_sqlite_sequence();\n"
            + "  CREATE OR REPLACE FUNCTION nana.catalog(schema oid) RETURNS TABLE(type text, name text, tbl_name text,"
            + " rootpage bigint, sql text) LANGUAGE sql STABLE AS $body$\n"
            + "    SELECT o.type, CASE WHEN o.auto THEN 'sqlite_autoindex_' || o.tbl_name || '_' || row_number() OVER"
            + " (PARTITION BY o.tbl_name, o.auto ORDER BY o.oid) ELSE o.name END, o.tbl_name, o.rootpage, o.sql\n"
            + "    FROM (SELECT c.oid, CASE c.relkind WHEN 'v' THEN 'view' WHEN 'i' THEN 'index' ELSE 'table' END AS type,\n"
            + "        coalesce(d.name, c.relname) AS name, coalesce(td.name, t.relname, d.name, c.relname) AS tbl_name,\n"
            + "        CASE c.relkind WHEN 'v' THEN 0 ELSE c.oid::bigint END AS rootpage,\n"
            + "        d.sql IS NULL AND EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = c.oid AND k.contype IN"
            + " ('p', 'u')) AS auto,\n"
            + "        coalesce(d.sql, CASE c.relkind\n"
            + "          WHEN 'v' THEN 'CREATE VIEW ' || quote_ident(c.relname) || ' AS ' || pg_get_viewdef(c.oid)\n"
            + "          WHEN 'i' THEN CASE WHEN EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = c.oid) THEN NULL"
            + " ELSE pg_get_indexdef(c.oid) END\n"
            + "          ELSE 'CREATE TABLE ' || quote_ident(c.relname) || '(' || (SELECT string_agg(quote_ident(a.attname)"
            + " || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) FROM pg_attribute a\n"
            + "            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) || ')' END) AS sql\n"
            + "      FROM pg_class c LEFT JOIN pg_index x ON x.indexrelid = c.oid LEFT JOIN pg_class t ON t.oid ="
            + " x.indrelid\n"
            + "        LEFT JOIN " + DDL + " d ON d.relid = c.oid LEFT JOIN " + DDL + " td ON td.relid = t.oid\n"
            + "      WHERE c.relnamespace = schema AND c.relkind IN ('r', 'p', 'v', 'i')\n"
            + "        AND NOT coalesce(x.indisprimary AND EXISTS (SELECT FROM pg_trigger r WHERE r.tgrelid = x.indrelid"
            + " AND r.tgname = 'nana_rowid'), false)) o\n"
            + "    ORDER BY o.oid\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE VIEW " + MASTER_VIEW + " AS SELECT * FROM nana.catalog(to_regnamespace(current_schema()));\n"
            + "  CREATE OR REPLACE VIEW " + TEMP_MASTER_VIEW + " AS SELECT * FROM nana.catalog(pg_my_temp_schema());\n"
            + "  CREATE OR REPLACE FUNCTION " + TABLE_INFO + "(target text) RETURNS TABLE(cid bigint, name text,"
            + " type text, \"notnull\" bigint, dflt_value text, pk bigint) LANGUAGE sql STABLE AS $body$\n"
            + "    SELECT (row_number() OVER (ORDER BY a.attnum) - 1)::bigint, coalesce(w.written, a.attname::text),\n"
            + "      coalesce(w.declared, CASE format_type(a.atttypid, a.atttypmod) WHEN 'bigint' THEN 'INTEGER'"
            + " WHEN 'integer' THEN 'INTEGER' WHEN 'text' THEN 'TEXT' WHEN 'double precision' THEN 'REAL'"
            + " WHEN 'bytea' THEN 'BLOB' ELSE upper(format_type(a.atttypid, a.atttypmod)) END),\n"
            + "      (a.attnotnull AND k.n IS NULL)::int::bigint,\n"
            + "      CASE WHEN w.written IS NULL THEN pg_get_expr(ad.adbin, ad.adrelid) ELSE w.dflt END,"
            + " coalesce(k.n, 0)::bigint\n"
            + "    FROM (SELECT coalesce((SELECT d.relid FROM " + DDL + " d JOIN pg_class c ON c.oid = d.relid"
            + " WHERE lower(d.name) = lower(target)\n"
            + "        AND c.relnamespace = to_regnamespace(current_schema()) AND c.relkind IN ('r', 'p', 'v') LIMIT 1),"
            + " to_regclass(quote_ident(lower(target)))) AS relid) t\n"
            + "    JOIN pg_attribute a ON a.attrelid = t.relid AND a.attnum > 0 AND NOT a.attisdropped\n"
            + "    LEFT JOIN " + DDL + " d ON d.relid = t.relid\n"
            + "    LEFT JOIN LATERAL (SELECT d.columns[i][1] AS written, d.columns[i][2] AS declared, d.columns[i][3]"
            + " AS dflt FROM generate_subscripts(d.columns, 1) i WHERE lower(d.columns[i][1]) = lower(a.attname)"
            + " LIMIT 1) w ON true\n"
            + "    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum\n"
            + "    LEFT JOIN pg_index x ON x.indrelid = t.relid AND x.indisprimary\n"
            + "    LEFT JOIN LATERAL (SELECT o.n FROM unnest(x.indkey) WITH ORDINALITY o(attnum, n)"
            + " WHERE o.attnum = a.attnum) k ON true\n"
            + "    ORDER BY a.attnum\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.sqlite_time(args text[]) RETURNS timestamp LANGUAGE plpgsql STABLE AS $body$\n"
            + "    DECLARE\n"
            + "      value text := btrim(args[1]);\n"
            + "      ts timestamp;\n"
            + "      m text;\n"
            + "      parts text[];\n"
            + "      n numeric;\n"
            + "      day_of_month int;\n"
            + "      first_modifier int := 2;\n"
            + "    BEGIN\n"
            + "      IF value IS NULL THEN\n"
            + "        RETURN NULL;\n"
            + "      END IF;\n"
            + "      IF value ~ '^[-+]?[0-9]+(\\.[0-9]*)?$' THEN\n"
            + "        IF lower(btrim(args[2])) = 'unixepoch' THEN\n"
            + "          ts := to_timestamp(value::double precision) AT TIME ZONE 'UTC';\n"
            + "          first_modifier := 3;\n"
            + "        ELSE\n"
            + "          ts := to_timestamp((value::double precision - 2440587.5) * 86400) AT TIME ZONE 'UTC';\n"
            + "          first_modifier := CASE WHEN lower(btrim(args[2])) IN ('julianday', 'auto') THEN 3 ELSE 2 END;\n"
            + "        END IF;\n"
            + "      ELSIF lower(value) = 'now' THEN\n"
            + "        ts := date_trunc('milliseconds', statement_timestamp() AT TIME ZONE 'UTC');\n"
            + "      ELSE\n"
            + "        parts := regexp_match(value, '^([0-9]{4}-[0-9]{2}-[0-9]{2})?(?:[ T]?([0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?))?\\s*(z|[-+][0-9]{2}:[0-9]{2})?$', 'i');\n"
            + "        IF parts IS NULL OR parts[1] IS NULL AND parts[2] IS NULL THEN\n"
            + "          RETURN NULL;\n"
            + "        END IF;\n"
            + "        BEGIN\n"
            + "          ts := (coalesce(parts[1], '2000-01-01') || ' ' || coalesce(parts[2], '00:00:00'))::timestamp;\n"
            + "        EXCEPTION WHEN others THEN\n"
            + "          RETURN NULL;\n"
            + "        END;\n"
            + "        IF parts[3] IS NOT NULL AND lower(parts[3]) <> 'z' THEN\n"
            + "          ts := ts - parts[3]::interval;\n"
            + "        END IF;\n"
            + "      END IF;\n"
            + "      FOR i IN first_modifier .. coalesce(array_length(args, 1), 1) LOOP\n"
            + "        m := lower(btrim(args[i]));\n"
            + "        parts := regexp_match(m, '^([-+]?[0-9]+(?:\\.[0-9]*)?)\\s+(year|month|day|hour|minute|second)s?$');\n"
            + "        IF m IS NULL THEN\n"
            + "          RETURN NULL;\n"
            + "        ELSIF parts IS NOT NULL AND parts[2] IN ('year', 'month') THEN\n"
            + "          n := parts[1]::numeric * CASE parts[2] WHEN 'year' THEN 12 ELSE 1 END;\n"
            + "          day_of_month := extract(day FROM ts)::int;\n"
            + "          ts := date_trunc('month', ts) + make_interval(months => trunc(n)::int) + make_interval(days => day_of_month - 1)\n"
            + "            + (ts - date_trunc('day', ts));\n"
            + "        ELSIF parts IS NOT NULL THEN\n"
            + "          ts := ts + parts[1]::numeric * ('1 ' || parts[2])::interval;\n"
            + "        ELSIF m = 'start of month' THEN\n"
            + "          ts := date_trunc('month', ts);\n"
            + "        ELSIF m = 'start of year' THEN\n"
            + "          ts := date_trunc('year', ts);\n"
            + "        ELSIF m = 'start of day' THEN\n"
            + "          ts := date_trunc('day', ts);\n"
            + "        ELSIF m ~ '^weekday [0-6]$' THEN\n"
            + "          ts := ts + make_interval(days => (substr(m, 9)::int - extract(dow FROM ts)::int + 7) % 7);\n"
            + "        ELSIF m = 'localtime' THEN\n"
            + "          ts := (ts AT TIME ZONE 'UTC') AT TIME ZONE current_setting('TimeZone');\n"
            + "        ELSIF m = 'utc' THEN\n"
            + "          ts := (ts AT TIME ZONE current_setting('TimeZone')) AT TIME ZONE 'UTC';\n"
            + "        ELSIF m NOT IN ('subsec', 'subsecond') THEN\n"
            + "          RETURN NULL;\n"
            + "        END IF;\n"
            + "      END LOOP;\n"
            + "      RETURN ts;\n"
            + "    END\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.subsec(args text[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $body$\n"
            + "    SELECT EXISTS (SELECT FROM unnest(args[2:]) m WHERE lower(btrim(m)) IN ('subsec', 'subsecond'))\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.date(args text[]) RETURNS text LANGUAGE sql STABLE AS $body$\n"
            + "    SELECT to_char(nana.sqlite_time(args), 'YYYY-MM-DD')\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.time(args text[]) RETURNS text LANGUAGE sql STABLE AS $body$\n"
            + "    SELECT to_char(nana.sqlite_time(args), CASE WHEN nana.subsec(args) THEN 'HH24:MI:SS.MS' ELSE 'HH24:MI:SS' END)\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.datetime(args text[]) RETURNS text LANGUAGE sql STABLE AS $body$\n"
            + "    SELECT to_char(nana.sqlite_time(args), CASE WHEN nana.subsec(args) THEN 'YYYY-MM-DD HH24:MI:SS.MS'\n"
            + "      ELSE 'YYYY-MM-DD HH24:MI:SS' END)\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.julianday(args text[]) RETURNS double precision LANGUAGE sql STABLE AS $body$\n"
            + "    SELECT extract(epoch FROM nana.sqlite_time(args))::double precision / 86400 + 2440587.5\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.unixepoch(args text[]) RETURNS bigint LANGUAGE sql STABLE AS $body$\n"
            + "    SELECT floor(extract(epoch FROM nana.sqlite_time(args)))::bigint\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.strftime(format text, args text[]) RETURNS text LANGUAGE plpgsql STABLE AS $body$\n"
            + "    DECLARE\n"
            + "      ts timestamp := nana.sqlite_time(args);\n"
            + "      result text := '';\n"
            + "      c text;\n"
            + "      i int := 1;\n"
            + "    BEGIN\n"
            + "      IF ts IS NULL OR format IS NULL THEN\n"
            + "        RETURN NULL;\n"
            + "      END IF;\n"
            + "      WHILE i <= length(format) LOOP\n"
            + "        c := substr(format, i, 1);\n"
            + "        IF c = '%' THEN\n"
            + "          i := i + 1;\n"
            + "          c := substr(format, i, 1);\n"
            + "          result := result || CASE c\n"
            + "            WHEN 'd' THEN to_char(ts, 'DD') WHEN 'e' THEN lpad(extract(day FROM ts)::int::text, 2)\n"
            + "            WHEN 'f' THEN to_char(ts, 'SS.MS') WHEN 'H' THEN to_char(ts, 'HH24')\n"
            + "            WHEN 'k' THEN lpad(extract(hour FROM ts)::int::text, 2) WHEN 'I' THEN to_char(ts, 'HH12')\n"
            + "            WHEN 'l' THEN lpad(to_char(ts, 'FMHH12'), 2) WHEN 'j' THEN to_char(ts, 'DDD')\n"
            + "            WHEN 'J' THEN (extract(epoch FROM ts)::double precision / 86400 + 2440587.5)::text\n"
            + "            WHEN 'm' THEN to_char(ts, 'MM') WHEN 'M' THEN to_char(ts, 'MI')\n"
            + "            WHEN 's' THEN floor(extract(epoch FROM ts))::bigint::text WHEN 'S' THEN to_char(ts, 'SS')\n"
            + "            WHEN 'w' THEN extract(dow FROM ts)::int::text WHEN 'u' THEN extract(isodow FROM ts)::int::text\n"
            + "            WHEN 'W' THEN lpad(((extract(doy FROM ts)::int + 6 - (extract(dow FROM ts)::int + 6) % 7) / 7)::text, 2, '0')\n"
            + "            WHEN 'Y' THEN to_char(ts, 'YYYY') WHEN 'G' THEN to_char(ts, 'IYYY') WHEN 'g' THEN to_char(ts, 'IY')\n"
            + "            WHEN 'V' THEN to_char(ts, 'IW') WHEN 'p' THEN to_char(ts, 'AM') WHEN 'P' THEN lower(to_char(ts, 'AM'))\n"
            + "            WHEN 'R' THEN to_char(ts, 'HH24:MI') WHEN 'T' THEN to_char(ts, 'HH24:MI:SS') WHEN 'F' THEN to_char(ts, 'YYYY-MM-DD')\n"
            + "            WHEN '%' THEN '%' END;\n"
            + "          IF result IS NULL THEN\n"
            + "            RETURN NULL;\n"
            + "          END IF;\n"
            + "        ELSE\n"
            + "          result := result || c;\n"
            + "        END IF;\n"
            + "        i := i + 1;\n"
            + "      END LOOP;\n"
            + "      RETURN result;\n"
            + "    END\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.like(value text, pattern text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $body$\n"
            + "    SELECT translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')\n"
            + "      LIKE translate(pattern, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.not_like(value text, pattern text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $body$\n"
            + "    SELECT NOT nana.like(value, pattern)\n"
            + "  $body$;\n"
            + "  IF to_regoperator('nana.~~(text,text)') IS NULL THEN\n"
            + "    CREATE OPERATOR nana.~~ (LEFTARG = text, RIGHTARG = text, FUNCTION = nana.like);\n"
            + "    CREATE OPERATOR nana.!~~ (LEFTARG = text, RIGHTARG = text, FUNCTION = nana.not_like);\n"
            + "  END IF;\n"
            + "  CREATE OR REPLACE FUNCTION nana.like_pattern(pattern text) RETURNS text LANGUAGE sql IMMUTABLE AS $body$\n"
            + "    SELECT replace(pattern, '\\', '\\\\')\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.like_pattern(pattern text, escape text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $body$\n"
            + "    DECLARE\n"
            + "      result text := '';\n"
            + "      c text;\n"
            + "      i int := 1;\n"
            + "    BEGIN\n"
            + "      IF pattern IS NULL OR escape IS NULL THEN\n"
            + "        RETURN NULL;\n"
            + "      END IF;\n"
            + "      IF length(escape) <> 1 THEN\n"
            + "        RAISE EXCEPTION 'ESCAPE expression must be a single character' USING ERRCODE = '22025';\n"
            + "      END IF;\n"
            + "      WHILE i <= length(pattern) LOOP\n"
            + "        c := substr(pattern, i, 1);\n"
            + "        IF c = escape AND i < length(pattern) THEN\n"
            + "          i := i + 1;\n"
            + "          c := substr(pattern, i, 1);\n"
            + "          result := result || CASE WHEN c IN ('%', '_', '\\') THEN '\\' || c ELSE c END;\n"
            + "        ELSE\n"
            + "          result := result || CASE WHEN c = '\\' THEN '\\\\' ELSE c END;\n"
            + "        END IF;\n"
            + "        i := i + 1;\n"
            + "      END LOOP;\n"
            + "      RETURN result;\n"
            + "    END\n"
            + "  $body$;\n"
            + "  CREATE OR REPLACE FUNCTION nana.glob_pattern(pattern text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $body$\n"
            + "    DECLARE\n"
            + "      result text := '^';\n"
            + "      c text;\n"
            + "      i int := 1;\n"
            + "      close int;\n"
            + "      class_start int;\n"
            + "    BEGIN\n"
            + "      IF pattern IS NULL THEN\n"
            + "        RETURN NULL;\n"
            + "      END IF;\n"
            + "      WHILE i <= length(pattern) LOOP\n"
            + "        c := substr(pattern, i, 1);\n"
            + "        IF c = '*' THEN\n"
            + "          result := result || '.*';\n"
            + "        ELSIF c = '?' THEN\n"
            + "          result := result || '.';\n"
            + "        ELSIF c = '[' THEN\n"
            + "          class_start := i + 1;\n"
            + "          IF substr(pattern, class_start, 1) = '^' THEN\n"
            + "            class_start := class_start + 1;\n"
            + "          END IF;\n"
            + "          close := position(']' IN substr(pattern, class_start + 1));\n"
            + "          IF close = 0 THEN\n"
            + "            RETURN '^(?!)';\n"
            + "          END IF;\n"
            + "          close := class_start + close;\n"
            + "          result := result || '[' || replace(substr(pattern, i + 1, close - i - 1), '\\', '\\\\') || ']';\n"
            + "          i := close;\n"
            + "        ELSE\n"
            + "          result := result || regexp_replace(c, '([.^$*+?()\\[\\]{}|\\\\])', '\\\\\\1');\n"
            + "        END IF;\n"
            + "        i := i + 1;\n"
            + "      END LOOP;\n"
            + "      RETURN result || '$';\n"
            + "    END\n"
            + "  $body$;\n"
            + "  COMMENT ON SCHEMA nana IS '" + VERSION + "';\n"
            + "END $nana$";

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

    private NanaSchema() {
    }

    /**
     * The statement that installs it (a method, not a constant: a constant would be compiled into the driver's
     * classes, and a driver built against an older rewriter would install an older schema).
     */
    public static String install() {
        return INSTALL;
    }

    /** Whether the rewritten {@code sql} uses anything of nana's schema (or has its name in a string). */
    public static boolean isNeededBy(String sql) {
        return sql.contains("nana.");
    }
}
