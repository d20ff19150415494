package dev.nana.compat.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole corpus on both backends; runs only with {@code -Pslt} (tag "slt"). Raw sqlite-jdbc executes 49,990
 * records and fails 2 (measured, shared/design/FACTS.md). nana fails the same records but one: the record after
 * {@code INSERT ...; DROP INDEX t1i1;}, whose second statement sqlite-jdbc's execute silently drops while nana runs
 * it, as SQLite's reference runner does (docs/scripts.md). Any other difference fails this test.
 */
@Tag("slt")
class SltCorpusTest {
    /** Records raw sqlite-jdbc fails only because it drops the rest of a multi-statement string. */
    private static final Set<String> FAILED_BY_DROPPED_STATEMENTS = Set.of("evidence/slt_lang_aggfunc.test:484");

    @Test
    void nanaFailsWhatRawSqliteFailsExceptWhereSqliteJdbcDropsStatements() throws Exception {
        BackendComparison comparison = BackendComparison.run(BackendComparison.corpus());
        System.out.print(comparison.report());
        assertEquals(49_990, comparison.raw().executed(), comparison.report());
        assertEquals(2, comparison.raw().failed(), comparison.report());
        assertEquals(comparison.raw().executed(), comparison.nana().executed(), comparison.report());
        Set<String> expectedNanaFailures = new TreeSet<>(comparison.raw().failureLocations());
        expectedNanaFailures.removeAll(FAILED_BY_DROPPED_STATEMENTS);
        assertEquals(expectedNanaFailures, new TreeSet<>(comparison.nana().failureLocations()), comparison.report());
    }
}
