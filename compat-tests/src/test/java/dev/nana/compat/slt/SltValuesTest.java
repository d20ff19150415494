package dev.nana.compat.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SltValuesTest {

    @TempDir
    Path dir;

    private Connection sqlite() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("values.db"));
    }

    /** Formats the first row of a query the way the runner does, one type character per column. */
    private List<String> formatRow(String sql, String types) throws SQLException {
        try (Connection connection = sqlite(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < types.length(); i++) {
                values.add(SltValues.format(row, i + 1, types.charAt(i)));
            }
            return values;
        }
    }

    @Test
    void realsMatchSqlitePrintf() throws SQLException {
        List<Double> samples = new ArrayList<>(List.of(0.0, -0.0, 1.5, -1.5, 0.0005, 2.0005, 0.0625, -0.0001,
                99.9995, 1e15 + 0.5, 9999999999999.9995, 123456789012345678.0, 1e20, -9.223372036854776E18,
                1.8446744073709552E19, 1e300, Double.MIN_VALUE, 0.1 + 0.2, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY));
        Random random = new Random(20261101);
        for (int i = 0; i < 5000; i++) {
            samples.add(random.nextGaussian() * Math.pow(10, random.nextInt(28) - 10));
            samples.add(Math.round(random.nextDouble() * 1e6) / 1e4 + 0.0005);
            samples.add((double) random.nextLong() / Math.pow(10, random.nextInt(8)));
        }
        try (Connection connection = sqlite();
             PreparedStatement printf = connection.prepareStatement("SELECT printf('%.3f', ?)")) {
            for (double sample : samples) {
                printf.setDouble(1, sample);
                try (ResultSet row = printf.executeQuery()) {
                    row.next();
                    assertEquals(row.getString(1), SltValues.formatReal(sample), "printf of " + sample);
                }
            }
        }
    }

    @Test
    void nullAndEmptyHaveTheirOwnSpelling() throws SQLException {
        assertEquals(List.of("NULL", "NULL", "NULL", "(empty)"), formatRow("SELECT NULL, NULL, NULL, ''", "ITRT"));
    }

    @Test
    void textReplacesEveryByteOutsidePrintableAsciiAndEndsAtNul() throws SQLException {
        // char(233) is two UTF-8 bytes, so two @; char(0) ends a C string.
        assertEquals(List.of("a@b", "@@", "x", "(empty)", "~ !"),
                formatRow("SELECT 'a'||char(9)||'b', char(233), 'x'||char(0)||'y', char(0)||'z', '~ !'", "TTTTT"));
    }

    @Test
    void integersFollowSqlite3ColumnInt() throws SQLException {
        // Truncated reals, the numeric prefix of text, and the low 32 bits of a 64-bit integer.
        assertEquals(List.of("1", "-2", "12", "0", "705032704"),
                formatRow("SELECT 1.9, -2.5, '12abc', 'abc', 5000000000", "IIIII"));
    }

    @Test
    void realsAndTextOfOtherStorageClasses() throws SQLException {
        assertEquals(List.of("7.000", "12.500", "7", "1.5"), formatRow("SELECT 7, '12.5', 7, 1.5", "RRTT"));
    }

    @Test
    void md5IsOverEveryValueFollowedByNewline() {
        // Expected digests from md5sum: printf '1\n2\n3\n' and an empty input.
        assertEquals("c0710d6b4f15dfa88f600b0e6b624077", SltValues.md5(List.of("1", "2", "3")));
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", SltValues.md5(List.of()));
        assertEquals("3 values hashing to c0710d6b4f15dfa88f600b0e6b624077",
                SltValues.hashLine(List.of("1", "2", "3")));
    }

    @Test
    void sortModes() {
        List<String> rows = List.of("b", "2", "a", "9", "a", "10");
        assertEquals(rows, SortMode.NOSORT.apply(rows, 2));
        assertEquals(List.of("a", "10", "a", "9", "b", "2"), SortMode.ROWSORT.apply(rows, 2));
        assertEquals(List.of("10", "2", "9", "a", "a", "b"), SortMode.VALUESORT.apply(rows, 2));
    }
}
