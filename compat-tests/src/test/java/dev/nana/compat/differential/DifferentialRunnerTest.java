package dev.nana.compat.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.compat.differential.DifferentialRunner.Outcome;
import dev.nana.compat.differential.DifferentialRunner.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The runner itself: its format, its exactness on SQLite against SQLite, and that it sees a known difference. */
class DifferentialRunnerTest {

    @Test
    void everyCaseIsEqualOnSqliteAgainstSqlite() throws Exception {
        List<DifferentialCase> cases = DifferentialRunner.loadCases();
        try (DifferentialTarget oracle = new DifferentialTarget.Sqlite();
                DifferentialTarget same = new DifferentialTarget.Sqlite()) {
            List<Verdict> verdicts = DifferentialRunner.run(cases, oracle, same);
            String different = verdicts.stream().filter(v -> !v.equal()).map(v -> v.testCase().id())
                    .collect(Collectors.joining(", "));
            assertEquals("", different);
        }
    }

    @Test
    void theCasesCoverTheRuleCatalogue() {
        List<DifferentialCase> cases = DifferentialRunner.loadCases();
        assertTrue(cases.size() >= 300, cases.size() + " cases");
        long names = cases.stream().map(DifferentialCase::id).distinct().count();
        assertEquals(cases.size(), names, "two cases share an area and a name");
    }

    @Test
    void aRealAndANumericAreDifferentResults() throws Exception {
        List<DifferentialCase> cases = DifferentialCase.parse("probe", "== division\nSELECT 1/2.0\n");
        try (DifferentialTarget oracle = new DifferentialTarget.Sqlite();
                DifferentialTarget postgres = DifferentialSuiteTest.target("raw-postgresql")) {
            Verdict verdict = DifferentialRunner.run(cases, oracle, postgres).get(0);
            assertEquals("(Double:0.5)", verdict.oracle().result());
            assertTrue(verdict.target().result().startsWith("(BigDecimal:0.5"), verdict.target().result());
            assertFalse(verdict.equal());
        }
    }

    @Test
    void integerAndLongAndErrorsAreTold() throws Exception {
        String script = """
                == classes
                CREATE TABLE t(a INTEGER UNIQUE)
                INSERT INTO t VALUES (3), (5000000000), (NULL)
                ! INSERT INTO t VALUES (3)
                SELECT a, typeof(a), x'0a' FROM t ORDER BY a
                """;
        try (DifferentialTarget oracle = new DifferentialTarget.Sqlite()) {
            Outcome outcome = DifferentialRunner.run(DifferentialCase.parse("probe", script).get(0), oracle);
            assertEquals(List.of("ok", "ok", "error:23"), outcome.steps());
            assertEquals("(null, String:null, byte[]:0a)\n(Integer:3, String:integer, byte[]:0a)\n"
                    + "(Long:5000000000, String:integer, byte[]:0a)", outcome.result());
        }
    }

    @Test
    void aMisplacedErrorMarkIsABrokenCaseNotADifference() throws Exception {
        List<DifferentialCase> unmarked = DifferentialCase.parse("probe", "== c\nSELECT * FROM missing\nSELECT 1\n");
        List<DifferentialCase> wronglyMarked = DifferentialCase.parse("probe", "== c\n! SELECT 1\nSELECT 1\n");
        try (DifferentialTarget oracle = new DifferentialTarget.Sqlite();
                DifferentialTarget same = new DifferentialTarget.Sqlite()) {
            assertThrows(IllegalStateException.class, () -> DifferentialRunner.run(unmarked, oracle, same));
            assertThrows(IllegalStateException.class, () -> DifferentialRunner.run(wronglyMarked, oracle, same));
        }
    }

    @Test
    void parsesContinuationsSemicolonsAndParameters() {
        DifferentialCase parsed = DifferentialCase.parse("probe", """
                # comment
                == one
                CREATE TRIGGER r AFTER INSERT ON t BEGIN
                  DELETE FROM t;
                  END;
                SELECT ?, ?, ?, ?, ?, ?, ?;
                params: 1, 5000000000, 2L, 2.5, 'it''s, here', NULL, x'0A0b'
                == two
                SELECT true
                params: true
                """).get(0);
        assertEquals(List.of(new DifferentialCase.Step("CREATE TRIGGER r AFTER INSERT ON t BEGIN\n  DELETE FROM t;\n  END", false),
                new DifferentialCase.Step("SELECT ?, ?, ?, ?, ?, ?, ?", false)), parsed.steps());
        List<Object> params = parsed.params();
        assertEquals(Arrays.asList(1, 5000000000L, 2L, 2.5, "it's, here", null), params.subList(0, 6));
        assertEquals("byte[]:0a0b", DifferentialRunner.value(params.get(6)));
    }
}
