package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The functions SQLite-dialect SQL may call on PostgreSQL (rule postgres-only) are every function of the SQLite that
 * sqlite-jdbc bundles: when an upgrade adds one, this fails until the list has it.
 */
class SqliteFunctionListTest {
    private static final String LIST = "/dev/nana/rewriter/postgres/sqlite-functions.txt";

    @Test
    void theListHoldsEveryFunctionOfTheBundledSqlite() throws SQLException, IOException {
        Set<String> sqlite = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             ResultSet rows = connection.createStatement()
                     .executeQuery("SELECT DISTINCT name FROM pragma_function_list")) {
            while (rows.next()) {
                sqlite.add(rows.getString(1));
            }
        }
        sqlite.removeAll(Set.of("->", "->>")); // operators, which the lexer does not count as calls
        Set<String> listed;
        try (InputStream in = SqliteFunctionListTest.class.getResourceAsStream(LIST)) {
            listed = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> missing = new TreeSet<>(sqlite);
        missing.removeAll(listed);
        assertEquals(Set.of(), missing, "functions of SQLite missing from " + LIST);
    }
}
