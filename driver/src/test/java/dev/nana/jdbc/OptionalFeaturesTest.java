package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Optional JDBC features SQLite lacks are refused with SQLFeatureNotSupportedException, SQLState HYC00 (never
 * 0A000, on which HikariCP evicts), a message naming the feature, and a connection that keeps working.
 */
class OptionalFeaturesTest {
    @TempDir
    Path dir;
    Connection connection;
    Statement statement;
    PreparedStatement prepared;
    ResultSet results;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:nana:" + dir.resolve("features.db"));
        statement = connection.createStatement();
        statement.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)");
        statement.execute("INSERT INTO t VALUES (1, 'a')");
        prepared = connection.prepareStatement("SELECT ?");
        results = connection.createStatement().executeQuery("SELECT id, name FROM t");
        results.next();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @FunctionalInterface
    interface Use {
        void on(OptionalFeaturesTest test) throws Exception;
    }

    static Stream<Arguments> features() {
        return Stream.of(
                feature("prepareCall", t -> t.connection.prepareCall("{call f()}")),
                feature("createBlob", t -> t.connection.createBlob()),
                feature("createNClob", t -> t.connection.createNClob()),
                feature("createSQLXML", t -> t.connection.createSQLXML()),
                feature("createStruct", t -> t.connection.createStruct("point", new Object[0])),
                feature("TYPE_FORWARD_ONLY", t -> t.connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE,
                        ResultSet.CONCUR_READ_ONLY)),
                feature("CONCUR_READ_ONLY", t -> t.connection.prepareStatement("SELECT 1",
                        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE)),
                feature("CLOSE_CURSORS_AT_COMMIT", t -> t.connection.setHoldability(
                        ResultSet.HOLD_CURSORS_OVER_COMMIT)),
                feature("getMoreResults", t -> {
                    t.statement.execute("SELECT 1");
                    t.statement.getMoreResults(Statement.KEEP_CURRENT_RESULT);
                }),
                feature("setArray", t -> t.prepared.setArray(1, null)),
                feature("setBlob", t -> t.prepared.setBlob(1, (Blob) null)),
                feature("setNClob", t -> t.prepared.setNClob(1, (NClob) null)),
                feature("setNCharacterStream", t -> t.prepared.setNCharacterStream(1, new StringReader("x"))),
                feature("setURL", t -> t.prepared.setURL(1, null)),
                feature("getArray", t -> t.results.getArray(1)),
                feature("getBlob", t -> t.results.getBlob(2)),
                feature("getObject", t -> t.results.getObject(1, new HashMap<>())),
                feature("updateString", t -> t.results.updateString(2, "b")),
                feature("deleteRow", t -> t.results.deleteRow()),
                feature("getRowIdLifetime", t -> t.connection.getMetaData().getRowIdLifetime()),
                feature("getFunctions", t -> t.connection.getMetaData().getFunctions(null, null, null)));
    }

    private static Arguments feature(String named, Use use) {
        return Arguments.of(named, use);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void isRefusedAsNotSupportedWithoutCostingTheConnection(String named, Use use) throws SQLException {
        SQLFeatureNotSupportedException e = assertThrows(SQLFeatureNotSupportedException.class, () -> use.on(this));
        assertEquals("HYC00", e.getSQLState());
        assertTrue(e.getMessage().startsWith("nana: ") && e.getMessage().contains(named), e.getMessage());
        assertTrue(connection.isValid(1));
        try (Statement s = connection.createStatement()) {
            assertEquals(1, s.executeUpdate("INSERT INTO t(name) VALUES ('still works')"));
        }
    }
}
