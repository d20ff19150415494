package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * sqlite_master, sqlite_schema and sqlite_temp_master, the same assertions on both backends: on a SQLite file
 * SQLite's own catalogue, on PostgreSQL nana's views of it (rules catalog-record and catalog-tables).
 */
class SqliteCatalogTablesTest {
    @TempDir
    Path dir;

    private Connection open(String backend) throws SQLException {
        return BothBackends.open(backend, dir);
    }

    private static void run(Connection c, String... statements) throws SQLException {
        BothBackends.run(c, statements);
    }

    /** Every row as Class:value cells, sorted: the order of an unordered catalogue query is no contract. */
    private static List<String> rows(Connection c, String sql, Object... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        Object value = r.getObject(i);
                        cells.add(value == null ? "null" : value.getClass().getSimpleName() + ":" + value);
                    }
                    rows.add(String.join(" | ", cells));
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void listsTablesIndexesAndViewsWithTheirDdlAsWritten(String backend) throws SQLException {
        try (Connection c = open(backend)) {
            assertEquals(List.of("Integer:0"), rows(c, "SELECT count(*) FROM sqlite_master"), "a new database");
            run(c, "create  table  if not exists  Things ( a INTEGER ,b text )",
                    "CREATE UNIQUE INDEX ix ON Things(b)",
                    "CREATE VIEW v AS SELECT a FROM Things",
                    "CREATE TABLE u(k TEXT PRIMARY KEY, n INTEGER UNIQUE)",
                    "CREATE TABLE r(id INTEGER PRIMARY KEY)",
                    "CREATE TABLE gone(a TEXT)",
                    "DROP TABLE gone");
            assertEquals(List.of(
                    "String:index | String:ix | String:Things | String:CREATE UNIQUE INDEX ix ON Things(b)",
                    "String:index | String:sqlite_autoindex_u_1 | String:u | null",
                    "String:index | String:sqlite_autoindex_u_2 | String:u | null",
                    "String:table | String:Things | String:Things | String:CREATE TABLE Things ( a INTEGER ,b text )",
                    "String:table | String:r | String:r | String:CREATE TABLE r(id INTEGER PRIMARY KEY)",
                    "String:table | String:u | String:u | String:CREATE TABLE u(k TEXT PRIMARY KEY, n INTEGER UNIQUE)",
                    "String:view | String:v | String:v | String:CREATE VIEW v AS SELECT a FROM Things"),
                    rows(c, "SELECT type, name, tbl_name, sql FROM sqlite_master"));
            assertEquals(List.of("String:integer | String:integer"),
                    rows(c, "SELECT typeof(rootpage), typeof(main.sqlite_schema.rootpage) FROM main.sqlite_schema"
                            + " WHERE name = 'Things'"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void anExistenceCheckFindsWhatWasCreatedAndNothingElse(String backend) throws SQLException {
        try (Connection c = open(backend)) {
            run(c, "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT)");
            String check = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?";
            assertEquals(List.of("Integer:1"), rows(c, check, "users"));
            assertEquals(List.of("Integer:0"), rows(c, check, "nope"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void temporaryTablesAreInSqliteTempMasterOnly(String backend) throws SQLException {
        try (Connection c = open(backend)) {
            run(c, "CREATE TEMP TABLE tt(a INTEGER)");
            assertEquals(List.of("String:tt | String:CREATE TABLE tt(a INTEGER)"),
                    rows(c, "SELECT name, sql FROM sqlite_temp_master"));
            assertEquals(List.of("String:tt"), rows(c, "SELECT name FROM temp.sqlite_master"));
            assertEquals(List.of("Integer:0"), rows(c, "SELECT count(*) FROM sqlite_master"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void tableInfoGivesEachColumnAsDeclared(String backend) throws SQLException {
        try (Connection c = open(backend)) {
            // A column without a type is refused on PostgreSQL (rule declared-types): only SQLite's table has one.
            boolean sqlite = backend.equals("sqlite");
            run(c, "CREATE TABLE Items(id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x', score REAL,"
                    + " \"Mixed Case\" VARCHAR(3), n DECIMAL(10, 2) DEFAULT -1" + (sqlite ? ", untyped)" : ")"));
            List<String> expected = new ArrayList<>(List.of(
                    "Integer:0 | String:id | String:INTEGER | Integer:0 | null | Integer:1",
                    "Integer:1 | String:name | String:TEXT | Integer:1 | String:'x' | Integer:0",
                    "Integer:2 | String:score | String:REAL | Integer:0 | null | Integer:0",
                    "Integer:3 | String:Mixed Case | String:VARCHAR(3) | Integer:0 | null | Integer:0",
                    "Integer:4 | String:n | String:DECIMAL(10, 2) | Integer:0 | String:-1 | Integer:0"));
            if (sqlite) {
                expected.add("Integer:5 | String:untyped | String: | Integer:0 | null | Integer:0");
            }
            assertEquals(expected, rows(c, "PRAGMA table_info(items)"));
            assertEquals(List.of("String:name | String:TEXT"),
                    rows(c, "SELECT name, type FROM pragma_table_info('Items') WHERE cid = 1"));
            assertEquals(List.of(), rows(c, "PRAGMA table_info('nope')"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void alterTableChangesTheDdlAsSqliteRewritesIt(String backend) throws SQLException {
        try (Connection c = open(backend)) {
            run(c, "CREATE TABLE t(a INTEGER UNIQUE, b TEXT CHECK (a > 0), d REAL DEFAULT 0.5  , FOREIGN KEY(a) REFERENCES t(a))",
                    "CREATE TABLE o(x INTEGER REFERENCES t(a))",
                    "CREATE INDEX ix ON t(a) WHERE a > 1",
                    "CREATE TRIGGER tr AFTER DELETE ON t BEGIN SELECT 1; END",
                    "CREATE VIEW v AS SELECT t.a FROM t",
                    "ALTER TABLE t RENAME TO [U n]");
            assertEquals(List.of(
                    "String:index | String:ix | String:U n | String:CREATE INDEX ix ON \"U n\"(a) WHERE a > 1",
                    "String:table | String:U n | String:U n | String:CREATE TABLE \"U n\"(a INTEGER UNIQUE, b TEXT CHECK (a > 0),"
                            + " d REAL DEFAULT 0.5  , FOREIGN KEY(a) REFERENCES \"U n\"(a))",
                    "String:table | String:o | String:o | String:CREATE TABLE o(x INTEGER REFERENCES \"U n\"(a))",
                    "String:trigger | String:tr | String:U n | String:CREATE TRIGGER tr AFTER DELETE ON \"U n\" BEGIN"
                            + " SELECT 1; END",
                    "String:view | String:v | String:v | String:CREATE VIEW v AS SELECT \"U n\".a FROM \"U n\""),
                    rows(c, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"));
            run(c, "DROP VIEW v", "ALTER TABLE [u N] RENAME COLUMN A TO \"A x\"",
                    "ALTER TABLE [U n] ADD COLUMN e TEXT DEFAULT 'it''s' ", "ALTER TABLE [U n] DROP COLUMN d");
            assertEquals(List.of(
                    "String:CREATE INDEX ix ON \"U n\"(\"A x\") WHERE \"A x\" > 1",
                    "String:CREATE TABLE \"U n\"(\"A x\" INTEGER UNIQUE, b TEXT CHECK (\"A x\" > 0), e TEXT DEFAULT 'it''s',"
                            + " FOREIGN KEY(\"A x\") REFERENCES \"U n\"(\"A x\"))",
                    "String:CREATE TABLE o(x INTEGER REFERENCES \"U n\"(\"A x\"))",
                    "String:CREATE TRIGGER tr AFTER DELETE ON \"U n\" BEGIN SELECT 1; END"),
                    rows(c, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"));
            assertEquals(List.of(
                    "Integer:0 | String:A x | String:INTEGER | Integer:0 | null | Integer:0",
                    "Integer:1 | String:b | String:TEXT | Integer:0 | null | Integer:0",
                    "Integer:2 | String:e | String:TEXT | Integer:0 | String:'it''s' | Integer:0"),
                    rows(c, "PRAGMA table_info([U n])"));
        }
    }
}
