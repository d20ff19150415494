package dev.nana.compat.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.compat.slt.SltRecord.Guard;
import dev.nana.compat.slt.SltRecord.HaltRecord;
import dev.nana.compat.slt.SltRecord.HashThresholdRecord;
import dev.nana.compat.slt.SltRecord.MalformedRecord;
import dev.nana.compat.slt.SltRecord.QueryRecord;
import dev.nana.compat.slt.SltRecord.StatementRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class SltParserTest {

    @Test
    void readsEveryRecordKindWithTheLineOfItsKeyword() {
        String script = String.join("\n",
                "# a comment before the first record",
                "hash-threshold 3",
                "",
                "statement ok",
                "CREATE TABLE t1(a INTEGER,",
                "# comments inside a record are dropped",
                "  b TEXT)",
                "   ",
                "skipif mysql # a trailing remark",
                "onlyif sqlite",
                "query IT rowsort label-1",
                "SELECT a, b",
                "  FROM t1",
                "----",
                "1",
                "x",
                "",
                "statement error",
                "SELECT * FROM missing",
                "",
                "halt",
                "");
        List<SltRecord> records = SltParser.parse(script);
        assertEquals(List.of(
                new HashThresholdRecord(2, List.of(), 3),
                new StatementRecord(4, List.of(), false, "CREATE TABLE t1(a INTEGER,\n  b TEXT)"),
                new QueryRecord(11, List.of(new Guard(false, "mysql"), new Guard(true, "sqlite")), "IT",
                        SortMode.ROWSORT, "label-1", "SELECT a, b\n  FROM t1", List.of("1", "x")),
                new StatementRecord(18, List.of(), true, "SELECT * FROM missing"),
                new HaltRecord(21, List.of())), records);
    }

    @Test
    void carriageReturnsAreIgnoredAndSortDefaultsToNosort() {
        List<SltRecord> records = SltParser.parse("query I\r\nSELECT 1\r\n----\r\n1\r\n");
        assertEquals(List.of(new QueryRecord(1, List.of(), "I", SortMode.NOSORT, "", "SELECT 1", List.of("1"))),
                records);
    }

    @Test
    void aQueryWithoutSeparatorExpectsNothing() {
        QueryRecord query = (QueryRecord) SltParser.parse("query T valuesort\nSELECT 'a' WHERE 0").get(0);
        assertEquals("SELECT 'a' WHERE 0", query.sql());
        assertEquals(List.of(), query.expected());
    }

    @Test
    void guardsMatchTheEngineIgnoringCase() {
        SltRecord skipped = SltParser.parse("skipif SQLite\nstatement ok\nSELECT 1").get(0);
        SltRecord onlyElsewhere = SltParser.parse("onlyif mssql\nhalt").get(0);
        SltRecord onlyHere = SltParser.parse("onlyif sqlite\nskipif oracle\nstatement ok\nSELECT 1").get(0);
        assertFalse(skipped.runsOn("sqlite"));
        assertFalse(onlyElsewhere.runsOn("sqlite"));
        assertTrue(onlyHere.runsOn("sqlite"));
        assertTrue(skipped.runsOn("postgresql"));
    }

    @Test
    void malformedRecordsSayWhatIsWrong() {
        assertEquals(List.of(
                new MalformedRecord(1, List.of(), "statement argument should be 'ok' or 'error'"),
                new MalformedRecord(4, List.of(), "type string must be one or more of T, I, R: 'IX'"),
                new MalformedRecord(7, List.of(), "unknown sort method 'bysize'"),
                new MalformedRecord(10, List.of(), "hash-threshold needs a number, got 'many'"),
                new MalformedRecord(12, List.of(), "unknown record type 'select'"),
                new MalformedRecord(14, List.of(new Guard(true, "sqlite")), "onlyif without a record")),
                SltParser.parse(String.join("\n",
                        "statement maybe", "SELECT 1", "",
                        "query IX", "SELECT 1, 2", "",
                        "query I bysize", "SELECT 1", "",
                        "hash-threshold many", "",
                        "select 1", "",
                        "onlyif sqlite")));
    }
}
