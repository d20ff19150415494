package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public face of the splitter: statements as written, each with its kind. */
class SqlTextTest {

    @Test
    void cutsAScriptIntoStatementsWithTheirKinds() {
        List<SqlText.Statement> statements = SqlText.statements("""
                BEGIN; create table t(x); -- a comment; with a semicolon
                CREATE TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM t; END;
                with v as (select 1) insert into t select * from v;;
                PRAGMA user_version; commit""");

        assertEquals(List.of(
                new SqlText.Statement("BEGIN", StatementKind.BEGIN),
                new SqlText.Statement("create table t(x)", StatementKind.CREATE),
                new SqlText.Statement("CREATE TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM t; END",
                        StatementKind.CREATE),
                new SqlText.Statement("with v as (select 1) insert into t select * from v", StatementKind.INSERT),
                new SqlText.Statement("PRAGMA user_version", StatementKind.PRAGMA),
                new SqlText.Statement("commit", StatementKind.COMMIT)), statements);
    }

    @Test
    void onlyCommentsAndSemicolonsHoldNoStatement() {
        assertEquals(List.of(), SqlText.statements(" ; -- nothing\n /* at all */ ;"));
    }

    @Test
    void textWithANulComesBackWhole() {
        String script = "select 1; select 2\0; drop table t";

        assertEquals(List.of(new SqlText.Statement(script, StatementKind.UNKNOWN)), SqlText.statements(script));
    }

    @Test
    void keywordsAreSqlitesInUpperCase() {
        List<String> keywords = SqlText.keywords();

        assertEquals(147, keywords.size());
        assertTrue(keywords.containsAll(List.of("SELECT", "CURRENT_TIMESTAMP", "WITHOUT")), keywords.toString());
    }
}
