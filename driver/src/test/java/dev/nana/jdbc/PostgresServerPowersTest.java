package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQLite-dialect SQL through jdbc:nana:postgresql: reaches none of the server's own powers, however spelled, with
 * the policy strict or not, through execute or prepareStatement: each spelling is refused with class 42 before it
 * runs, and the server shows that nothing happened (no large object, no extension, no changed setting).
 */
class PostgresServerPowersTest {
    private String rawUrl;
    private Connection strict;
    private Connection lenient;

    @BeforeEach
    void open() throws SQLException {
        rawUrl = TestPostgres.newDatabaseUrl();
        String url = "jdbc:nana:" + rawUrl.substring("jdbc:".length());
        strict = DriverManager.getConnection(url);
        lenient = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "strict=false");
        try (Statement s = strict.createStatement()) {
            s.execute("CREATE TABLE t(a INTEGER)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        strict.close();
        lenient.close();
    }

    static List<String> spellings() {
        return List.of(
                "SELECT pg_read_file('/etc/hostname')",
                "SELECT PG_READ_FILE('/etc/hostname')",
                "SELECT \"pg_read_file\"('/etc/hostname')",
                "SELECT [pg_read_file]('/etc/hostname')",
                "SELECT pg_catalog.pg_read_file('/etc/hostname')",
                "SELECT pg_read_binary_file('/etc/hostname')",
                "SELECT * FROM pg_ls_dir('.')",
                "SELECT pg_stat_file('postgresql.auto.conf')",
                "SELECT lo_import('/etc/hostname')",
                "SELECT lo_export(1, '/tmp/nana-lo')",
                "SELECT lo_from_bytea(0, x'00')",
                "SELECT set_config('search_path', 'nowhere', false)",
                "SELECT current_setting('data_directory')",
                "SELECT pg_terminate_backend(pg_backend_pid())",
                "SELECT pg_cancel_backend(1)",
                "SELECT pg_reload_conf()",
                "SELECT * FROM dblink('dbname=postgres', 'select 1') AS r(a int)",
                "SELECT query_to_xml('select 1', 1, 1, '')",
                "SELECT a FROM t WHERE a IN (SELECT length(pg_read_file('/etc/hostname')))",
                "SELECT {fn pg_read_file('/etc/hostname')}",
                "CREATE VIEW v AS SELECT pg_read_file('/etc/hostname')",
                "CREATE TABLE u(a TEXT DEFAULT (pg_read_file('/etc/hostname')))",
                "CREATE EXTENSION IF NOT EXISTS dblink",
                "CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql",
                "CREATE ROLE intruder SUPERUSER",
                "DROP SCHEMA public CASCADE",
                "DROP EXTENSION IF EXISTS plpgsql",
                "ALTER SYSTEM SET work_mem = '1GB'",
                "ALTER ROLE postgres NOSUPERUSER",
                "EXPLAIN ANALYZE DELETE FROM t",
                "WITH d AS (DELETE FROM t RETURNING *) SELECT count(*) FROM d",
                "COPY t TO '/tmp/nana-copy'",
                "COPY t FROM PROGRAM 'id'",
                "SET ROLE postgres",
                "SET search_path = nowhere",
                "RESET ALL",
                "DO $$ BEGIN PERFORM 1; END $$",
                "GRANT ALL ON t TO PUBLIC",
                "TRUNCATE t",
                "SELECT 1; SELECT pg_read_file('/etc/hostname')");
    }

    @ParameterizedTest
    @MethodSource("spellings")
    void refusedBeforeItRuns(String sql) throws SQLException {
        long largeObjects = count("SELECT count(*) FROM pg_largeobject_metadata");
        long extensions = count("SELECT count(*) FROM pg_extension");
        for (Connection connection : List.of(strict, lenient)) {
            SQLException executed = assertThrows(SQLException.class, () -> {
                try (Statement s = connection.createStatement()) {
                    s.execute(sql);
                }
            });
            assertTrue(executed.getSQLState().startsWith("42"), executed.getSQLState() + " " + executed.getMessage());
            SQLException prepared = assertThrows(SQLException.class, () -> {
                try (PreparedStatement p = connection.prepareStatement(sql)) {
                    p.execute();
                }
            });
            assertTrue(prepared.getSQLState().startsWith("42"), prepared.getSQLState() + " " + prepared.getMessage());
        }
        assertEquals(largeObjects, count("SELECT count(*) FROM pg_largeobject_metadata"));
        assertEquals(extensions, count("SELECT count(*) FROM pg_extension"));
        try (Statement s = strict.createStatement(); ResultSet rows = s.executeQuery("SELECT count(*) FROM t")) {
            assertTrue(rows.next(), "the table is still there and readable");
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection raw = DriverManager.getConnection(rawUrl); Statement s = raw.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
