package dev.nana.compat.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on small scripts through raw jdbc:sqlite:, including scripts it must report as failing. */
class SltRunnerTest {

    /** Ten values, 1 to 10: md5sum of `seq 1 10` is 3b0332e0..., of its `sort` ff265059... */
    private static final String ONE_TO_TEN =
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x<10) SELECT x FROM c";

    @TempDir
    Path dir;

    private SltResult run(String... lines) throws IOException, SQLException {
        Path file = dir.resolve("script.test");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return new SltRunner("jdbc:sqlite:", SltRunner.SQLITE_ENGINE).run(file);
    }

    private static String onlyFailure(SltResult result) {
        assertEquals(1, result.failed(), result.failures().toString());
        return result.failures().get(0).toString();
    }

    @Test
    void aCorrectScriptPasses() throws Exception {
        SltResult result = run(
                "statement ok",
                "CREATE TABLE t1(a INTEGER, b TEXT, c REAL)",
                "",
                "statement ok",
                "INSERT INTO t1 VALUES(2, 'two', 2.5), (1, '', NULL), (3, NULL, -0.25)",
                "",
                "statement error",
                "INSERT INTO nowhere VALUES(1)",
                "",
                "query IT rowsort",
                "SELECT a, b FROM t1",
                "----",
                "1", "(empty)",
                "2", "two",
                "3", "NULL",
                "",
                "query R nosort",
                "SELECT c FROM t1 ORDER BY a",
                "----",
                "NULL", "2.500", "-0.250",
                "",
                "query I valuesort",
                "SELECT a FROM t1 UNION ALL SELECT 10",
                "----",
                "1", "10", "2", "3",
                "",
                "query I nosort",
                ONE_TO_TEN,
                "----",
                "10 values hashing to 3b0332e02daabf31651a5a0d81ba830a",
                "",
                "query I valuesort",
                ONE_TO_TEN,
                "----",
                "10 values hashing to ff2650590d3f27ea6644b5573ccc37ba");
        assertEquals("8 passed, 0 failed", result.summaryLine(), result.failures().toString());
    }

    @Test
    void aWrongExpectedValueIsReportedAndTheFileGoesOn() throws Exception {
        SltResult result = run(
                "query I nosort",
                "SELECT 1 + 1",
                "----",
                "3",
                "",
                "query I nosort",
                "SELECT 2",
                "----",
                "2");
        assertEquals("script.test:1: wrong result at value 1: expected '3' but got '2' (1 expected, 1 returned)",
                onlyFailure(result));
        assertEquals("1 passed, 1 failed", result.summaryLine());
    }

    @Test
    void aWrongHashIsReported() throws Exception {
        String failure = onlyFailure(run(
                "query I nosort",
                ONE_TO_TEN,
                "----",
                "10 values hashing to ff2650590d3f27ea6644b5573ccc37ba"));
        assertTrue(failure.endsWith("expected '10 values hashing to ff2650590d3f27ea6644b5573ccc37ba' but got "
                + "'10 values hashing to 3b0332e02daabf31651a5a0d81ba830a' (1 expected, 1 returned)"), failure);
    }

    @Test
    void missingAndExtraValuesAreFailures() throws Exception {
        SltResult result = run(
                "query I nosort",
                "SELECT 1 UNION ALL SELECT 2",
                "----",
                "1",
                "",
                "query I nosort",
                "SELECT 1",
                "----",
                "1",
                "2",
                "",
                "query I nosort",
                "SELECT 1 WHERE 0",
                "----",
                "1");
        assertEquals(List.of(
                "script.test:1: wrong result at value 2: expected nothing but got '2' (1 expected, 2 returned)",
                "script.test:6: wrong result at value 2: expected '2' but got nothing (2 expected, 1 returned)",
                "script.test:12: wrong result at value 1: expected '1' but got nothing (1 expected, 0 returned)"),
                result.failures().stream().map(SltFailure::toString).toList());
    }

    @Test
    void statementsThatDoNotMeetTheirExpectationFail() throws Exception {
        SltResult result = run(
                "statement ok",
                "CREATE TABLE",
                "",
                "statement error",
                "SELECT 1");
        assertEquals(2, result.failed());
        assertTrue(result.failures().get(0).reason().startsWith("statement failed: "), result.toString());
        assertEquals("script.test:4: statement succeeded but an error was expected",
                result.failures().get(1).toString());
    }

    @Test
    void queriesThatFailOrReturnOtherColumnsAreFailures() throws Exception {
        SltResult result = run(
                "query I nosort",
                "SELECT * FROM missing",
                "",
                "query II nosort",
                "SELECT 1",
                "----",
                "1");
        assertEquals(2, result.failed());
        assertTrue(result.failures().get(0).reason().startsWith("query failed: "), result.toString());
        assertEquals("script.test:4: query failed: wrong number of result columns: expected 2 but got 1",
                result.failures().get(1).toString());
    }

    @Test
    void guardedRecordsAreSkippedAndNotCounted() throws Exception {
        SltResult result = run(
                "skipif sqlite",
                "statement ok",
                "THIS IS NOT SQL",
                "",
                "onlyif mysql",
                "statement ok",
                "THIS IS NOT SQL",
                "",
                "onlyif sqlite",
                "statement ok",
                "SELECT 1",
                "",
                "onlyif mssql",
                "halt",
                "",
                "statement ok",
                "SELECT 2");
        assertEquals("2 passed, 0 failed", result.summaryLine());
    }

    @Test
    void haltEndsTheFile() throws Exception {
        SltResult result = run(
                "statement ok",
                "SELECT 1",
                "",
                "halt",
                "",
                "statement ok",
                "THIS IS NOT SQL");
        assertEquals("1 passed, 0 failed", result.summaryLine());
    }

    @Test
    void hashThresholdZeroListsEveryValue() throws Exception {
        SltResult result = run(
                "hash-threshold 0",
                "",
                "query I nosort",
                ONE_TO_TEN,
                "----",
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertEquals("1 passed, 0 failed", result.summaryLine());
    }

    @Test
    void labelledResultsMustAgree() throws Exception {
        SltResult result = run(
                "query I nosort same",
                "SELECT 1",
                "----",
                "1",
                "",
                "query I nosort same",
                "SELECT 1",
                "----",
                "1",
                "",
                "query I nosort same",
                "SELECT 2",
                "----",
                "2");
        assertEquals("script.test:11: labeled result [same] does not agree with previous values",
                onlyFailure(result));
    }

    @Test
    void aMalformedRecordFailsAndEndsTheFile() throws Exception {
        SltResult result = run(
                "statement ok",
                "SELECT 1",
                "",
                "query I sideways",
                "SELECT 1",
                "",
                "statement ok",
                "SELECT 2");
        assertEquals("script.test:4: malformed record: unknown sort method 'sideways'", onlyFailure(result));
        assertEquals("1 passed, 1 failed", result.summaryLine());
    }

    @Test
    void aDirectoryRunsEveryTestFileInPathOrderEachOnAFreshDatabase() throws Exception {
        Path nested = Files.createDirectories(dir.resolve("b"));
        String createAndFail = "statement ok\nCREATE TABLE t(x)\n\nquery I nosort\nSELECT count(*) FROM t\n----\n1\n";
        Files.writeString(nested.resolve("second.test"), createAndFail);
        Files.writeString(dir.resolve("a.test"), createAndFail);
        Files.writeString(dir.resolve("notes.txt"), "not a test file");
        SltResult result = new SltRunner("jdbc:sqlite:", SltRunner.SQLITE_ENGINE).run(dir);
        assertEquals(List.of("a.test:4", "b/second.test:4"),
                result.failures().stream().map(SltFailure::location).toList());
        assertEquals("2 passed, 2 failed", result.summaryLine());
    }

    @Test
    void aDirectoryWithoutTestFilesIsAnError() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a test file");
        SltRunner runner = new SltRunner("jdbc:sqlite:", SltRunner.SQLITE_ENGINE);
        IOException error = assertThrows(IOException.class, () -> runner.run(dir));
        assertEquals("no .test files at " + dir, error.getMessage());
    }

    @Test
    void aUrlNoDriverAcceptsIsAnSqlException() throws Exception {
        Files.writeString(dir.resolve("a.test"), "statement ok\nSELECT 1\n");
        SltRunner runner = new SltRunner("jdbc:no-such-driver:x", SltRunner.SQLITE_ENGINE);
        assertThrows(SQLException.class, () -> runner.run(dir));
    }
}
