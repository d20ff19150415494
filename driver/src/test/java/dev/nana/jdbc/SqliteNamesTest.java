package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names quoted or not are one name whatever their ASCII case, on both backends; labels as written. */
class SqliteNamesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void quotedNamesIgnoreCaseAndQuotedColumnsKeepTheirLabels(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            BothBackends.run(c, "CREATE TABLE \"Mixed\"(\"firstName\" TEXT, [Age] INTEGER)",
                    "INSERT INTO mixed(FIRSTNAME, `age`) VALUES ('Ann', 30)");
            assertEquals(List.of("String:Ann Integer:30"),
                    BothBackends.rows(c, "SELECT \"FIRSTNAME\", [AGE] FROM \"MIXED\""));
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT \"firstName\", [Age] FROM Mixed")) {
                assertEquals("firstName", r.getMetaData().getColumnLabel(1));
                assertEquals("Age", r.getMetaData().getColumnLabel(2));
            }
            assertEquals(List.of("String:Mixed"), BothBackends.rows(c, "SELECT name FROM sqlite_master"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void expressionsAndAliasesAreLabelledAndFoundAsWritten(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            BothBackends.run(c, "CREATE TABLE t(a INTEGER)", "INSERT INTO t VALUES (1), (2)");
            try (var s = c.prepareStatement("SELECT count(*), max(a) AS Biggest FROM t");
                 ResultSet r = s.executeQuery()) {
                assertEquals("count(*)", r.getMetaData().getColumnLabel(1));
                assertEquals("Biggest", r.getMetaData().getColumnLabel(2));
                r.next();
                assertEquals(2, r.getInt("count(*)"));
                assertEquals("2", r.getString("BIGGEST"));
            }
        }
    }

    /** PostgreSQL reserves user: its bare {@code SELECT user} would be the session's role. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void wordsPostgresqlReservesAreNamesAsInSqlite(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            BothBackends.run(c, "CREATE TABLE user(user TEXT, only INTEGER)", "INSERT INTO user VALUES ('ann', 1)");
            assertEquals(List.of("String:ann Integer:1"), BothBackends.rows(c, "SELECT user, only FROM user"));
        }
    }

    /** SQLite runs compound operators left to right; PostgreSQL's INTERSECT binds tighter. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void compoundSelectsRunLeftToRightAndSubqueriesNeedNoAlias(String backend) throws SQLException {
        try (Connection c = BothBackends.open(backend, dir)) {
            assertEquals(List.of("Integer:1"),
                    BothBackends.rows(c, "SELECT 1 UNION SELECT 2 EXCEPT SELECT 2 INTERSECT SELECT 1"));
            assertEquals(List.of("Integer:1"), BothBackends.rows(c, "SELECT a FROM (SELECT 1 AS a)"));
        }
    }
}
