package dev.nana.rewriter.postgres;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** nana-schema.sql creates what the rules name (its execution: the driver's PostgreSQL suites). */
class NanaSchemaTest {
    @Test
    void theInstallCreatesEveryObjectTheRulesName() {
        String install = NanaSchema.install();
        List<String> functions = List.of(NanaSchema.ASSIGN_ROWID, NanaSchema.ASSIGN_AUTOINCREMENT,
                NanaSchema.RECORD_ROWID, NanaSchema.TABLE_INFO, "nana.date", "nana.time", "nana.datetime",
                "nana.julianday", "nana.unixepoch", "nana.strftime", "nana.like_pattern", "nana.glob_pattern",
                "nana.substr", "nana.length", "nana.hex", "nana.quote", "nana.char", "nana.zeroblob",
                "nana.randomblob", "nana.random", NanaSchema.TRIGGER_EXISTS, NanaSchema.TRIGGER_ENTERED,
                NanaSchema.TRIGGER_LEFT, NanaSchema.RAISE_ABORT, NanaSchema.RAISE_IGNORE, NanaSchema.VIEW_READ_ONLY,
                NanaSchema.CAST_INTEGER, NanaSchema.CAST_REAL, NanaSchema.CAST_NUMERIC, NanaSchema.CAST_BLOB, NanaSchema.CAST_TEXT, "nana.real_text",
                NanaSchema.INDEX_LIST, NanaSchema.INDEX_INFO, NanaSchema.FOREIGN_KEY_LIST, "nana.json", "nana.json_minify",
                "nana.json_valid", "nana.json_type", "nana.json_array_length", "nana.json_arrow", NanaSchema.INTEGER_SUM,
                NanaSchema.DDL_RENAMED, NanaSchema.DDL_COLUMN_ADDED, NanaSchema.DDL_COLUMN_DROPPED);
        for (String function : functions) {
            assertTrue(install.contains("CREATE OR REPLACE FUNCTION " + function + "("), function);
        }
        for (String table : List.of(NanaSchema.SEQUENCE, NanaSchema.DDL, NanaSchema.TRIGGERS,
                NanaSchema.PRAGMAS)) {
            assertTrue(install.contains("CREATE TABLE IF NOT EXISTS " + table + "("), table);
        }
        for (String view : List.of(NanaSchema.SEQUENCE_VIEW, NanaSchema.MASTER_VIEW, NanaSchema.TEMP_MASTER_VIEW)) {
            assertTrue(install.contains("CREATE OR REPLACE VIEW " + view + " AS"), view);
        }
        assertTrue(install.contains("CREATE COLLATION " + NanaSchema.NOCASE + " ("));
        assertTrue(install.contains("CREATE OR REPLACE PROCEDURE " + NanaSchema.DROP_TRIGGER + "("));
        assertTrue(install.contains("CREATE OPERATOR " + NanaSchema.JSON_ARROW + " ("));
        assertTrue(install.contains("CREATE OPERATOR nana.~~ (") && install.contains("CREATE OPERATOR nana.!~~ ("));
        assertTrue(install.contains("set_config('" + NanaSchema.LAST_INSERT + "'"), NanaSchema.LAST_INSERT);
    }
}
