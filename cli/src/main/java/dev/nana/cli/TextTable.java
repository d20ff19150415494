package dev.nana.cli;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Renders rows as an aligned plain-text table followed by a row count line. */
final class TextTable {

    static final String NULL = "NULL";

    private TextTable() {}

    /** Reads the whole result set; NULL is shown as {@code NULL}, blobs as SQL hex literals {@code X'..'}. */
    static String of(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        int columnCount = meta.getColumnCount();
        List<String> headers = new ArrayList<>(columnCount);
        for (int column = 1; column <= columnCount; column++) {
            headers.add(meta.getColumnLabel(column));
        }
        List<List<String>> rows = new ArrayList<>();
        while (resultSet.next()) {
            List<String> row = new ArrayList<>(columnCount);
            for (int column = 1; column <= columnCount; column++) {
                row.add(display(resultSet, column));
            }
            rows.add(row);
        }
        return format(headers, rows);
    }

    static String format(List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = width(headers.get(column));
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], width(row.get(column)));
            }
        }
        StringBuilder table = new StringBuilder();
        appendLine(table, headers, widths);
        List<String> rule = new ArrayList<>(widths.length);
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        table.append(String.join("-+-", rule)).append('\n');
        for (List<String> row : rows) {
            appendLine(table, row, widths);
        }
        table.append('(').append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)").append('\n');
        return table.toString();
    }

    private static String display(ResultSet resultSet, int column) throws SQLException {
        Object value = resultSet.getObject(column);
        if (value == null) {
            return NULL;
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
        }
        return resultSet.getString(column);
    }

    /** Pads every cell but the last, so lines carry no trailing blanks of their own making. */
    private static void appendLine(StringBuilder table, List<String> cells, int[] widths) {
        for (int column = 0; column < widths.length; column++) {
            String cell = cells.get(column);
            table.append(cell);
            if (column < widths.length - 1) {
                table.append(" ".repeat(widths[column] - width(cell))).append(" | ");
            }
        }
        table.append('\n');
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
