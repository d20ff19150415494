package dev.nana.cli;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A result set read whole: its column labels and its rows of cells, for an {@link OutputMode} to render. */
record Result(List<String> labels, List<List<Result.Cell>> rows) {

    /**
     * One value: {@code value} is what SQLite stored (null, a Number, a String or a byte[]), {@code text} how the
     * shell shows it: SQLite's own text for numbers, a hex literal {@code X'..'} for a blob, null for NULL.
     */
    record Cell(Object value, String text) {
        static final Cell NULL = new Cell(null, null);

        static Cell of(String text) {
            return new Cell(text, text);
        }

        boolean isNumber() {
            return value instanceof Number;
        }

        /** The text, or {@code nullText} for NULL. */
        String shown(String nullText) {
            return text == null ? nullText : text;
        }
    }

    static Result read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        int columnCount = meta.getColumnCount();
        List<String> labels = new ArrayList<>(columnCount);
        for (int column = 1; column <= columnCount; column++) {
            labels.add(meta.getColumnLabel(column));
        }
        List<List<Cell>> rows = new ArrayList<>();
        while (resultSet.next()) {
            List<Cell> row = new ArrayList<>(columnCount);
            for (int column = 1; column <= columnCount; column++) {
                row.add(cell(resultSet, column));
            }
            rows.add(row);
        }
        return new Result(labels, rows);
    }

    /** sqlite-jdbc's getObject answers by the value's storage class, so a Number is a stored INTEGER or REAL. */
    private static Cell cell(ResultSet resultSet, int column) throws SQLException {
        Object value = resultSet.getObject(column);
        if (value == null) {
            return Cell.NULL;
        }
        if (value instanceof byte[] bytes) {
            return new Cell(bytes, Sql.literal(bytes));
        }
        return new Cell(value, resultSet.getString(column));
    }

    /** A column is numeric, and shown right-aligned, when it holds a number and nothing else but NULLs. */
    boolean isNumeric(int column) {
        boolean anyNumber = false;
        for (List<Cell> row : rows) {
            Cell cell = row.get(column);
            if (cell.value() != null && !cell.isNumber()) {
                return false;
            }
            anyNumber |= cell.isNumber();
        }
        return anyNumber;
    }
}
