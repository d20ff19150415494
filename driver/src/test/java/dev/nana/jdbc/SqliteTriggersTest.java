package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Triggers written in SQLite's form, the same assertions on both backends: on a SQLite file SQLite's own behaviour,
 * on PostgreSQL the trigger functions of rule create-trigger.
 */
class SqliteTriggersTest {
    @TempDir
    Path dir;

    private Connection open(String backend) throws SQLException {
        return BothBackends.open(backend, dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void rowTriggersSeeOldAndNewAndTheirWhenClause(String backend) throws SQLException {
        try (Connection c = open(backend)) {
            BothBackends.run(c, "CREATE TABLE t(a INTEGER, b INTEGER)", "CREATE TABLE log(id INTEGER PRIMARY KEY, what TEXT, o INTEGER, n INTEGER)",
                    "CREATE TRIGGER ins AFTER INSERT ON t WHEN NEW.a > 10 BEGIN"
                            + " INSERT INTO log(what, o, n) VALUES ('ins ' || NEW.a, NULL, NEW.a); END",
                    "CREATE TRIGGER upd AFTER UPDATE OF b ON t BEGIN INSERT INTO log(what, o, n) VALUES ('upd', OLD.b, NEW.b); END",
                    "CREATE TRIGGER del BEFORE DELETE ON t FOR EACH ROW BEGIN"
                            + " INSERT INTO log(what, o, n) VALUES ('del', OLD.a, NULL); SELECT 1; END",
                    "INSERT INTO t VALUES (5, 1), (50, 2)", "UPDATE t SET a = a + 1", "UPDATE t SET b = 3 WHERE a = 6",
                    "DELETE FROM t WHERE a = 51");
            assertEquals(List.of("String:ins 50 null Integer:50", "String:upd Integer:1 Integer:3",
                    "String:del Integer:51 null"), BothBackends.rows(c, "SELECT what, o, n FROM log ORDER BY id"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void raiseAbortFailsTheStatementAndRaiseIgnoreLeavesTheRowOut(String backend) throws SQLException {
        try (Connection c = open(backend)) {
            BothBackends.run(c, "CREATE TABLE t(a INTEGER)",
                    "CREATE TRIGGER no_negatives BEFORE INSERT ON t WHEN NEW.a < 0 BEGIN"
                            + " SELECT RAISE(ABORT, 'negative'); END",
                    "CREATE TRIGGER no_zero BEFORE INSERT ON t BEGIN SELECT RAISE(IGNORE) WHERE NEW.a = 0; END");
            SQLException e = assertThrows(SQLException.class, () -> BothBackends.run(c, "INSERT INTO t VALUES (1), (-1)"));
            assertEquals("23000", e.getSQLState());
            BothBackends.run(c, "INSERT INTO t VALUES (0), (2), (0), (3)");
            assertEquals(List.of("Integer:2", "Integer:3"), BothBackends.rows(c, "SELECT a FROM t ORDER BY a"));
        }
    }

    /** SQLite's recursive_triggers is off: a trigger's own writes do not fire it again, other triggers do fire. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aTriggerDoesNotFireFromItsOwnBody(String backend) throws SQLException {
        try (Connection c = open(backend)) {
            BothBackends.run(c, "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT, touched INTEGER DEFAULT 0)",
                    "CREATE TABLE log(id INTEGER PRIMARY KEY, x TEXT)",
                    "CREATE TRIGGER touch AFTER UPDATE ON t BEGIN"
                            + " UPDATE t SET touched = touched + 1 WHERE id = NEW.id; END",
                    "CREATE TRIGGER logged AFTER UPDATE OF touched ON t BEGIN INSERT INTO log(x) VALUES (NEW.v); END",
                    "INSERT INTO t(v) VALUES ('a')", "UPDATE t SET v = 'b'", "UPDATE t SET v = 'c'");
            assertEquals(List.of("String:c Integer:2"), BothBackends.rows(c, "SELECT v, touched FROM t"));
            assertEquals(List.of("String:b", "String:c"), BothBackends.rows(c, "SELECT x FROM log ORDER BY id"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void insteadOfTriggersMakeAViewWritable(String backend) throws SQLException {
        try (Connection c = open(backend)) {
            BothBackends.run(c, "CREATE TABLE t(a INTEGER)", "CREATE VIEW v AS SELECT a FROM t",
                    "CREATE TRIGGER v_insert INSTEAD OF INSERT ON v WHEN NEW.a <> 0 BEGIN"
                            + " INSERT INTO t VALUES (NEW.a * 10); END",
                    "INSERT INTO v VALUES (2)", "INSERT INTO v VALUES (0)");
            assertEquals(List.of("Integer:20"), BothBackends.rows(c, "SELECT a FROM v"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void sqliteMasterListsTriggersAsWrittenUntilTheyAreDropped(String backend) throws SQLException {
        try (Connection c = open(backend)) {
            String trigger = "CREATE TRIGGER IF NOT EXISTS [Audit] AFTER INSERT ON t BEGIN SELECT 1; END";
            BothBackends.run(c, "CREATE TABLE t(a INTEGER)", "CREATE TABLE u(a INTEGER)", trigger, trigger,
                    "CREATE TRIGGER other AFTER INSERT ON u BEGIN SELECT 2; END");
            assertEquals(List.of("String:Audit String:t Integer:0 String:CREATE TRIGGER [Audit] AFTER INSERT ON t"
                            + " BEGIN SELECT 1; END", "String:other String:u Integer:0 String:CREATE TRIGGER other"
                            + " AFTER INSERT ON u BEGIN SELECT 2; END"),
                    BothBackends.rows(c, "SELECT name, tbl_name, rootpage, sql FROM sqlite_master WHERE type = 'trigger'"
                            + " ORDER BY name"));
            SQLException duplicate = assertThrows(SQLException.class,
                    () -> BothBackends.run(c, "CREATE TRIGGER audit AFTER INSERT ON u BEGIN SELECT 3; END"));
            assertEquals("42S01", duplicate.getSQLState());
            BothBackends.run(c, "DROP TRIGGER audit", "DROP TRIGGER IF EXISTS audit", "DROP TABLE u");
            assertEquals(List.of(), BothBackends.rows(c, "SELECT name FROM sqlite_master WHERE type = 'trigger'"));
            SQLException missing = assertThrows(SQLException.class, () -> BothBackends.run(c, "DROP TRIGGER audit"));
            assertEquals("HY000", missing.getSQLState());
            BothBackends.run(c, "INSERT INTO t VALUES (1)");
        }
    }
}
