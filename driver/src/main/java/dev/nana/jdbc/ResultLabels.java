package dev.nana.jdbc;

import dev.nana.rewriter.ResultTransform;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.ResultSetMetaData;
import java.util.List;

/**
 * The column labels SQLite reports where the backend reports others (PostgreSQL's {@code count} for
 * {@code count(*)}, {@code foo} for {@code AS Foo}): the plan's {@link ResultTransform.Label}s. A result set answers
 * getColumnLabel, getColumnName and findColumn with them.
 */
final class ResultLabels {
    static final ResultLabels NONE = new ResultLabels(new String[0]);

    /** labels[i] is column i + 1's, or null where the backend's stands. */
    private final String[] labels;

    private ResultLabels(String[] labels) {
        this.labels = labels;
    }

    static ResultLabels of(List<ResultTransform> transforms) {
        int columns = 0;
        for (ResultTransform transform : transforms) {
            if (transform instanceof ResultTransform.Label) {
                columns = Math.max(columns, transform.column());
            }
        }
        if (columns == 0) {
            return NONE;
        }
        String[] labels = new String[columns];
        for (ResultTransform transform : transforms) {
            if (transform instanceof ResultTransform.Label label) {
                labels[label.column() - 1] = label.label();
            }
        }
        return new ResultLabels(labels);
    }

    /** The 1-based column labelled {@code label} (in any case, as JDBC's findColumn), or 0. */
    int find(String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != null && labels[i].equalsIgnoreCase(label)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code metaData} with these labels as its columns' labels and names. */
    ResultSetMetaData applyTo(ResultSetMetaData metaData) {
        if (labels.length == 0 || metaData == null) {
            return metaData;
        }
        return (ResultSetMetaData) Proxy.newProxyInstance(ResultLabels.class.getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("getColumnLabel") || name.equals("getColumnName")) && args.length == 1) {
                        int column = (Integer) args[0];
                        if (column >= 1 && column <= labels.length && labels[column - 1] != null) {
                            return labels[column - 1];
                        }
                    }
                    try {
                        return method.invoke(metaData, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
