package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Wrapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;
import org.sqlite.jdbc4.JDBC4DatabaseMetaData;
import org.sqlite.jdbc4.JDBC4PreparedStatement;
import org.sqlite.jdbc4.JDBC4ResultSet;
import org.sqlite.jdbc4.JDBC4Statement;

/**
 * allowBackendUnwrap: by default unwrap reaches sqlite-jdbc's objects, as code written for sqlite-jdbc expects; with
 * false, no path of the JDBC API hands out a sqlite-jdbc object, which would run SQL without the policy.
 */
class BackendUnwrapTest {
    @TempDir
    Path dir;

    private Connection open(String query) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:nana:" + dir.resolve("unwrap.db") + query);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, x TEXT)");
            s.execute("INSERT INTO t(x) VALUES ('a')");
        }
        return c;
    }

    private static void assertNotBackend(Object handedOut) {
        assertFalse(handedOut.getClass().getName().startsWith("org.sqlite"), handedOut.getClass().getName());
    }

    private static void assertRefused(Wrapper wrapper, Class<?> backendType) throws SQLException {
        assertFalse(wrapper.isWrapperFor(backendType), backendType.getName());
        SQLException e = assertThrows(SQLException.class, () -> wrapper.unwrap(backendType));
        assertEquals("42501", e.getSQLState(), e.getMessage());
        assertEquals("nana: unwrap to " + backendType.getName() + " is refused: allowBackendUnwrap is false, and the"
                + " backend's objects run SQL without the policy", e.getMessage());
    }

    @Test
    void byDefaultUnwrapReachesSqliteJdbcAsCodeWrittenForItExpects() throws Exception {
        try (Connection c = open(""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT x FROM t")) {
            assertTrue(c.isWrapperFor(SQLiteConnection.class));
            assertInstanceOf(SQLiteConnection.class, c.unwrap(SQLiteConnection.class));
            assertInstanceOf(JDBC4Statement.class, s.unwrap(JDBC4Statement.class));
            assertInstanceOf(JDBC4ResultSet.class, rs.unwrap(JDBC4ResultSet.class));
        }
    }

    @Test
    void withItOffNoUnwrapReachesTheBackend() throws Exception {
        try (Connection c = open("?allowBackendUnwrap=false");
             Statement s = c.createStatement();
             PreparedStatement ps = c.prepareStatement("SELECT x FROM t WHERE id = ?");
             ResultSet rs = s.executeQuery("SELECT x FROM t")) {
            assertRefused(c, SQLiteConnection.class);
            assertRefused(s, JDBC4Statement.class);
            assertRefused(ps, JDBC4PreparedStatement.class);
            assertRefused(rs, JDBC4ResultSet.class);
            DatabaseMetaData metaData = c.getMetaData();
            assertRefused(metaData, JDBC4DatabaseMetaData.class);
            try (ResultSet tables = metaData.getTables(null, null, "t", null)) {
                assertRefused(tables, JDBC4ResultSet.class);
            }
            assertSame(c.unwrap(NanaConnection.class), c.unwrap(Connection.class), "nana's own types still unwrap");
            assertInstanceOf(NanaStatement.class, s.unwrap(Statement.class));
        }
    }

    /** sqlite-jdbc's metadata objects are its result sets and statements, each one step from the raw connection. */
    @Test
    void withItOffEveryObjectHandedOutIsNanas() throws Exception {
        try (Connection c = open("?allowBackendUnwrap=false");
             Statement s = c.createStatement();
             PreparedStatement ps = c.prepareStatement("SELECT id, x FROM t WHERE id = ?")) {
            ps.setInt(1, 1);
            DatabaseMetaData metaData = c.getMetaData();
            List<Object> handedOut = new ArrayList<>(List.of(metaData, metaData.getConnection(), s.getConnection(),
                    ps.getConnection()));
            try (ResultSet rs = s.executeQuery("SELECT id, x FROM t"); ResultSet prepared = ps.executeQuery();
                 ResultSet tables = metaData.getTables(null, null, "t", null)) {
                ResultSetMetaData columns = rs.getMetaData();
                ResultSetMetaData statementColumns = ps.getMetaData();
                ParameterMetaData parameters = ps.getParameterMetaData();
                rs.next();
                handedOut.addAll(List.of(rs, rs.getStatement(), prepared, prepared.getStatement(), tables, columns,
                        statementColumns, parameters, tables.getMetaData(), rs.getClob(2), rs.getClob("x")));
                handedOut.forEach(BackendUnwrapTest::assertNotBackend);
                assertEquals(2, columns.getColumnCount());
                assertEquals("x", columns.getColumnName(2));
                assertEquals("x", statementColumns.getColumnName(2));
                assertEquals(1, parameters.getParameterCount());
                assertRefused(columns, JDBC4ResultSet.class);
                assertRefused(parameters, JDBC4PreparedStatement.class);
                assertSame(columns, columns.unwrap(ResultSetMetaData.class));
                assertEquals("a", rs.getClob(2).getSubString(1, 1));
            }
        }
    }

    @Test
    void applicationFunctionsNeedNoUnwrap() throws Exception {
        try (Connection c = open("?allowBackendUnwrap=false"); Statement s = c.createStatement()) {
            c.unwrap(NanaConnection.class).createFunction("twice", 1, args -> (Long) args[0] * 2);
            try (ResultSet rs = s.executeQuery("SELECT twice(21)")) {
                rs.next();
                assertEquals(42, rs.getInt(1));
            }
        }
    }

    @Test
    void theDataSourceCarriesTheSetting() throws Exception {
        NanaDataSource hardened = new NanaDataSource();
        hardened.setUrl("jdbc:nana:" + dir.resolve("unwrap.db"));
        hardened.setAllowBackendUnwrap(false);
        try (Connection c = hardened.getConnection()) {
            assertRefused(c, SQLiteConnection.class);
        }
    }
}
