package dev.nana.compat.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The evidence files of the corpus (about 500 records, two of which raw sqlite-jdbc fails) on both backends. */
class SltBackendComparisonTest {

    @Test
    void nanaFailsTheSameEvidenceRecordsAsRawSqlite() throws Exception {
        BackendComparison comparison = BackendComparison.run(BackendComparison.corpus().resolve("evidence"));
        assertTrue(comparison.raw().executed() > 0, comparison.report());
        assertEquals(comparison.raw().failureLocations(), comparison.nana().failureLocations(), comparison.report());
        assertEquals(comparison.raw().executed(), comparison.nana().executed(), comparison.report());
    }
}
