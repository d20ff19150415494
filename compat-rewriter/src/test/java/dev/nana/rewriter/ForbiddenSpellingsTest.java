package dev.nana.rewriter;

import static dev.nana.rewriter.Policies.allowing;
import static dev.nana.rewriter.Policies.assertForbidden;

import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** SECURITY.md, "Spellings that must all be caught": each one its own case. */
class ForbiddenSpellingsTest {
    private static final String FORBIDDEN = "nana: function load_extension is forbidden by policy";

    static Stream<Arguments> spellings() {
        return Stream.of(
                spelling("bare", "SELECT load_extension('x')"),
                spelling("upper case", "SELECT LOAD_EXTENSION('x')"),
                spelling("double-quoted", "SELECT \"load_extension\"('x')"),
                spelling("bracketed", "SELECT [load_extension]('x')"),
                spelling("backticked", "SELECT `load_extension`('x')"),
                spelling("comment before the parenthesis", "SELECT load_extension /* c */ ('x')"),
                spelling("newline before the parenthesis", "SELECT load_extension\n('x')"),
                spelling("line comment before the parenthesis", "SELECT load_extension -- c\n('x')"),
                spelling("byte-order mark before the parenthesis", "SELECT load_extension \uFEFF('x')"),
                spelling("byte-order mark before the name", "SELECT 1,\uFEFFload_extension('x')"),
                spelling("inside a subquery", "SELECT * FROM t WHERE a IN (SELECT load_extension('x'))"),
                spelling("inside a CTE", "WITH x AS (SELECT load_extension('x')) SELECT * FROM x"),
                spelling("in a view body", "CREATE VIEW v AS SELECT load_extension('x')"),
                spelling("in a trigger body",
                        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; SELECT load_extension('x'); END"),
                spelling("in a CHECK expression", "CREATE TABLE t(a CHECK (load_extension('x')))"),
                spelling("in a DEFAULT expression", "CREATE TABLE t(a DEFAULT (load_extension('x')))"),
                spelling("in a generated column", "CREATE TABLE t(a, b AS (load_extension('x')))"),
                spelling("in an index expression", "CREATE INDEX i ON t(load_extension(a))"),
                spelling("in ORDER BY", "SELECT a FROM t ORDER BY load_extension('x')"),
                spelling("in PARTITION BY", "SELECT count(*) OVER (PARTITION BY load_extension('x')) FROM t"),
                spelling("in RETURNING", "INSERT INTO t(a) VALUES (1) RETURNING load_extension('x')"),
                spelling("table-valued position in FROM", "SELECT * FROM load_extension('x')"),
                spelling("schema-qualified in FROM", "SELECT * FROM main.load_extension('x')"),
                spelling("in a CASE branch", "SELECT CASE WHEN a THEN 1 ELSE load_extension('x') END FROM t"),
                spelling("in LIMIT ... OFFSET", "SELECT a FROM t LIMIT 1 OFFSET load_extension('x')"),
                spelling("as ATTACH's schema expression", "ATTACH 'f.db' AS load_extension('x')"),
                spelling("as VACUUM INTO's file expression", "VACUUM INTO load_extension('x')"),
                spelling("with Unicode look-alikes around it",
                        "SELECT 'ｌｏａｄ', \"tаble\".a, load_extension('x') FROM \"tаble\" -- ﬁn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void refused(String sql) {
        assertForbidden(PolicyConfig.DEFAULT, sql, FORBIDDEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void refusedInNonStrictMode(String sql) {
        assertForbidden(Policies.NON_STRICT, sql, FORBIDDEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void hiddenInAScript(String sql, String message) {
        assertForbidden(PolicyConfig.DEFAULT, sql, message);
    }

    static Stream<Arguments> hiddenInAScript() {
        return Stream.of(
                Arguments.of(Named.of("after a semicolon", "SELECT 1; SELECT load_extension('x'); SELECT 2"),
                        FORBIDDEN + " (statement 2 of 3)"),
                Arguments.of(Named.of("after a line comment holding a quote",
                        "SELECT 1 -- it's\n; SELECT load_extension('x')"), FORBIDDEN + " (statement 2 of 2)"),
                Arguments.of(Named.of("after a block comment holding a quote",
                        "/* ' */ SELECT load_extension('x')"), FORBIDDEN),
                Arguments.of(Named.of("after a trigger whose body has semicolons",
                        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END; SELECT load_extension('x')"),
                        FORBIDDEN + " (statement 2 of 2)"),
                Arguments.of(Named.of("after a string holding a semicolon", "SELECT ';'; SELECT load_extension('x')"),
                        FORBIDDEN + " (statement 2 of 2)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            fts3_tokenizer | SELECT fts3_tokenizer('simple')
            readfile       | SELECT readfile('/etc/passwd')
            writefile      | SELECT writefile('/tmp/x', 'y')
            edit           | SELECT edit('text', 'vi')
            """)
    void everyDefaultIsForbidden(String function, String sql) {
        assertForbidden(PolicyConfig.DEFAULT, sql, "nana: function " + function + " is forbidden by policy");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            glob   | SELECT a FROM t WHERE a GLOB 'x*'
            glob   | SELECT a FROM t WHERE a NOT GLOB 'x*'
            like   | SELECT a FROM t WHERE a LIKE 'x%'
            like   | SELECT a FROM t WHERE a NOT LIKE 'x%' ESCAPE '!'
            regexp | SELECT a FROM t WHERE a REGEXP 'x'
            match  | SELECT a FROM f WHERE f MATCH 'x'
            """)
    void operatorsCountAsTheirFunctionsInAllowListMode(String function, String sql) {
        assertForbidden(allowing("count"), sql, "nana: function " + function + " is not in the allowed list");
    }

    private static Arguments spelling(String name, String sql) {
        return Arguments.of(Named.of(name, sql));
    }
}
