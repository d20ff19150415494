package dev.nana.rewriter;

import static dev.nana.rewriter.Policies.allowing;
import static dev.nana.rewriter.Policies.assertForbidden;
import static dev.nana.rewriter.Policies.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that merely mentions a forbidden function runs. */
class HarmlessMentionsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SELECT 'load_extension(''x'')'",
            "SELECT 'load_extension('",
            "SELECT 1 -- load_extension('x')",
            "SELECT 1 /* load_extension('x') */",
            "SELECT 1 AS \"load_extension\"",
            "SELECT a AS [load_extension] FROM t",
            "SELECT load_extension FROM t",
            "SELECT xload_extension('x'), load_extensionx('x')",
            "CREATE TABLE load_extension(a)",
            "INSERT INTO load_extension(a) VALUES (1)",
            "PRAGMA table_info(load_extension)",
            "SELECT 1; -- load_extension('x')",
            "SELECT lоad_extension('x')",
            "SELECT 1,\u00A0load_extension('x')",
            "SELECT 1, load_extension\u00A0('x')"})
    void runs(String sql) throws RejectedSqlException {
        assertEquals(1, plan(PolicyConfig.DEFAULT, sql).statements().size());
    }

    @Test
    void lookAlikeIsReportedUnderItsOwnName() {
        // Cyrillic о: SQLite would look up (and not find) a different function
        assertForbidden(allowing("upper"), "SELECT lоad_extension('x')", "nana: function lоad_extension is not in the allowed list");
    }

    @Test
    void noBreakSpaceIsPartOfTheName() {
        // U+00A0 is an identifier char to SQLite, which answers "no such function: \u00A0load_extension"
        assertForbidden(allowing("upper"), "SELECT 1,\u00A0load_extension('x')",
                "nana: function \u00A0load_extension is not in the allowed list");
    }
}
