package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where a script splits. The expected statements are those of the shortest prefixes ending in {@code ;} that
 * sqlite3_complete accepts (Python's sqlite3.complete_statement), trimmed, empty ones dropped.
 */
class StatementSplitterTest {

    static Stream<Arguments> scripts() {
        return Stream.of(
                script("two statements", "SELECT 1; SELECT 2", "SELECT 1", "SELECT 2"),
                script("semicolons in strings and identifiers",
                        "SELECT 'a;b'; SELECT \"c;d\"; SELECT [e;f]; SELECT `g;h`",
                        "SELECT 'a;b'", "SELECT \"c;d\"", "SELECT [e;f]", "SELECT `g;h`"),
                script("semicolons in comments", "SELECT 1 -- c;\n; SELECT 2 /* ; */", "SELECT 1", "SELECT 2"),
                script("trigger body",
                        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; DELETE FROM t; END; SELECT 1",
                        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; DELETE FROM t; END", "SELECT 1"),
                script("trigger body with CASE ... END",
                        "CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN SELECT CASE WHEN 1 THEN 2 END; "
                                + "SELECT CASE 1 WHEN 1 THEN 'end;' END; END; SELECT 2",
                        "CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN SELECT CASE WHEN 1 THEN 2 END; "
                                + "SELECT CASE 1 WHEN 1 THEN 'end;' END; END",
                        "SELECT 2"),
                script("temporary trigger with space before the semicolon",
                        "CREATE TEMPORARY TRIGGER IF NOT EXISTS tr BEFORE DELETE ON t BEGIN SELECT 1; END ; SELECT 2",
                        "CREATE TEMPORARY TRIGGER IF NOT EXISTS tr BEFORE DELETE ON t BEGIN SELECT 1; END", "SELECT 2"),
                script("explained trigger",
                        "EXPLAIN CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END; SELECT 2",
                        "EXPLAIN CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END", "SELECT 2"),
                script("table named trigger", "CREATE TABLE trigger(a); SELECT 1", "CREATE TABLE trigger(a)", "SELECT 1"),
                script("empty statements dropped", ";;SELECT 1;;; ; /* c */ ; -- d", "SELECT 1"),
                script("only comments", " /* a */ -- b\n ;"),
                script("surrounding comments dropped, inner kept", "/* a */ SELECT /* b */ 1 -- c", "SELECT /* b */ 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void splitsWhereSqliteEndsStatements(String sql, List<String> expected) {
        List<String> statements = StatementSplitter.split(Lexer.lex(sql)).stream().map(Span::sql).toList();
        assertEquals(expected, statements);
    }

    private static Arguments script(String name, String sql, String... statements) {
        return Arguments.of(Named.of(name, sql), List.of(statements));
    }
}
