package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementKindTest {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            SELECT 1                                                  | SELECT    | SELECT
            select 1                                                  | SELECT    | SELECT
            /* c */ VALUES (1)                                        | VALUES    | VALUES
            INSERT INTO t VALUES (1)                                  | INSERT    | INSERT
            INSERT OR REPLACE INTO t VALUES (1)                       | INSERT    | INSERT
            REPLACE INTO t VALUES (1)                                 | REPLACE   | REPLACE
            UPDATE t SET a = 1                                        | UPDATE    | UPDATE
            DELETE FROM t                                             | DELETE    | DELETE
            WITH x AS (SELECT 1) DELETE FROM t                        | DELETE    | DELETE
            WITH RECURSIVE x(n) AS (SELECT 1 UNION SELECT n+1 FROM x) SELECT n FROM x | SELECT | SELECT
            WITH a AS MATERIALIZED (SELECT 1), b(c) AS NOT MATERIALIZED (SELECT 2) INSERT INTO t SELECT * FROM b | INSERT | INSERT
            WITH replace AS (SELECT 1) SELECT * FROM replace          | SELECT    | SELECT
            WITH x AS (SELECT 1) UPDATE t SET a = 1                   | UPDATE    | UPDATE
            WITH x AS (SELECT 1) REPLACE INTO t VALUES (1)            | REPLACE   | REPLACE
            WITH x AS (SELECT 1) VALUES (1)                           | VALUES    | VALUES
            WITH x AS (SELECT 1) ATTACH 'f' AS g                      | UNKNOWN   | UNKNOWN
            WITH x AS (SELECT 1                                       | UNKNOWN   | UNKNOWN
            CREATE TABLE t (a)                                        | CREATE    | CREATE
            DROP TABLE t                                              | DROP      | DROP
            ALTER TABLE t ADD COLUMN b                                | ALTER     | ALTER
            PRAGMA foreign_keys                                       | PRAGMA    | PRAGMA
            BEGIN IMMEDIATE                                           | BEGIN     | BEGIN
            COMMIT                                                    | COMMIT    | COMMIT
            END TRANSACTION                                           | COMMIT    | COMMIT
            ROLLBACK TO sp                                            | ROLLBACK  | ROLLBACK
            SAVEPOINT sp                                              | SAVEPOINT | SAVEPOINT
            RELEASE sp                                                | RELEASE   | RELEASE
            ATTACH 'f.db' AS f                                        | ATTACH    | ATTACH
            DETACH f                                                  | DETACH    | DETACH
            VACUUM                                                    | VACUUM    | VACUUM
            ANALYZE                                                   | ANALYZE   | ANALYZE
            REINDEX                                                   | REINDEX   | REINDEX
            EXPLAIN SELECT 1                                          | EXPLAIN   | SELECT
            EXPLAIN QUERY PLAN WITH x AS (SELECT 1) SELECT * FROM x   | EXPLAIN   | SELECT
            EXPLAIN PRAGMA trusted_schema = 1                         | EXPLAIN   | PRAGMA
            EXPLAIN ATTACH 'f' AS g                                   | EXPLAIN   | ATTACH
            EXPLAIN EXPLAIN SELECT 1                                  | EXPLAIN   | UNKNOWN
            backup to 'f.db'                                          | BACKUP    | BACKUP
            BACKUP main TO 'f.db'                                     | BACKUP    | BACKUP
            restore from 'f.db'                                       | RESTORE   | RESTORE
            backups to 'f.db'                                         | UNKNOWN   | UNKNOWN
            SELEC 1                                                   | UNKNOWN   | UNKNOWN
            "SELECT" 1                                                | UNKNOWN   | UNKNOWN
            (SELECT 1)                                                | UNKNOWN   | UNKNOWN
            """)
    void classifiesByLeadingKeywords(String sql, StatementKind kind, StatementKind effectiveKind) {
        StatementFacts statement = ScriptAnalyzer.analyze(sql, null, EncryptedColumns.NONE).statements().get(0);
        assertEquals(kind, statement.kind());
        assertEquals(effectiveKind, statement.effectiveKind());
    }

    /** getGeneratedKeys needs to know where a row went, and that a DO UPDATE that updates inserts nothing. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            INSERT INTO t VALUES (1)                                                     | Insertion[schema=null, table=t, upsertUpdates=false]
            insert or ignore into "My Table" values (1)                                  | Insertion[schema=null, table=my table, upsertUpdates=false]
            REPLACE INTO aux.T VALUES (1)                                                | Insertion[schema=aux, table=t, upsertUpdates=false]
            WITH x AS (SELECT 1) INSERT INTO t SELECT 1 FROM x WHERE true ON CONFLICT DO UPDATE SET b = 2 | Insertion[schema=null, table=t, upsertUpdates=true]
            INSERT INTO t VALUES (1) ON CONFLICT(a) DO UPDATE SET b = 2                  | Insertion[schema=null, table=t, upsertUpdates=true]
            INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING                              | Insertion[schema=null, table=t, upsertUpdates=false]
            INSERT INTO t VALUES ('DO UPDATE')                                           | Insertion[schema=null, table=t, upsertUpdates=false]
            INSERT INTO "do" VALUES (1)                                                  | Insertion[schema=null, table=do, upsertUpdates=false]
            INSERT INTO (1)                                                              | Insertion[schema=null, table=null, upsertUpdates=false]
            UPDATE t SET b = 2                                                           | null
            EXPLAIN INSERT INTO t VALUES (1)                                             | null
            """)
    void findsWhatAnInsertInsertsInto(String sql, String insertion) {
        StatementFacts statement = ScriptAnalyzer.analyze(sql, null, EncryptedColumns.NONE).statements().get(0);
        assertEquals(insertion, String.valueOf(statement.insertion()));
    }
}
