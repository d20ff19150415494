package dev.nana.compat.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One corpus file on both backends: IN and NOT IN with empty, literal and subquery lists (214 records). */
class SltBackendComparisonTest {

    @Test
    void nanaFailsTheSameInListRecordsAsRawSqlite() throws Exception {
        BackendComparison comparison = BackendComparison.run(BackendComparison.corpus().resolve("evidence/in1.test"));
        assertTrue(comparison.raw().executed() > 0, comparison.report());
        assertEquals(comparison.raw().failureLocations(), comparison.nana().failureLocations(), comparison.report());
        assertEquals(comparison.raw().executed(), comparison.nana().executed(), comparison.report());
    }
}
