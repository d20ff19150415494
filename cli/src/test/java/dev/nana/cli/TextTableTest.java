package dev.nana.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextTableTest {

    private static Result.Cell number(long value) {
        return new Result.Cell(value, Long.toString(value));
    }

    @Test
    void alignsColumnsToTheWidestCellAndNumbersToTheRight() {
        Result result = new Result(List.of("id", "name"), List.of(
                List.of(number(1), Result.Cell.of("alice")),
                List.of(number(1234), Result.Cell.of("bo"))));

        assertEquals("""
                  id | name
                -----+------
                   1 | alice
                1234 | bo
                (2 rows)
                """, TextTable.table(result, true));
        assertEquals("""
                   1 | alice
                1234 | bo
                (2 rows)
                """, TextTable.table(result, false));
    }

    @Test
    void aColumnOfNumbersAndNullsIsNumericButOneTextValueMakesItText() {
        Result result = new Result(List.of("n", "mixed"), List.of(
                List.of(number(10), number(10)),
                List.of(Result.Cell.NULL, Result.Cell.of("ten"))));

        assertEquals("""
                   n | mixed
                -----+------
                  10 | 10
                NULL | ten
                (2 rows)
                """, TextTable.table(result, true));
    }

    @Test
    void boxDrawsTheSameColumnsInsideLines() {
        Result result = new Result(List.of("id", "name"), List.of(List.of(number(7), Result.Cell.of("kiwi"))));

        assertEquals("""
                ┌────┬──────┐
                │ id │ name │
                ├────┼──────┤
                │  7 │ kiwi │
                └────┴──────┘
                """, TextTable.box(result, true));
    }

    @Test
    void countsASingleRowAndAnEmptyResult() {
        assertEquals("n\n-\n7\n(1 row)\n",
                TextTable.table(new Result(List.of("n"), List.of(List.of(number(7)))), true));
        assertEquals("a | b\n--+--\n(0 rows)\n", TextTable.table(new Result(List.of("a", "b"), List.of()), true));
    }

    @Test
    void measuresWidthInCharactersNotUtf16Units() {
        Result result = new Result(List.of("emoji", "x"), List.of(List.of(Result.Cell.of("\uD83D\uDE00"), number(1))));

        assertEquals("emoji | x\n------+--\n\uD83D\uDE00     | 1\n(1 row)\n", TextTable.table(result, true));
    }

    @Test
    void readsNullsBlobsAndStorageClassesFromARealResultSet(@TempDir Path dir) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + dir.resolve("t.db"));
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery(
                        "SELECT 42 AS answer, NULL AS missing, x'00ff' AS bytes, 'text' AS label, '7' AS digits")) {

            assertEquals("""
                    answer | missing | bytes   | label | digits
                    -------+---------+---------+-------+-------
                        42 | NULL    | X'00FF' | text  | 7
                    (1 row)
                    """, TextTable.table(Result.read(resultSet), true));
        }
    }
}
