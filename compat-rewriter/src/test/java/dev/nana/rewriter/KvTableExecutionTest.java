package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.Function;

/**
 * The rewritten key-value SQL run by SQLite itself (sqlite-jdbc on a temp file), parameters bound as given. The
 * driver's strict {@code nana_json} needs the key-value codec, so {@link JsonStandIn} takes its place: these tests
 * show where the rewrite puts the check; the driver's KvStrictJsonTest shows how strict the check is.
 */
class KvTableExecutionTest {
    private final SqlPipeline pipeline = SqlPipeline.shared(PolicyConfig.DEFAULT, "kv", 100);
    private Connection side;
    private Connection db;

    @BeforeEach
    void open(@TempDir Path dir) throws SQLException {
        side = DriverManager.getConnection("jdbc:sqlite::memory:");
        db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kv.db"));
        Function.create(db, "nana_json", new JsonStandIn(side), 1, Function.FLAG_DETERMINISTIC);
        try (Statement s = db.createStatement()) {
            for (String namespace : List.of("users", "orders", "audit")) {
                s.execute("CREATE TABLE \"" + namespace + "\"(key TEXT PRIMARY KEY, value TEXT)");
            }
            s.execute("CREATE TABLE people(id TEXT PRIMARY KEY, name TEXT)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
        side.close();
    }

    @Test
    void storesCanonicalJson() throws Exception {
        run("INSERT INTO kv.users(key, value) VALUES (?, ?)", "u1", "{ \"name\" : \"Bob\",\n \"age\": 25 }");
        assertEquals(List.of(List.of("{\"name\":\"Bob\",\"age\":25}", "text")), stored("users", "u1"));
    }

    @Test
    void malformedJsonIsRefusedAndNothingIsWritten() throws Exception {
        SQLException insert = assertThrows(SQLException.class,
                () -> run("INSERT INTO kv.users VALUES (?, ?)", "u1", "Bob"));
        assertTrue(insert.getMessage().contains("malformed JSON"), insert.getMessage());
        assertEquals(List.of(), rows("SELECT * FROM users"));

        run("INSERT INTO kv.users VALUES ('u1', '{}')");
        SQLException update = assertThrows(SQLException.class,
                () -> run("UPDATE kv.users SET value = ? WHERE key = 'u1'", "{\"unclosed\": 1"));
        assertTrue(update.getMessage().contains("malformed JSON"), update.getMessage());
        assertEquals(List.of(List.of("{}", "text")), stored("users", "u1"));
    }

    @Test
    void numbersBecomeJsonText() throws Exception {
        run("INSERT INTO kv.users VALUES (?, ?), (?, ?), (?, ?)", "i", 42, "d", 4.5, "n", null);
        assertEquals(List.of(List.of("42", "text")), stored("users", "i"));
        assertEquals(List.of(List.of("4.5", "text")), stored("users", "d"));
        assertEquals(Arrays.asList(Arrays.asList(null, "null")), stored("users", "n"));
    }

    @Test
    void jsonExtractFiltersAndSelects() throws Exception {
        run("INSERT INTO kv.users VALUES (?, ?), (?, ?), (?, ?)", "u1", "{\"name\": \"Bob\", \"age\": 25}",
                "u2", "{\"name\": \"Carol\", \"age\": 41}", "x1", "{\"name\": \"Xavier\", \"age\": 70}");
        assertEquals(List.of(List.of("u2", "Carol")), run("SELECT key, json_extract(value, '$.name') FROM kv.users"
                + " WHERE key LIKE 'u%' AND json_extract(value, '$.age') > ? ORDER BY key", 30));
    }

    @Test
    void numberedParametersInReversedColumns() throws Exception {
        String sql = "INSERT INTO kv.users (value, key) VALUES (?2, ?1)";
        assertEquals(List.of(2), pipeline.plan(sql).statements().get(0).kv().valueParameters());
        run(sql, "k", "[1, 2]");
        assertEquals(List.of(List.of("[1,2]", "text")), stored("users", "k"));
        assertThrows(SQLException.class, () -> run(sql, "k2", "[1, 2"));
    }

    @Test
    void upsertAndReplaceCheckTheNewValue() throws Exception {
        run("INSERT INTO kv.users VALUES ('u1', '{\"age\": 25}')");
        String upsert = "INSERT INTO kv.users VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET value = :v";
        run(upsert, "u1", "{\"age\" : 26}");
        assertEquals(List.of(List.of("{\"age\":26}", "text")), stored("users", "u1"));
        assertThrows(SQLException.class, () -> run(upsert, "u1", "{\"age\": }"));
        assertEquals(List.of(List.of("{\"age\":26}", "text")), stored("users", "u1"));
        run("REPLACE INTO kv.users VALUES (:key, :value)", "u1", "true");
        assertEquals(List.of(List.of("true", "text")), stored("users", "u1"));
    }

    @Test
    void updateWithJsonSetAndDeleteReturning() throws Exception {
        run("INSERT INTO kv.users VALUES ('u1', '{\"name\": \"Bob\", \"age\": 25}'), ('v1', '1')");
        run("UPDATE kv.users SET value = json_set(value, '$.age', 26) WHERE key = ?", "u1");
        assertEquals(List.of(List.of("{\"name\":\"Bob\",\"age\":26}", "text")), stored("users", "u1"));
        assertEquals(List.of(List.of("u1", 26)),
                run("DELETE FROM kv.users WHERE key LIKE 'u%' RETURNING key, json_extract(value, '$.age')"));
        assertEquals(List.of(List.of("v1")), rows("SELECT key FROM users"));
    }

    @Test
    void joinsNamespacesWithEachOtherAndOrdinaryTables() throws Exception {
        run("INSERT INTO people VALUES ('u1', 'Bob'), ('u2', 'Carol')");
        run("INSERT INTO kv.users VALUES ('u1', '{\"age\": 25}'), ('u2', '{\"age\": 41}')");
        run("INSERT INTO kv.orders VALUES ('o1', '{\"user\": \"u2\", \"total\": 9.5}')");
        assertEquals(List.of(List.of("Carol", 41, 9.5)), run("SELECT p.name, json_extract(kv.users.value, '$.age'),"
                + " json_extract(o.value, '$.total') FROM people p JOIN kv.users ON kv.users.key = p.id"
                + " JOIN kv.orders o ON json_extract(o.value, '$.user') = kv.users.key"));
    }

    @Test
    void triggerBodiesWriteCheckedJson() throws Exception {
        run("CREATE TRIGGER people_audit AFTER INSERT ON people BEGIN"
                + " INSERT INTO kv.audit VALUES (new.id, new.name); END");
        assertThrows(SQLException.class, () -> run("INSERT INTO people VALUES ('p1', 'Bob')"));
        assertEquals(List.of(), rows("SELECT * FROM people"));
        run("INSERT INTO people VALUES ('p1', '\"Bob\"')");
        assertEquals(List.of(List.of("\"Bob\"", "text")), stored("audit", "p1"));
    }

    @Test
    void customSchemaName() throws Exception {
        SqlPipeline store = SqlPipeline.shared(PolicyConfig.DEFAULT, "store", 100);
        String insert = store.plan("INSERT INTO store.users VALUES ('u1', '[ 1 ]')").statements().get(0).sql();
        try (Statement s = db.createStatement()) {
            s.execute(insert);
        }
        assertEquals(List.of(List.of("[1]", "text")), stored("users", "u1"));
    }

    /** Plans {@code sql} (one statement), runs it with these parameters and returns its rows (none for a write). */
    private List<List<Object>> run(String sql, Object... parameters) throws SQLException, RejectedSqlException {
        List<PlannedStatement> statements = pipeline.plan(sql).statements();
        assertEquals(1, statements.size());
        try (PreparedStatement statement = db.prepareStatement(statements.get(0).sql())) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            if (!statement.execute()) {
                return List.of();
            }
            try (ResultSet rs = statement.getResultSet()) {
                return read(rs);
            }
        }
    }

    /** The value and its SQLite type as stored in the namespace table, read without the pipeline. */
    private List<List<Object>> stored(String namespace, String key) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(
                "SELECT value, typeof(value) FROM \"" + namespace + "\" WHERE key = ?")) {
            statement.setString(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return read(rs);
            }
        }
    }

    private List<List<Object>> rows(String rawSql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(rawSql)) {
            return read(rs);
        }
    }

    private static List<List<Object>> read(ResultSet rs) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= columns; c++) {
                row.add(rs.getObject(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** SQLite's own json(), run on a side connection: it refuses malformed JSON, though not JSON5 or Infinity. */
    private static final class JsonStandIn extends Function {
        private final Connection side;

        JsonStandIn(Connection side) {
            this.side = side;
        }

        @Override
        protected void xFunc() throws SQLException {
            try (PreparedStatement json = side.prepareStatement("SELECT json(?)")) {
                json.setString(1, value_text(0));
                try (ResultSet rs = json.executeQuery()) {
                    rs.next();
                    String text = rs.getString(1);
                    if (text == null) {
                        result();
                    } else {
                        result(text);
                    }
                }
            }
        }
    }
}
