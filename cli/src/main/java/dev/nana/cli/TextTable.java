package dev.nana.cli;

import java.util.ArrayList;
import java.util.List;

/** Renders a result as aligned text: the shell's own {@code table} layout and SQLite's {@code box}. */
final class TextTable {

    static final String NULL = "NULL";

    private final List<String> labels;
    private final List<List<String>> rows = new ArrayList<>();
    private final int[] widths;
    private final boolean[] rightAligned;

    private TextTable(Result result) {
        labels = result.labels();
        widths = new int[labels.size()];
        rightAligned = new boolean[labels.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = width(labels.get(column));
            rightAligned[column] = result.isNumeric(column);
        }
        for (List<Result.Cell> cells : result.rows()) {
            List<String> row = new ArrayList<>(cells.size());
            for (int column = 0; column < widths.length; column++) {
                String text = cells.get(column).shown(NULL);
                widths[column] = Math.max(widths[column], width(text));
                row.add(text);
            }
            rows.add(row);
        }
    }

    /** Columns separated by {@code |}, a rule under the header, numbers right-aligned, a row count at the end. */
    static String table(Result result, boolean headers) {
        TextTable table = new TextTable(result);
        StringBuilder text = new StringBuilder();
        if (headers) {
            table.appendLine(text, table.labels, "", " | ", "");
            text.append(table.rule("", "-", "-+-", "")).append('\n');
        }
        for (List<String> row : table.rows) {
            table.appendLine(text, row, "", " | ", "");
        }
        return text.append('(').append(rows(table.rows.size())).append(")\n").toString();
    }

    /** SQLite's {@code .mode box}: the same columns inside box-drawing lines. */
    static String box(Result result, boolean headers) {
        TextTable table = new TextTable(result);
        StringBuilder text = new StringBuilder();
        text.append(table.rule("┌─", "─", "─┬─", "─┐")).append('\n');
        if (headers) {
            table.appendLine(text, table.labels, "│ ", " │ ", " │");
            text.append(table.rule("├─", "─", "─┼─", "─┤")).append('\n');
        }
        for (List<String> row : table.rows) {
            table.appendLine(text, row, "│ ", " │ ", " │");
        }
        return text.append(table.rule("└─", "─", "─┴─", "─┘")).append('\n').toString();
    }

    /** {@code 1 row}, {@code 2 rows}. */
    static String rows(int count) {
        return count + (count == 1 ? " row" : " rows");
    }

    private String rule(String left, String fill, String between, String right) {
        List<String> parts = new ArrayList<>(widths.length);
        for (int width : widths) {
            parts.add(fill.repeat(width));
        }
        return left + String.join(between, parts) + right;
    }

    /** A last left-aligned cell with nothing after it is not padded: lines carry no trailing blanks of our making. */
    private void appendLine(StringBuilder text, List<String> cells, String left, String between, String right) {
        text.append(left);
        for (int column = 0; column < widths.length; column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - width(cell));
            if (rightAligned[column]) {
                text.append(padding).append(cell);
            } else {
                text.append(cell);
                if (column < widths.length - 1 || !right.isEmpty()) {
                    text.append(padding);
                }
            }
            text.append(column < widths.length - 1 ? between : right);
        }
        text.append('\n');
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
