package dev.nana.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementCompletenessTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "select 1;",
            "select 1;\n",
            "select 1; -- done",
            "select 1; /* done */",
            "select ';';",
            "select 'it''s';",
            "select \"a;b\" from t;",
            "select [a;b] from t;",
            "select `a;b` from t;",
            "select 1 -- not the end ;\n;",
            "select 1;\nselect 2;",
            "insert into t\nvalues (1);",
            "create table trigger_log(a);",
            "create trigger tr after insert on t begin\n  insert into u values (1);\n  delete from v;\nend;",
            "CREATE TEMPORARY TRIGGER tr AFTER INSERT ON t BEGIN SELECT CASE WHEN 1 THEN 2 END; END;",
    })
    void statementEndingInASemicolonIsComplete(String sql) {
        assertTrue(StatementCompleteness.isComplete(sql));
        assertFalse(StatementCompleteness.isBlank(sql));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "select 1",
            "select 1\n",
            "select ';'",
            "select 'a;",
            "select 'it'';",
            "select \"a;",
            "select [a;",
            "select 1 -- ;",
            "select 1 /* ; */",
            "select 1; /* open",
            "select 1; select 2",
            "create trigger tr after insert on t begin\n  insert into u values (1);",
            "create temp trigger tr after insert on t begin select case when 1 then 2 end;",
    })
    void statementWithoutAFinalSemicolonIsIncomplete(String sql) {
        assertFalse(StatementCompleteness.isComplete(sql));
        assertFalse(StatementCompleteness.isBlank(sql));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n", "-- a comment\n", "-- unterminated comment", "/* c */", ";", " ; ;\n"})
    void inputWithoutAStatementIsCompleteAndBlank(String sql) {
        assertTrue(StatementCompleteness.isComplete(sql));
        assertTrue(StatementCompleteness.isBlank(sql));
    }
}
