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

    @Test
    void alignsColumnsToTheWidestCell() {
        String table = TextTable.format(
                List.of("id", "name"),
                List.of(List.of("1", "alice"), List.of("1234", "bo")));

        assertEquals("""
                id   | name
                -----+------
                1    | alice
                1234 | bo
                (2 rows)
                """, table);
    }

    @Test
    void countsASingleRowAndAnEmptyResult() {
        assertEquals("n\n-\n7\n(1 row)\n", TextTable.format(List.of("n"), List.of(List.of("7"))));
        assertEquals("a | b\n--+--\n(0 rows)\n", TextTable.format(List.of("a", "b"), List.of()));
    }

    @Test
    void measuresWidthInCharactersNotUtf16Units() {
        String table = TextTable.format(List.of("emoji", "x"), List.of(List.of("\uD83D\uDE00", "1")));

        assertEquals("emoji | x\n------+--\n\uD83D\uDE00     | 1\n(1 row)\n", table);
    }

    @Test
    void readsNullsAndBlobsFromARealResultSet(@TempDir Path dir) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + dir.resolve("t.db"));
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery(
                        "SELECT 42 AS answer, NULL AS missing, x'00ff' AS bytes, 'text' AS label")) {

            assertEquals("""
                    answer | missing | bytes   | label
                    -------+---------+---------+------
                    42     | NULL    | X'00FF' | text
                    (1 row)
                    """, TextTable.of(resultSet));
        }
    }
}
