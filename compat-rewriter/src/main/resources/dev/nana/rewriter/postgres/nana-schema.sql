-- What nana keeps in schema nana on a PostgreSQL server (NanaSchema): run before a statement that uses it.
-- The schema's comment names the version (${version}, NanaSchema.VERSION): a database set up by an older nana gets
-- everything created or replaced, under an advisory lock (1851879009 is "nana" in ASCII) so that connections doing
-- it at the same moment do not race, in the statement's transaction. Change the version whenever this file changes.
DO $nana$ BEGIN
  IF coalesce(obj_description(to_regnamespace('nana'), 'pg_namespace'), '') = '${version}' THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(1851879009, 0);
  IF coalesce(obj_description(to_regnamespace('nana'), 'pg_namespace'), '') = '${version}' THEN
    RETURN;
  END IF;
  CREATE SCHEMA IF NOT EXISTS nana;
  -- Rowid keys (rule integer-primary-key): a NULL key is the largest plus one, under a per-table lock.
  CREATE OR REPLACE FUNCTION nana.assign_rowid() RETURNS trigger LANGUAGE plpgsql AS $body$
      DECLARE
        next_key bigint := (to_jsonb(NEW) ->> TG_ARGV[0])::bigint;
      BEGIN
        IF next_key IS NULL THEN
          PERFORM pg_advisory_xact_lock(1851879009, TG_RELID::int);
          EXECUTE format('SELECT coalesce(max(%I), 0) FROM %I.%I', TG_ARGV[0], TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO next_key;
          next_key := next_key + 1;
          NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], next_key));
        END IF;
        RETURN NEW;
      END
    $body$;
  -- last_insert_rowid() (rule last-insert-rowid), after each row inserted: '<count> <key>'.
  CREATE OR REPLACE FUNCTION nana.record_rowid() RETURNS trigger LANGUAGE plpgsql AS $body$
      DECLARE
        next_key bigint := (to_jsonb(NEW) ->> TG_ARGV[0])::bigint;
      BEGIN
        PERFORM set_config('nana.last_insert', (coalesce(nullif(split_part(current_setting('nana.last_insert', true), ' ', 1), ''), '0')::bigint + 1) || ' ' || next_key, false);
        RETURN NULL;
      END
    $body$;
  -- AUTOINCREMENT and sqlite_sequence (rules integer-primary-key, catalog-tables).
  CREATE TABLE IF NOT EXISTS nana.sequence(relid oid PRIMARY KEY, seq bigint NOT NULL);
  -- sqlite_master, PRAGMA table_info and the pragmas kept in the database (rules catalog-record, pragmas).
  CREATE TABLE IF NOT EXISTS nana.ddl(relid oid PRIMARY KEY, name text NOT NULL, sql text NOT NULL, columns text[]);
  ALTER TABLE nana.ddl ADD COLUMN IF NOT EXISTS columns text[];
  CREATE TABLE IF NOT EXISTS nana.trigger(tgoid oid PRIMARY KEY, name text NOT NULL, sql text NOT NULL);
  CREATE TABLE IF NOT EXISTS nana.pragma(name text PRIMARY KEY, value bigint NOT NULL);
  CREATE OR REPLACE FUNCTION nana.assign_autoincrement() RETURNS trigger LANGUAGE plpgsql AS $body$
      DECLARE
        next_key bigint := (to_jsonb(NEW) ->> TG_ARGV[0])::bigint;
        used bigint;
      BEGIN
        IF next_key IS NULL THEN
          PERFORM pg_advisory_xact_lock(1851879009, TG_RELID::int);
          EXECUTE format('SELECT coalesce(max(%I), 0) FROM %I.%I', TG_ARGV[0], TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO next_key;
          SELECT seq INTO used FROM nana.sequence WHERE relid = TG_RELID;
          next_key := greatest(next_key, used) + 1;
          NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], next_key));
        END IF;
        INSERT INTO nana.sequence AS s VALUES (TG_RELID, greatest(next_key, 0))
          ON CONFLICT (relid) DO UPDATE SET seq = greatest(s.seq, excluded.seq);
        RETURN NEW;
      END
    $body$;
  CREATE OR REPLACE VIEW nana.sqlite_sequence AS SELECT coalesce(d.name, c.relname) AS name, s.seq FROM nana.sequence s
    JOIN pg_class c ON c.oid = s.relid LEFT JOIN nana.ddl d ON d.relid = s.relid WHERE pg_table_is_visible(c.oid) AND EXISTS (SELECT FROM pg_trigger t
    WHERE t.tgrelid = s.relid AND t.tgfoid = 'nana.assign_autoincrement'::regproc);
  CREATE OR REPLACE FUNCTION nana.write_sqlite_sequence() RETURNS trigger LANGUAGE plpgsql AS $body$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM nana.sequence WHERE relid = to_regclass(quote_ident(OLD.name));
        END IF;
        IF TG_OP <> 'DELETE' AND to_regclass(quote_ident(NEW.name)) IS NOT NULL THEN
          INSERT INTO nana.sequence AS s VALUES (to_regclass(quote_ident(NEW.name)), NEW.seq)
            ON CONFLICT (relid) DO UPDATE SET seq = excluded.seq;
        END IF;
        RETURN coalesce(NEW, OLD);
      END
    $body$;
  CREATE OR REPLACE TRIGGER write INSTEAD OF INSERT OR UPDATE OR DELETE ON nana.sqlite_sequence FOR EACH ROW EXECUTE FUNCTION nana.write_sqlite_sequence();
  -- ALTER TABLE (rule alter-table-record): the records of sqlite_master changed as SQLite changes its own. A record's
  -- text as tokens: literals, quoted names, words, white space, any other character alone.
  CREATE OR REPLACE FUNCTION nana.ddl_tokens(ddl text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $body$
    SELECT coalesce(array_agg(m[1] ORDER BY n), '{}') FROM regexp_matches(ddl,
      $re$('(?:[^']|'')*'|"(?:[^"]|"")*"|\[[^]]*\]|`(?:[^`]|``)*`|[[:alnum:]_$\u0080-\uffff]+|\s+|.)$re$, 'g') WITH ORDINALITY t(m, n)
  $body$;
  -- The name a token spells, unquoted; NULL for a literal, a number, white space or punctuation.
  CREATE OR REPLACE FUNCTION nana.ddl_name(token text) RETURNS text LANGUAGE sql IMMUTABLE AS $body$
    SELECT CASE WHEN token ~ '^"' THEN replace(substr(token, 2, length(token) - 2), '""', '"')
      WHEN token ~ '^`' THEN replace(substr(token, 2, length(token) - 2), '``', '`')
      WHEN token ~ '^\[' THEN substr(token, 2, length(token) - 2)
      WHEN token ~ '^[[:alpha:]_\u0080-\uffff]' THEN token END
  $body$;
  -- A table renamed in a record: its name after CREATE TABLE in its own record, and wherever a statement names it as a
  -- table (after REFERENCES, ON, FROM, JOIN, INTO or UPDATE, or before a dot).
  CREATE OR REPLACE FUNCTION nana.ddl_table_renamed(ddl text, own boolean, old_name text, new_name text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $body$
      DECLARE
        tokens text[] := nana.ddl_tokens(ddl);
        name text;
        previous text := '';
        names int := 0;
        following int;
      BEGIN
        FOR i IN 1 .. cardinality(tokens) LOOP
          CONTINUE WHEN tokens[i] ~ '^\s';
          name := nana.ddl_name(tokens[i]);
          names := names + (name IS NOT NULL)::int;
          following := i + 1;
          WHILE tokens[following] ~ '^\s' LOOP
            following := following + 1;
          END LOOP;
          IF lower(name) = lower(old_name) AND (own AND names = 3 OR upper(previous) IN ('REFERENCES', 'ON', 'FROM', 'JOIN', 'INTO', 'UPDATE')
              OR tokens[following] = '.') THEN
            tokens[i] := '"' || replace(new_name, '"', '""') || '"';
          END IF;
          previous := tokens[i];
        END LOOP;
        RETURN array_to_string(tokens, '');
      END
    $body$;
  -- A column of table_name renamed in a record: in the table's own record and its indexes' (own), every name from the
  -- first parenthesis on, except in the columns of another table that a REFERENCES names; elsewhere, in the columns
  -- of a REFERENCES to the table.
  CREATE OR REPLACE FUNCTION nana.ddl_column_renamed(ddl text, own boolean, table_name text, old_name text, new_name text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $body$
      DECLARE
        tokens text[] := nana.ddl_tokens(ddl);
        name text;
        previous text := '';
        depth int := 0;
        opened boolean := false;
        referenced text;
        reference_depth int;
        references_table boolean := false;
      BEGIN
        FOR i IN 1 .. cardinality(tokens) LOOP
          CONTINUE WHEN tokens[i] ~ '^\s';
          name := nana.ddl_name(tokens[i]);
          IF tokens[i] = '(' THEN
            depth := depth + 1;
            opened := true;
            IF referenced IS NOT NULL THEN
              reference_depth := depth;
              references_table := lower(referenced) = lower(table_name);
            END IF;
          ELSIF tokens[i] = ')' THEN
            IF depth = reference_depth THEN
              reference_depth := NULL;
            END IF;
            depth := depth - 1;
          ELSIF lower(name) = lower(old_name) AND upper(previous) <> 'REFERENCES'
              AND (CASE WHEN reference_depth IS NULL THEN own AND opened ELSE references_table END) THEN
            tokens[i] := '"' || replace(new_name, '"', '""') || '"';
          END IF;
          referenced := CASE WHEN upper(previous) = 'REFERENCES' THEN name END;
          previous := tokens[i];
        END LOOP;
        RETURN array_to_string(tokens, '');
      END
    $body$;
  -- The records ALTER TABLE ... RENAME changes: the table's, its indexes' and triggers', and every other record of its
  -- schema that may name it.
  CREATE OR REPLACE FUNCTION nana.ddl_renamed(relid oid, old_name text, new_name text, is_column boolean) RETURNS void LANGUAGE plpgsql AS $body$
      DECLARE
        table_name text := coalesce((SELECT d.name FROM nana.ddl d WHERE d.relid = ddl_renamed.relid), old_name);
        schema oid := (SELECT c.relnamespace FROM pg_class c WHERE c.oid = ddl_renamed.relid);
      BEGIN
        UPDATE nana.ddl d SET sql = CASE WHEN is_column
            THEN nana.ddl_column_renamed(d.sql, d.relid = ddl_renamed.relid OR x.indrelid = ddl_renamed.relid, table_name, old_name, new_name)
            ELSE nana.ddl_table_renamed(d.sql, d.relid = ddl_renamed.relid, old_name, new_name) END,
          name = CASE WHEN d.relid = ddl_renamed.relid AND NOT is_column THEN new_name ELSE d.name END,
          columns = CASE WHEN d.relid = ddl_renamed.relid AND is_column THEN (SELECT array_agg(ARRAY[CASE WHEN lower(d.columns[i][1]) = lower(old_name)
            THEN new_name ELSE d.columns[i][1] END, d.columns[i][2], d.columns[i][3]] ORDER BY i) FROM generate_subscripts(d.columns, 1) i) ELSE d.columns END
          FROM pg_class c LEFT JOIN pg_index x ON x.indexrelid = c.oid
          WHERE c.oid = d.relid AND c.relnamespace = schema;
        IF NOT is_column THEN
          UPDATE nana.trigger d SET sql = nana.ddl_table_renamed(d.sql, false, old_name, new_name)
            FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE g.oid = d.tgoid AND c.relnamespace = schema;
        END IF;
      END
    $body$;
  -- ALTER TABLE ... ADD: the column's definition as written after the last column's, before the table's constraints.
  CREATE OR REPLACE FUNCTION nana.ddl_column_added(relid oid, definition text, entry text[]) RETURNS void LANGUAGE plpgsql AS $body$
      DECLARE
        tokens text[] := nana.ddl_tokens((SELECT d.sql FROM nana.ddl d WHERE d.relid = ddl_column_added.relid));
        depth int := 0;
        following int;
      BEGIN
        FOR i IN 1 .. cardinality(tokens) LOOP
          depth := depth + CASE tokens[i] WHEN '(' THEN 1 WHEN ')' THEN -1 ELSE 0 END;
          following := i + 1;
          WHILE tokens[following] ~ '^\s' LOOP
            following := following + 1;
          END LOOP;
          IF depth = 0 AND tokens[i] = ')' OR depth = 1 AND tokens[i] = ','
              AND upper(tokens[following]) IN ('CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN') THEN
            tokens[i] := ', ' || definition || tokens[i];
            UPDATE nana.ddl d SET sql = array_to_string(tokens, ''), columns = d.columns || ARRAY[entry] WHERE d.relid = ddl_column_added.relid;
            RETURN;
          END IF;
        END LOOP;
      END
    $body$;
  -- ALTER TABLE ... DROP: the column's definition taken out as SQLite takes it, with the comma before it (after it, for
  -- the first).
  CREATE OR REPLACE FUNCTION nana.ddl_column_dropped(relid oid, column_name text) RETURNS void LANGUAGE plpgsql AS $body$
      DECLARE
        tokens text[] := nana.ddl_tokens((SELECT d.sql FROM nana.ddl d WHERE d.relid = ddl_column_dropped.relid));
        depth int := 0;
        first int;
        starts boolean := false;
        found_at int;
        upto int;
      BEGIN
        FOR i IN 1 .. cardinality(tokens) LOOP
          IF tokens[i] ~ '^\s' THEN
            CONTINUE;
          ELSIF starts THEN
            starts := false;
            IF lower(nana.ddl_name(tokens[i])) = lower(column_name) THEN
              found_at := coalesce(first, i);
            END IF;
          END IF;
          IF tokens[i] = '(' THEN
            depth := depth + 1;
            starts := depth = 1 AND first IS NULL AND found_at IS NULL;
          ELSIF tokens[i] = ')' OR tokens[i] = ',' AND depth = 1 THEN
            IF found_at IS NOT NULL AND depth = 1 THEN
              upto := i;
              IF first IS NULL THEN
                -- the first definition: up to the next one
                upto := i + 1;
                WHILE tokens[upto] ~ '^\s' LOOP
                  upto := upto + 1;
                END LOOP;
              END IF;
              FOR j IN found_at .. upto - 1 LOOP
                tokens[j] := '';
              END LOOP;
              UPDATE nana.ddl d SET sql = array_to_string(tokens, ''), columns = (SELECT array_agg(ARRAY[d.columns[k][1], d.columns[k][2], d.columns[k][3]] ORDER BY k)
                FROM generate_subscripts(d.columns, 1) k WHERE lower(d.columns[k][1]) <> lower(column_name)) WHERE d.relid = ddl_column_dropped.relid;
              RETURN;
            END IF;
            IF tokens[i] = ')' THEN
              depth := depth - 1;
            ELSE
              first := i;
              starts := true;
            END IF;
          END IF;
        END LOOP;
      END
    $body$;
  CREATE OR REPLACE FUNCTION nana.catalog(schema oid) RETURNS TABLE(type text, name text, tbl_name text, rootpage bigint, sql text) LANGUAGE sql STABLE AS $body$
    SELECT o.type, CASE WHEN o.auto THEN 'sqlite_autoindex_' || o.tbl_name || '_' || row_number() OVER (PARTITION BY o.tbl_name, o.auto ORDER BY o.oid) ELSE o.name END, o.tbl_name, o.rootpage, o.sql
    FROM (SELECT c.oid, CASE c.relkind WHEN 'v' THEN 'view' WHEN 'i' THEN 'index' ELSE 'table' END AS type,
        coalesce(d.name, c.relname) AS name, coalesce(td.name, t.relname, d.name, c.relname) AS tbl_name,
        CASE c.relkind WHEN 'v' THEN 0 ELSE c.oid::bigint END AS rootpage,
        d.sql IS NULL AND EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = c.oid AND k.contype IN ('p', 'u')) AS auto,
        coalesce(d.sql, CASE c.relkind
          WHEN 'v' THEN 'CREATE VIEW ' || quote_ident(c.relname) || ' AS ' || pg_get_viewdef(c.oid)
          WHEN 'i' THEN CASE WHEN EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = c.oid) THEN NULL ELSE pg_get_indexdef(c.oid) END
          ELSE 'CREATE TABLE ' || quote_ident(c.relname) || '(' || (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) FROM pg_attribute a
            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) || ')' END) AS sql
      FROM pg_class c LEFT JOIN pg_index x ON x.indexrelid = c.oid LEFT JOIN pg_class t ON t.oid = x.indrelid
        LEFT JOIN nana.ddl d ON d.relid = c.oid LEFT JOIN nana.ddl td ON td.relid = t.oid
      WHERE c.relnamespace = schema AND c.relkind IN ('r', 'p', 'v', 'i')
        AND NOT coalesce(x.indisprimary AND EXISTS (SELECT FROM pg_trigger r WHERE r.tgrelid = x.indrelid AND r.tgname = 'nana_rowid'), false)
      UNION ALL
      SELECT g.oid, 'trigger', d.name, coalesce(td.name, c.relname), 0, false, d.sql
      FROM pg_trigger g JOIN nana.trigger d ON d.tgoid = g.oid JOIN pg_class c ON c.oid = g.tgrelid
        LEFT JOIN nana.ddl td ON td.relid = c.oid
      WHERE c.relnamespace = schema) o
    ORDER BY o.oid
  $body$;
  -- Triggers (rules create-trigger, drop-trigger): SQLite's names (unique in the schema, in any case), recursion rule
  -- and RAISE.
  CREATE OR REPLACE FUNCTION nana.trigger_exists(trigger_name text, relid regclass) RETURNS boolean LANGUAGE sql STABLE AS $body$
    SELECT EXISTS (SELECT FROM pg_trigger t JOIN nana.trigger d ON d.tgoid = t.oid JOIN pg_class c ON c.oid = t.tgrelid
      WHERE lower(t.tgname) = lower(trigger_name) AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = relid))
  $body$;
  CREATE OR REPLACE FUNCTION nana.trigger_entered(relid oid, trigger_name text) RETURNS boolean LANGUAGE plpgsql AS $body$
      DECLARE
        running text := coalesce(current_setting('nana.running_triggers', true), '');
        this text := '/' || relid || '/' || trigger_name || '/';
      BEGIN
        IF strpos(running, this) > 0 THEN
          RETURN false;
        END IF;
        PERFORM set_config('nana.running_triggers', running || this, true);
        RETURN true;
      END
    $body$;
  CREATE OR REPLACE FUNCTION nana.trigger_left(relid oid, trigger_name text) RETURNS void LANGUAGE sql AS $body$
    SELECT set_config('nana.running_triggers', replace(current_setting('nana.running_triggers', true), '/' || relid || '/' || trigger_name || '/', ''), true);
  $body$;
  CREATE OR REPLACE FUNCTION nana.view_read_only() RETURNS trigger LANGUAGE plpgsql AS $body$
      BEGIN
        IF EXISTS (SELECT FROM pg_trigger t WHERE t.tgrelid = TG_RELID AND t.tgname <> TG_NAME AND t.tgtype & 64 <> 0
            AND t.tgtype & CASE TG_OP WHEN 'INSERT' THEN 4 WHEN 'DELETE' THEN 8 ELSE 16 END <> 0) THEN
          RETURN coalesce(NEW, OLD);
        END IF;
        RAISE EXCEPTION 'cannot modify % because it is a view', TG_TABLE_NAME USING ERRCODE = 'HY000';
      END
    $body$;
  -- sum (rule integer-sum): SQLite's error for a sum of integers past 64 bits; other sums as they are.
  CREATE OR REPLACE FUNCTION nana.integer_sum(total numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $body$
      BEGIN
        IF scale(total) = 0 AND total NOT BETWEEN -9223372036854775808 AND 9223372036854775807 THEN
          RAISE EXCEPTION 'integer overflow' USING ERRCODE = 'HY000';
        END IF;
        RETURN total;
      END
    $body$;
  CREATE OR REPLACE FUNCTION nana.integer_sum(total bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT total';
  CREATE OR REPLACE FUNCTION nana.integer_sum(total double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS 'SELECT total';
  CREATE OR REPLACE FUNCTION nana.raise_abort(message text) RETURNS text LANGUAGE plpgsql AS $body$
      BEGIN
        RAISE EXCEPTION USING MESSAGE = message, ERRCODE = '23000';
      END
    $body$;
  CREATE OR REPLACE FUNCTION nana.raise_ignore() RETURNS text LANGUAGE plpgsql AS $body$
      BEGIN
        RAISE EXCEPTION USING MESSAGE = 'RAISE(IGNORE) outside a trigger', ERRCODE = 'NI000';
      END
    $body$;
  CREATE OR REPLACE PROCEDURE nana.drop_trigger(trigger_name text, missing_ok boolean) LANGUAGE plpgsql AS $body$
      DECLARE
        found_trigger record;
      BEGIN
        SELECT t.tgname, t.tgrelid::regclass AS relid, t.tgfoid::regprocedure AS function INTO found_trigger
          FROM pg_trigger t JOIN nana.trigger d ON d.tgoid = t.oid JOIN pg_class c ON c.oid = t.tgrelid
          WHERE lower(t.tgname) = lower(trigger_name) AND c.relnamespace IN (to_regnamespace(current_schema()), pg_my_temp_schema())
          LIMIT 1;
        IF NOT FOUND THEN
          IF missing_ok THEN
            RETURN;
          END IF;
          RAISE EXCEPTION 'no such trigger: %', trigger_name USING ERRCODE = 'HY000';
        END IF;
        EXECUTE format('DROP TRIGGER %I ON %s', found_trigger.tgname, found_trigger.relid);
        EXECUTE format('DROP FUNCTION %s', found_trigger.function);
        DELETE FROM nana.trigger d WHERE NOT EXISTS (SELECT FROM pg_trigger t WHERE t.oid = d.tgoid);
      END
    $body$;
  CREATE OR REPLACE VIEW nana.sqlite_master AS SELECT * FROM nana.catalog(to_regnamespace(current_schema()));
  CREATE OR REPLACE VIEW nana.sqlite_temp_master AS SELECT * FROM nana.catalog(pg_my_temp_schema());
  -- The table a name means to SQLite, in any case (PRAGMA table_info, index_list, foreign_key_list).
  CREATE OR REPLACE FUNCTION nana.relation(target text) RETURNS oid LANGUAGE sql STABLE AS $body$
    SELECT coalesce((SELECT d.relid FROM nana.ddl d JOIN pg_class c ON c.oid = d.relid WHERE lower(d.name) = lower(target)
      AND c.relnamespace = to_regnamespace(current_schema()) AND c.relkind IN ('r', 'p', 'v') LIMIT 1), to_regclass(quote_ident(lower(target))))
  $body$;
  CREATE OR REPLACE FUNCTION nana.table_info(target text) RETURNS TABLE(cid bigint, name text, type text, "notnull" bigint, dflt_value text, pk bigint) LANGUAGE sql STABLE AS $body$
    SELECT (row_number() OVER (ORDER BY a.attnum) - 1)::bigint, coalesce(w.written, a.attname::text),
      coalesce(w.declared, CASE format_type(a.atttypid, a.atttypmod) WHEN 'bigint' THEN 'INTEGER' WHEN 'integer' THEN 'INTEGER' WHEN 'text' THEN 'TEXT' WHEN 'double precision' THEN 'REAL' WHEN 'bytea' THEN 'BLOB' ELSE upper(format_type(a.atttypid, a.atttypmod)) END),
      (a.attnotnull AND k.n IS NULL)::int::bigint,
      CASE WHEN w.written IS NULL THEN pg_get_expr(ad.adbin, ad.adrelid) ELSE w.dflt END, coalesce(k.n, 0)::bigint
    FROM (SELECT nana.relation(target) AS relid) t
    JOIN pg_attribute a ON a.attrelid = t.relid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN nana.ddl d ON d.relid = t.relid
    LEFT JOIN LATERAL (SELECT d.columns[i][1] AS written, d.columns[i][2] AS declared, d.columns[i][3] AS dflt FROM generate_subscripts(d.columns, 1) i WHERE lower(d.columns[i][1]) = lower(a.attname) LIMIT 1) w ON true
    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    LEFT JOIN pg_index x ON x.indrelid = t.relid AND x.indisprimary
    LEFT JOIN LATERAL (SELECT o.n FROM unnest(x.indkey) WITH ORDINALITY o(attnum, n) WHERE o.attnum = a.attnum) k ON true
    ORDER BY a.attnum
  $body$;
  -- PRAGMA index_list, index_info and foreign_key_list (rule pragmas): SQLite's rows from PostgreSQL's catalogue,
  -- names as sqlite_master shows them.
  CREATE OR REPLACE FUNCTION nana.index_list(target text) RETURNS TABLE(seq bigint, name text, "unique" bigint, origin text, partial bigint) LANGUAGE sql STABLE AS $body$
    SELECT (row_number() OVER (ORDER BY x.indexrelid DESC) - 1)::bigint, m.name, x.indisunique::int::bigint,
      CASE WHEN x.indisprimary THEN 'pk' WHEN EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = x.indexrelid) THEN 'u' ELSE 'c' END,
      (x.indpred IS NOT NULL)::int::bigint
    FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
      JOIN nana.catalog(c.relnamespace) m ON m.type = 'index' AND m.rootpage = x.indexrelid::bigint
    WHERE x.indrelid = nana.relation(target)
    ORDER BY x.indexrelid DESC
  $body$;
  CREATE OR REPLACE FUNCTION nana.index_info(target text) RETURNS TABLE(seqno bigint, cid bigint, name text) LANGUAGE sql STABLE AS $body$
    SELECT (k.n - 1)::bigint, (SELECT count(*) FROM pg_attribute b WHERE b.attrelid = x.indrelid AND b.attnum > 0 AND NOT b.attisdropped AND b.attnum < k.attnum),
      coalesce((SELECT d.columns[i][1] FROM nana.ddl d, generate_subscripts(d.columns, 1) i WHERE d.relid = x.indrelid AND lower(d.columns[i][1]) = a.attname::text LIMIT 1), a.attname::text)
    FROM pg_index x CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY k(attnum, n)
      JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
    WHERE x.indexrelid = (SELECT m.rootpage::oid FROM nana.catalog(to_regnamespace(current_schema())) m WHERE m.type = 'index' AND lower(m.name) = lower(target) LIMIT 1)
    ORDER BY k.n
  $body$;
  CREATE OR REPLACE FUNCTION nana.foreign_key_action(action "char") RETURNS text LANGUAGE sql IMMUTABLE AS $body$
    SELECT CASE action WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END
  $body$;
  CREATE OR REPLACE FUNCTION nana.foreign_key_list(target text) RETURNS TABLE(id bigint, seq bigint, "table" text, "from" text, "to" text, on_update text, on_delete text, match text) LANGUAGE sql STABLE AS $body$
    SELECT (dense_rank() OVER (ORDER BY f.oid DESC) - 1)::bigint, (k.n - 1)::bigint, coalesce(pd.name, p.relname::text),
      coalesce((SELECT d.columns[i][1] FROM nana.ddl d, generate_subscripts(d.columns, 1) i WHERE d.relid = f.conrelid AND lower(d.columns[i][1]) = a.attname::text LIMIT 1), a.attname::text),
      coalesce((SELECT d.columns[i][1] FROM nana.ddl d, generate_subscripts(d.columns, 1) i WHERE d.relid = f.confrelid AND lower(d.columns[i][1]) = r.attname::text LIMIT 1), r.attname::text),
      nana.foreign_key_action(f.confupdtype), nana.foreign_key_action(f.confdeltype), 'NONE'
    FROM pg_constraint f CROSS JOIN LATERAL unnest(f.conkey, f.confkey) WITH ORDINALITY k(attnum, refnum, n)
      JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.attnum
      JOIN pg_attribute r ON r.attrelid = f.confrelid AND r.attnum = k.refnum
      JOIN pg_class p ON p.oid = f.confrelid LEFT JOIN nana.ddl pd ON pd.relid = f.confrelid
    WHERE f.contype = 'f' AND f.conrelid = nana.relation(target)
    ORDER BY f.oid DESC, k.n
  $body$;
  -- Date and time (rule date-time): SQLite's time values and modifiers, SQLite's text.
  CREATE OR REPLACE FUNCTION nana.sqlite_time(args text[]) RETURNS timestamp LANGUAGE plpgsql STABLE AS $body$
    DECLARE
      value text := btrim(args[1]);
      ts timestamp;
      m text;
      parts text[];
      n numeric;
      day_of_month int;
      first_modifier int := 2;
    BEGIN
      IF value IS NULL THEN
        RETURN NULL;
      END IF;
      IF value ~ '^[-+]?[0-9]+(\.[0-9]*)?$' THEN
        IF lower(btrim(args[2])) = 'unixepoch' THEN
          ts := to_timestamp(value::double precision) AT TIME ZONE 'UTC';
          first_modifier := 3;
        ELSE
          ts := to_timestamp((value::double precision - 2440587.5) * 86400) AT TIME ZONE 'UTC';
          first_modifier := CASE WHEN lower(btrim(args[2])) IN ('julianday', 'auto') THEN 3 ELSE 2 END;
        END IF;
      ELSIF lower(value) = 'now' THEN
        ts := date_trunc('milliseconds', statement_timestamp() AT TIME ZONE 'UTC');
      ELSE
        parts := regexp_match(value, '^([0-9]{4}-[0-9]{2}-[0-9]{2})?(?:[ T]?([0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?))?\s*(z|[-+][0-9]{2}:[0-9]{2})?$', 'i');
        IF parts IS NULL OR parts[1] IS NULL AND parts[2] IS NULL THEN
          RETURN NULL;
        END IF;
        BEGIN
          ts := (coalesce(parts[1], '2000-01-01') || ' ' || coalesce(parts[2], '00:00:00'))::timestamp;
        EXCEPTION WHEN others THEN
          RETURN NULL;
        END;
        IF parts[3] IS NOT NULL AND lower(parts[3]) <> 'z' THEN
          ts := ts - parts[3]::interval;
        END IF;
      END IF;
      FOR i IN first_modifier .. coalesce(array_length(args, 1), 1) LOOP
        m := lower(btrim(args[i]));
        parts := regexp_match(m, '^([-+]?[0-9]+(?:\.[0-9]*)?)\s+(year|month|day|hour|minute|second)s?$');
        IF m IS NULL THEN
          RETURN NULL;
        ELSIF parts IS NOT NULL AND parts[2] IN ('year', 'month') THEN
          n := parts[1]::numeric * CASE parts[2] WHEN 'year' THEN 12 ELSE 1 END;
          day_of_month := extract(day FROM ts)::int;
          ts := date_trunc('month', ts) + make_interval(months => trunc(n)::int) + make_interval(days => day_of_month - 1)
            + (ts - date_trunc('day', ts));
        ELSIF parts IS NOT NULL THEN
          ts := ts + parts[1]::numeric * ('1 ' || parts[2])::interval;
        ELSIF m = 'start of month' THEN
          ts := date_trunc('month', ts);
        ELSIF m = 'start of year' THEN
          ts := date_trunc('year', ts);
        ELSIF m = 'start of day' THEN
          ts := date_trunc('day', ts);
        ELSIF m ~ '^weekday [0-6]$' THEN
          ts := ts + make_interval(days => (substr(m, 9)::int - extract(dow FROM ts)::int + 7) % 7);
        ELSIF m = 'localtime' THEN
          ts := (ts AT TIME ZONE 'UTC') AT TIME ZONE current_setting('TimeZone');
        ELSIF m = 'utc' THEN
          ts := (ts AT TIME ZONE current_setting('TimeZone')) AT TIME ZONE 'UTC';
        ELSIF m NOT IN ('subsec', 'subsecond') THEN
          RETURN NULL;
        END IF;
      END LOOP;
      RETURN ts;
    END
  $body$;
  CREATE OR REPLACE FUNCTION nana.subsec(args text[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $body$
    SELECT EXISTS (SELECT FROM unnest(args[2:]) m WHERE lower(btrim(m)) IN ('subsec', 'subsecond'))
  $body$;
  CREATE OR REPLACE FUNCTION nana.date(args text[]) RETURNS text LANGUAGE sql STABLE AS $body$
    SELECT to_char(nana.sqlite_time(args), 'YYYY-MM-DD')
  $body$;
  CREATE OR REPLACE FUNCTION nana.time(args text[]) RETURNS text LANGUAGE sql STABLE AS $body$
    SELECT to_char(nana.sqlite_time(args), CASE WHEN nana.subsec(args) THEN 'HH24:MI:SS.MS' ELSE 'HH24:MI:SS' END)
  $body$;
  CREATE OR REPLACE FUNCTION nana.datetime(args text[]) RETURNS text LANGUAGE sql STABLE AS $body$
    SELECT to_char(nana.sqlite_time(args), CASE WHEN nana.subsec(args) THEN 'YYYY-MM-DD HH24:MI:SS.MS'
      ELSE 'YYYY-MM-DD HH24:MI:SS' END)
  $body$;
  CREATE OR REPLACE FUNCTION nana.julianday(args text[]) RETURNS double precision LANGUAGE sql STABLE AS $body$
    SELECT extract(epoch FROM nana.sqlite_time(args))::double precision / 86400 + 2440587.5
  $body$;
  CREATE OR REPLACE FUNCTION nana.unixepoch(args text[]) RETURNS bigint LANGUAGE sql STABLE AS $body$
    SELECT floor(extract(epoch FROM nana.sqlite_time(args)))::bigint
  $body$;
  CREATE OR REPLACE FUNCTION nana.strftime(format text, args text[]) RETURNS text LANGUAGE plpgsql STABLE AS $body$
    DECLARE
      ts timestamp := nana.sqlite_time(args);
      result text := '';
      c text;
      i int := 1;
    BEGIN
      IF ts IS NULL OR format IS NULL THEN
        RETURN NULL;
      END IF;
      WHILE i <= length(format) LOOP
        c := substr(format, i, 1);
        IF c = '%' THEN
          i := i + 1;
          c := substr(format, i, 1);
          result := result || CASE c
            WHEN 'd' THEN to_char(ts, 'DD') WHEN 'e' THEN lpad(extract(day FROM ts)::int::text, 2)
            WHEN 'f' THEN to_char(ts, 'SS.MS') WHEN 'H' THEN to_char(ts, 'HH24')
            WHEN 'k' THEN lpad(extract(hour FROM ts)::int::text, 2) WHEN 'I' THEN to_char(ts, 'HH12')
            WHEN 'l' THEN lpad(to_char(ts, 'FMHH12'), 2) WHEN 'j' THEN to_char(ts, 'DDD')
            WHEN 'J' THEN (extract(epoch FROM ts)::double precision / 86400 + 2440587.5)::text
            WHEN 'm' THEN to_char(ts, 'MM') WHEN 'M' THEN to_char(ts, 'MI')
            WHEN 's' THEN floor(extract(epoch FROM ts))::bigint::text WHEN 'S' THEN to_char(ts, 'SS')
            WHEN 'w' THEN extract(dow FROM ts)::int::text WHEN 'u' THEN extract(isodow FROM ts)::int::text
            WHEN 'W' THEN lpad(((extract(doy FROM ts)::int + 6 - (extract(dow FROM ts)::int + 6) % 7) / 7)::text, 2, '0')
            WHEN 'Y' THEN to_char(ts, 'YYYY') WHEN 'G' THEN to_char(ts, 'IYYY') WHEN 'g' THEN to_char(ts, 'IY')
            WHEN 'V' THEN to_char(ts, 'IW') WHEN 'p' THEN to_char(ts, 'AM') WHEN 'P' THEN lower(to_char(ts, 'AM'))
            WHEN 'R' THEN to_char(ts, 'HH24:MI') WHEN 'T' THEN to_char(ts, 'HH24:MI:SS') WHEN 'F' THEN to_char(ts, 'YYYY-MM-DD')
            WHEN '%' THEN '%' END;
          IF result IS NULL THEN
            RETURN NULL;
          END IF;
        ELSE
          result := result || c;
        END IF;
        i := i + 1;
      END LOOP;
      RETURN result;
    END
  $body$;
  -- COLLATE NOCASE (rule collations). A server built without ICU has none: COLLATE NOCASE then fails naming it.
  BEGIN
    IF to_regcollation('nana.nocase') IS NULL THEN
      CREATE COLLATION nana.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
    END IF;
  EXCEPTION WHEN feature_not_supported OR invalid_parameter_value OR undefined_object THEN
    NULL;
  END;
  -- LIKE and GLOB (rule like-glob), in byte order whatever the value's collation (PostgreSQL's LIKE refuses a
  -- nondeterministic one such as nana.nocase).
  CREATE OR REPLACE FUNCTION nana.like(value text, pattern text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $body$
    SELECT translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE "C"
      LIKE translate(pattern, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
  $body$;
  CREATE OR REPLACE FUNCTION nana.not_like(value text, pattern text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $body$
    SELECT NOT nana.like(value, pattern)
  $body$;
  IF to_regoperator('nana.~~(text,text)') IS NULL THEN
    CREATE OPERATOR nana.~~ (LEFTARG = text, RIGHTARG = text, FUNCTION = nana.like);
    CREATE OPERATOR nana.!~~ (LEFTARG = text, RIGHTARG = text, FUNCTION = nana.not_like);
  END IF;
  CREATE OR REPLACE FUNCTION nana.like_pattern(pattern text) RETURNS text LANGUAGE sql IMMUTABLE AS $body$
    SELECT replace(pattern, '\', '\\')
  $body$;
  CREATE OR REPLACE FUNCTION nana.like_pattern(pattern text, escape text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $body$
    DECLARE
      result text := '';
      c text;
      i int := 1;
    BEGIN
      IF pattern IS NULL OR escape IS NULL THEN
        RETURN NULL;
      END IF;
      IF length(escape) <> 1 THEN
        RAISE EXCEPTION 'ESCAPE expression must be a single character' USING ERRCODE = '22025';
      END IF;
      WHILE i <= length(pattern) LOOP
        c := substr(pattern, i, 1);
        IF c = escape AND i < length(pattern) THEN
          i := i + 1;
          c := substr(pattern, i, 1);
          result := result || CASE WHEN c IN ('%', '_', '\') THEN '\' || c ELSE c END;
        ELSE
          result := result || CASE WHEN c = '\' THEN '\\' ELSE c END;
        END IF;
        i := i + 1;
      END LOOP;
      RETURN result;
    END
  $body$;
  CREATE OR REPLACE FUNCTION nana.glob_pattern(pattern text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $body$
    DECLARE
      result text := '^';
      c text;
      i int := 1;
      close int;
      class_start int;
    BEGIN
      IF pattern IS NULL THEN
        RETURN NULL;
      END IF;
      WHILE i <= length(pattern) LOOP
        c := substr(pattern, i, 1);
        IF c = '*' THEN
          result := result || '.*';
        ELSIF c = '?' THEN
          result := result || '.';
        ELSIF c = '[' THEN
          class_start := i + 1;
          IF substr(pattern, class_start, 1) = '^' THEN
            class_start := class_start + 1;
          END IF;
          close := position(']' IN substr(pattern, class_start + 1));
          IF close = 0 THEN
            RETURN '^(?!)';
          END IF;
          close := class_start + close;
          result := result || '[' || replace(substr(pattern, i + 1, close - i - 1), '\', '\\') || ']';
          i := close;
        ELSE
          result := result || regexp_replace(c, '([.^$*+?()\[\]{}|\\])', '\\\1');
        END IF;
        i := i + 1;
      END LOOP;
      RETURN result || '$';
    END
  $body$;
  -- Scalar functions (rule string-functions), of any type.
  CREATE OR REPLACE FUNCTION nana.substr(x anyelement, start bigint, count bigint DEFAULT NULL) RETURNS anyelement
    LANGUAGE plpgsql IMMUTABLE AS $body$
    DECLARE
      total bigint;
      p1 bigint := start;
      p2 bigint := coalesce(abs(count), 9223372036854775807);
      negative boolean := coalesce(count < 0, false);
    BEGIN
      IF x IS NULL OR start IS NULL THEN
        RETURN NULL;
      END IF;
      IF pg_typeof(x) = 'bytea'::regtype THEN
        total := octet_length(x);
      ELSE
        total := length(x::text);
      END IF;
      IF p1 < 0 THEN
        p1 := p1 + total;
        IF p1 < 0 THEN
          p2 := greatest(p2 + p1, 0);
          p1 := 0;
        END IF;
      ELSIF p1 > 0 THEN
        p1 := p1 - 1;
      ELSIF p2 > 0 AND NOT negative THEN
        p2 := p2 - 1;
      END IF;
      IF negative THEN
        p1 := p1 - p2;
        IF p1 < 0 THEN
          p2 := p2 + p1;
          p1 := 0;
        END IF;
      END IF;
      IF pg_typeof(x) = 'bytea'::regtype THEN
        RETURN substring(x FROM (p1 + 1)::int FOR least(p2, 2147483647)::int);
      END IF;
      RETURN substring(x::text FROM (p1 + 1)::int FOR least(p2, 2147483647)::int);
    END
  $body$;
  CREATE OR REPLACE FUNCTION nana.length(x anyelement) RETURNS bigint LANGUAGE plpgsql IMMUTABLE AS $body$
    BEGIN
      IF pg_typeof(x) = 'bytea'::regtype THEN
        RETURN octet_length(x);
      END IF;
      RETURN length(x::text);
    END
  $body$;
  CREATE OR REPLACE FUNCTION nana.hex(x anyelement) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $body$
    BEGIN
      IF x IS NULL THEN
        RETURN '';
      ELSIF pg_typeof(x) = 'bytea'::regtype THEN
        RETURN upper(encode(x, 'hex'));
      END IF;
      RETURN upper(encode(convert_to(x::text, 'UTF8'), 'hex'));
    END
  $body$;
  CREATE OR REPLACE FUNCTION nana.quote(x anyelement) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $body$
    BEGIN
      IF x IS NULL THEN
        RETURN 'NULL';
      ELSIF pg_typeof(x) = 'bytea'::regtype THEN
        RETURN 'X''' || upper(encode(x, 'hex')) || '''';
      ELSIF pg_typeof(x) IN ('bigint'::regtype, 'integer'::regtype, 'smallint'::regtype,
          'double precision'::regtype, 'numeric'::regtype) THEN
        RETURN x::text;
      END IF;
      RETURN '''' || replace(x::text, '''', '''''') || '''';
    END
  $body$;
  CREATE OR REPLACE FUNCTION nana.char(VARIADIC codes bigint[]) RETURNS text LANGUAGE sql IMMUTABLE AS $body$
    SELECT coalesce(string_agg(chr(c::int), '' ORDER BY n), '') FROM unnest(codes) WITH ORDINALITY u(c, n)
      WHERE c IS NOT NULL
  $body$;
  CREATE OR REPLACE FUNCTION nana.zeroblob(n bigint) RETURNS bytea LANGUAGE sql IMMUTABLE AS $body$
    SELECT decode(repeat('00', greatest(n, 0)::int), 'hex')
  $body$;
  CREATE OR REPLACE FUNCTION nana.randomblob(n bigint) RETURNS bytea LANGUAGE sql VOLATILE AS $body$
    SELECT decode(string_agg(lpad(to_hex(floor(random() * 256)::int), 2, '0'), ''), 'hex')
      FROM generate_series(1, greatest(n, 1))
  $body$;
  CREATE OR REPLACE FUNCTION nana.random() RETURNS bigint LANGUAGE sql VOLATILE AS $body$
    SELECT ((random() * 2 - 1) * 9223372036854775807)::bigint
  $body$;
  -- JSON as SQLite writes it (rule json-functions): minified, keys in their order; errors as SQLite's.
  CREATE OR REPLACE FUNCTION nana.json_minify(doc json) RETURNS json LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT regexp_replace(doc::text, '("(?:[^"\\]|\\.)*")|\s+', '\1', 'g')::json
  $body$;
  CREATE OR REPLACE FUNCTION nana.json_document(doc text) RETURNS json LANGUAGE plpgsql IMMUTABLE STRICT AS $body$
      BEGIN
        RETURN doc::json;
      EXCEPTION WHEN invalid_text_representation THEN
        RAISE EXCEPTION 'malformed JSON' USING ERRCODE = 'HY000';
      END
    $body$;
  CREATE OR REPLACE FUNCTION nana.json(doc text) RETURNS json LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.json_minify(nana.json_document(doc))
  $body$;
  CREATE OR REPLACE FUNCTION nana.json_valid(doc text) RETURNS bigint LANGUAGE plpgsql IMMUTABLE STRICT AS $body$
      BEGIN
        PERFORM doc::json;
        RETURN 1;
      EXCEPTION WHEN invalid_text_representation THEN
        RETURN 0;
      END
    $body$;
  -- A SQLite path ($, .key, ."key", [n], [#-n]) as PostgreSQL's path array; a malformed one fails as SQLite's does.
  CREATE OR REPLACE FUNCTION nana.json_path(path text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT AS $body$
      DECLARE
        steps text[] := '{}';
        rest text := substr(path, 2);
        step text[];
      BEGIN
        IF left(path, 1) <> '$' THEN
          RAISE EXCEPTION 'bad JSON path: %', path USING ERRCODE = 'HY000';
        END IF;
        WHILE rest <> '' LOOP
          step := regexp_match(rest, '^(?:\."((?:[^"]|"")*)"|\.([^.\[]+)|\[(#-)?([0-9]+)\])');
          IF step IS NULL THEN
            RAISE EXCEPTION 'bad JSON path: %', path USING ERRCODE = 'HY000';
          END IF;
          steps := steps || coalesce(step[1], step[2], CASE WHEN step[3] IS NULL THEN step[4] ELSE '-' || step[4] END);
          rest := substr(rest, length((regexp_match(rest, '^(?:\."(?:[^"]|"")*"|\.[^.\[]+|\[(?:#-)?[0-9]+\])'))[1]) + 1);
        END LOOP;
        RETURN steps;
      END
    $body$;
  CREATE OR REPLACE FUNCTION nana.json_at(doc text, path text) RETURNS json LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.json_document(doc) #> nana.json_path(path)
  $body$;
  CREATE OR REPLACE FUNCTION nana.json_type(doc text, path text DEFAULT '$') RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT CASE json_typeof(v) WHEN 'number' THEN CASE WHEN v::text ~ '[.eE]' THEN 'real' ELSE 'integer' END
      WHEN 'string' THEN 'text' WHEN 'boolean' THEN v::text ELSE json_typeof(v) END
    FROM (SELECT nana.json_at(doc, path) AS v) j
  $body$;
  CREATE OR REPLACE FUNCTION nana.json_array_length(doc text, path text DEFAULT '$') RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT CASE WHEN json_typeof(v) = 'array' THEN json_array_length(v)::bigint WHEN v IS NOT NULL THEN 0 END
    FROM (SELECT nana.json_at(doc, path) AS v) j
  $body$;
  -- SQLite's -> : a path, else a key, an integer an index; the JSON text there, or NULL.
  CREATE OR REPLACE FUNCTION nana.json_arrow(doc text, step text) RETURNS json LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.json_minify(nana.json_at(doc, CASE WHEN left(step, 1) = '$' THEN step ELSE '$."' || replace(step, '"', '""') || '"' END))
  $body$;
  CREATE OR REPLACE FUNCTION nana.json_arrow(doc text, step bigint) RETURNS json LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.json_minify(nana.json_at(doc, '$[' || step || ']'))
  $body$;
  CREATE OR REPLACE FUNCTION nana.json_arrow(doc json, step text) RETURNS json LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.json_arrow(doc::text, step)
  $body$;
  IF to_regoperator('nana.->(text,text)') IS NULL THEN
    CREATE OPERATOR nana.-> (LEFTARG = text, RIGHTARG = text, FUNCTION = nana.json_arrow);
    CREATE OPERATOR nana.-> (LEFTARG = text, RIGHTARG = bigint, FUNCTION = nana.json_arrow);
    CREATE OPERATOR nana.-> (LEFTARG = json, RIGHTARG = text, FUNCTION = nana.json_arrow);
  END IF;
  -- The number a text starts with, 0 if none (rules string-functions, casts).
  CREATE OR REPLACE FUNCTION nana.leading_number(value text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $body$
    SELECT coalesce(substring(value FROM '^\s*[-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?'), '0')::numeric
  $body$;
  -- CAST as SQLite converts (rule casts): reals truncated and clamped to 64 bits, text by its longest number prefix;
  -- STRICT, so NULL stays NULL.
  CREATE OR REPLACE FUNCTION nana.cast_integer(value bigint) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT value
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_integer(value integer) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT value::bigint
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_integer(value numeric) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT greatest(least(trunc(value), 9223372036854775807), -9223372036854775808)::bigint
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_integer(value double precision) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT CASE WHEN value >= 9223372036854775807 THEN 9223372036854775807
      WHEN value <= -9223372036854775808 THEN -9223372036854775808 ELSE trunc(value)::bigint END
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_integer(value text) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.cast_integer(coalesce(substring(value FROM '^\s*([+-]?[0-9]+)')::numeric, 0))
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_integer(value bytea) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.cast_integer(convert_from(value, 'UTF8'))
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_real(value double precision) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT value
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_real(value text) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.leading_number(value)::double precision
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_real(value bytea) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.cast_real(convert_from(value, 'UTF8'))
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_numeric(value numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT CASE WHEN value = trunc(value) AND abs(value) <= 9223372036854775807 THEN trunc(value) ELSE value END
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_numeric(value double precision) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.cast_numeric(value::numeric)
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_numeric(value text) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.cast_numeric(nana.leading_number(value))
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_numeric(value bytea) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.cast_numeric(convert_from(value, 'UTF8'))
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_blob(value bytea) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT value
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_blob(value text) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT convert_to(value, 'UTF8')
  $body$;
  -- A real as SQLite writes it as text: 15 significant digits if they read back as the same real, else 17, always a
  -- decimal point, exponent form below 1.0e-04 and from 1.0e+17 on.
  CREATE OR REPLACE FUNCTION nana.real_text(value double precision) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $body$
      DECLARE
        written text := btrim(to_char(value, '9.99999999999999EEEE'));
        parts text[];
        digits text;
        exponent int;
      BEGIN
        IF value = 'NaN' THEN
          RETURN NULL;
        ELSIF value IN ('Infinity', '-Infinity') THEN
          RETURN CASE WHEN value > 0 THEN 'Inf' ELSE '-Inf' END;
        END IF;
        -- 15 digits of the largest reals round past the largest, which cannot be read back
        IF abs(value) > 1.797693134862315e308 OR written::double precision <> value THEN
          written := btrim(to_char(value, '9.9999999999999999EEEE'));
        END IF;
        parts := regexp_match(written, '^(-?)([0-9])\.([0-9]+)e([-+][0-9]+)$');
        digits := parts[2] || parts[3];
        exponent := parts[4]::int;
        IF exponent < -4 OR exponent >= 17 THEN
          RETURN parts[1] || parts[2] || '.' || coalesce(nullif(rtrim(parts[3], '0'), ''), '0') || 'e'
            || CASE WHEN exponent < 0 THEN '-' ELSE '+' END || CASE WHEN abs(exponent) < 10 THEN '0' ELSE '' END || abs(exponent);
        ELSIF exponent < 0 THEN
          RETURN parts[1] || '0.' || rtrim(repeat('0', -exponent - 1) || digits, '0');
        END IF;
        RETURN parts[1] || rpad(digits, exponent + 1, '0') || '.' || coalesce(nullif(rtrim(substr(digits, exponent + 2), '0'), ''), '0');
      END
    $body$;
  -- CAST AS TEXT and group_concat (rules casts, group-concat): integers in decimal, reals as SQLite writes them, a
  -- blob's bytes as text, a truth value as 1 or 0, any other value (a JSON document, ...) as PostgreSQL writes it.
  CREATE OR REPLACE FUNCTION nana.cast_text(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT value
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_text(value bigint) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT value::text
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_text(value integer) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT value::text
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_text(value smallint) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT value::text
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_text(value anyelement) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT value::text
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_text(value boolean) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT value::int::text
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_text(value double precision) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT nana.real_text(value)
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_text(value numeric) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT CASE WHEN value = trunc(value) AND abs(value) <= 9223372036854775807 THEN trunc(value)::text ELSE nana.real_text(value::double precision) END
  $body$;
  CREATE OR REPLACE FUNCTION nana.cast_text(value bytea) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $body$
    SELECT convert_from(value, 'UTF8')
  $body$;
  -- printf and format (rule string-functions): d i u f s c x X and %, with the flags - 0 , and width/precision.
  CREATE OR REPLACE FUNCTION nana.printf(format text, VARIADIC args text[]) RETURNS text LANGUAGE plpgsql IMMUTABLE
    AS $body$
    DECLARE
      result text := '';
      spec text[];
      flags text;
      width int;
      precision int;
      conversion text;
      arg text;
      piece text;
      n int := 0;
      rest text := format;
      at int;
    BEGIN
      IF format IS NULL THEN
        RETURN NULL;
      END IF;
      LOOP
        at := position('%' IN rest);
        IF at = 0 THEN
          RETURN result || rest;
        END IF;
        result := result || substr(rest, 1, at - 1);
        spec := regexp_match(substr(rest, at), '^%([-0+ #,!]*)([0-9]*)(?:\.([0-9]*))?([a-zA-Z%])');
        IF spec IS NULL THEN
          RETURN result || substr(rest, at);
        END IF;
        rest := substr(rest, at + length('%' || spec[1] || spec[2] || coalesce('.' || spec[3], '') || spec[4]));
        flags := spec[1];
        width := nullif(spec[2], '')::int;
        precision := CASE WHEN spec[3] IS NULL THEN NULL ELSE coalesce(nullif(spec[3], '')::int, 0) END;
        conversion := spec[4];
        IF conversion = '%' THEN
          result := result || '%';
          CONTINUE;
        END IF;
        n := n + 1;
        arg := args[n];
        IF conversion IN ('d', 'i', 'u') THEN
          piece := trunc(nana.leading_number(arg))::text;
          IF position(',' IN flags) > 0 THEN
            piece := to_char(piece::numeric, 'FM999,999,999,999,999,999,990');
          END IF;
        ELSIF conversion = 'f' THEN
          piece := round(nana.leading_number(arg), coalesce(precision, 6))::text;
        ELSIF conversion IN ('x', 'X') THEN
          piece := to_hex(trunc(nana.leading_number(arg))::bigint);
          piece := CASE WHEN conversion = 'X' THEN upper(piece) ELSE piece END;
        ELSIF conversion = 's' THEN
          piece := coalesce(arg, '');
          IF precision IS NOT NULL THEN
            piece := left(piece, precision);
          END IF;
        ELSIF conversion = 'c' THEN
          piece := left(coalesce(arg, ''), 1);
        ELSE
          RAISE EXCEPTION 'nana: printf conversion %%% is not emulated on PostgreSQL', conversion USING ERRCODE = '42N11';
        END IF;
        IF width IS NOT NULL AND length(piece) < width THEN
          IF position('-' IN flags) > 0 THEN
            piece := rpad(piece, width);
          ELSIF position('0' IN flags) > 0 AND conversion NOT IN ('s', 'c') THEN
            piece := CASE WHEN left(piece, 1) = '-' THEN '-' || lpad(substr(piece, 2), width - 1, '0')
              ELSE lpad(piece, width, '0') END;
          ELSE
            piece := lpad(piece, width);
          END IF;
        END IF;
        result := result || piece;
      END LOOP;
    END
  $body$;
  COMMENT ON SCHEMA nana IS '${version}';
END $nana$
