package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which names followed by {@code (} are calls. Derived by preparing each text with sqlite-jdbc 3.54.1.0 against
 * tables t(a, b, c), u(a), p(id): the "no calls" texts prepare without error, and for the calls, SQLite answers
 * "no such function" (or "no such table" in a table-valued position) naming the first one.
 */
class FunctionCallsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "INSERT INTO t (a) VALUES (1)",
            "INSERT INTO main.t(a) VALUES (1)",
            "INSERT INTO t AS x (a) VALUES (1)",
            "INSERT OR REPLACE INTO t(a) VALUES (1)",
            "REPLACE INTO t(a) VALUES (1)",
            "CREATE TABLE n (a INTEGER PRIMARY KEY, b TEXT)",
            "CREATE TABLE IF NOT EXISTS n(a)",
            "CREATE TEMP TABLE IF NOT EXISTS temp.n(a)",
            "CREATE TABLE n(a VARCHAR(10), b DECIMAL(10, 2), c UNSIGNED BIG INT(8), d \"varchar\"(5))",
            "CREATE TABLE n(key VARCHAR(10), end TEXT, replace INT(5))",
            "CREATE TABLE n(a, b REFERENCES p(id), FOREIGN KEY (a) REFERENCES p(id) ON DELETE CASCADE, "
                    + "PRIMARY KEY (a, b), UNIQUE (b), CHECK (a > 0))",
            "CREATE TABLE replace(a)",
            "CREATE INDEX i ON t(a)",
            "CREATE UNIQUE INDEX IF NOT EXISTS main.i ON t(a, b DESC)",
            "CREATE VIEW v(a, b) AS SELECT 1, 2",
            "CREATE VIEW IF NOT EXISTS v(a) AS SELECT 1",
            "WITH x(a) AS (SELECT 1), y(b) AS (SELECT 2) SELECT * FROM x, y",
            "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) SELECT n FROM c",
            "WITH m(a) AS MATERIALIZED (SELECT 1), n(b) AS NOT MATERIALIZED (SELECT 2) SELECT * FROM m, n",
            "PRAGMA table_info(t)",
            "PRAGMA main.table_info('t')",
            "SELECT CAST(a AS VARCHAR(10)), CAST(b AS DECIMAL(5, 2)) FROM t",
            "SELECT * FROM t WHERE a IN (1, 2) AND EXISTS (SELECT 1) AND NOT (a = 1) OR (b = 2)",
            "SELECT * FROM t JOIN u USING (a)",
            "SELECT a FROM t ORDER BY (a) LIMIT (1) OFFSET (2)",
            "SELECT a FROM t GROUP BY (a) HAVING (a > 0)",
            "INSERT INTO p(id) VALUES (1) ON CONFLICT (id) DO UPDATE SET (id) = (2)",
            "CREATE TABLE n(a, b AS (a * 2), c GENERATED ALWAYS AS (a + 1))",
            "ALTER TABLE t ADD COLUMN key VARCHAR(10)",
            "ALTER TABLE t ADD d DECIMAL(5)",
            "CREATE VIRTUAL TABLE f USING fts5(a, b)",
            "CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO u(a) VALUES (new.a); SELECT RAISE(ABORT, 'no'); END",
            "SELECT CASE WHEN (a) THEN (b) ELSE (c) END FROM t",
            "SELECT DISTINCT (a) FROM t",
            "SELECT ALL (a) FROM t",
            "ATTACH ':memory:' AS x KEY ('k')",
            "UPDATE t SET a = (SELECT 1) WHERE (b)",
            "SELECT a FROM t WINDOW w AS (ORDER BY a)",
            "VALUES (1), (2)"})
    void noCall(String sql) {
        assertEquals(List.of(), callsIn(sql));
    }

    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of("SELECT count(*) FILTER (WHERE a) OVER (PARTITION BY (b) ORDER BY c "
                        + "ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t", List.of("count")),
                Arguments.of("SELECT zz_replace('a', 'b', 'c'), zz_like('a', 'b')", List.of("zz_replace", "zz_like")),
                Arguments.of("SELECT replace('a', 'b', 'c'), like('a', 'b'), glob('a', 'b')", List.of("replace", "like", "glob")),
                Arguments.of("SELECT a FROM t WHERE a LIKE 'x' AND b NOT GLOB 'y' AND c REGEXP 'z' AND a MATCH 'w'",
                        List.of("like", "glob", "regexp", "match")),
                Arguments.of("SELECT a LIKE ('x%') ESCAPE '!' FROM t", List.of("like")),
                Arguments.of("SELECT \"zz_Upper\"(a), [zz_lower](a), `zz_abs`(a) FROM t",
                        List.of("zz_upper", "zz_lower", "zz_abs")),
                Arguments.of("SELECT * FROM zz_each('[1]')", List.of("zz_each")),
                Arguments.of("SELECT * FROM main.zz_tree('[1]')", List.of("zz_tree")),
                Arguments.of("SELECT 1 LIMIT 1 OFFSET zz_abs(1)", List.of("zz_abs")),
                Arguments.of("SELECT a FROM t ORDER BY zz_abs(a)", List.of("zz_abs")),
                Arguments.of("ATTACH 'f' AS zz_lower('X')", List.of("zz_lower")),
                Arguments.of("VACUUM INTO zz_lower('f')", List.of("zz_lower")),
                Arguments.of("CREATE INDEX i ON t(zz_lower(a))", List.of("zz_lower")),
                Arguments.of("CREATE INDEX i ON t(a) WHERE zz_abs(b) > 0", List.of("zz_abs")),
                Arguments.of("INSERT INTO t(a) VALUES (zz_abs(1))", List.of("zz_abs")),
                Arguments.of("INSERT INTO t(a) VALUES (1) RETURNING zz_lower(a)", List.of("zz_lower")),
                Arguments.of("CREATE TABLE n(a CHECK (zz_abs(a) > 0))", List.of("zz_abs")),
                Arguments.of("SELECT 1 WHERE NOT materialized(1)", List.of("materialized")),
                Arguments.of("SELECT \"zz\"\"ext\"('x')", List.of("zz\"ext")),
                Arguments.of("SELECT zz \uFEFF('x')", List.of("zz")),
                Arguments.of("SELECT zz\uFEFF('x')", List.of("zz\uFEFF")),
                Arguments.of("SELECT zz /* c */ ('x')", List.of("zz")),
                Arguments.of("SELECT a FROM t, zz('x')", List.of("zz")),
                Arguments.of("SELECT CASE WHEN 1 THEN zz_x(1) ELSE zz_y(2) END", List.of("zz_x", "zz_y")),
                Arguments.of("SELECT * FROM (SELECT zz_sub(1))", List.of("zz_sub")),
                Arguments.of("SELECT a FROM t WHERE a IN zz_tvf(1)", List.of("zz_tvf")),
                Arguments.of("SELECT key(1), rows(1), if(1, 2, 3), window(1), over(1), filter(1)",
                        List.of("key", "rows", "if", "window", "over", "filter")),
                Arguments.of("SELECT lоad_extension('x')", List.of("lоad_extension")),
                Arguments.of("SELECT LOAD_EXTENSION('x')", List.of("load_extension")),
                Arguments.of("SELECT \"LOAD_EXTENSİON\"('x')", List.of("load_extensİon")));
    }

    @ParameterizedTest(name = "{0} calls {1}")
    @MethodSource
    void calls(String sql, List<String> expected) {
        assertEquals(expected, callsIn(sql));
    }

    private static List<String> callsIn(String sql) {
        return ScriptAnalyzer.analyze(sql, null, EncryptedColumns.NONE).statements().get(0).functions();
    }
}
