package dev.nana.rewriter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the driver encrypts and decrypts for one statement on tables with encrypted columns.
 *
 * <p>Result columns are found by what the database reports for each of them: the table it comes from (SQLite's
 * column origin, which sees through aliases, subqueries and CTEs) and its label. That finds the columns a
 * {@code SELECT *} expands to without knowing the schema.
 *
 * @param parameters the parameters to encrypt
 * @param results    by {@link #resultKey(String, String)} of origin table and label: the encrypted result columns
 *                   named in the statement
 * @param starTables tables (lower case) whose columns a {@code *} returns: there a label is the column's own name
 * @param readTables tables (lower case) with encrypted columns the statement reads; a result column from another
 *                   encrypted table came through a view, which nana cannot see into
 * @param copy       for an INSERT ... SELECT the driver must run row by row, how; else null
 */
public record ColumnSealing(List<SealedParameter> parameters, Map<String, EncryptedColumn> results,
                            Set<String> starTables, Set<String> readTables, RowCopy copy) {

    public ColumnSealing {
        parameters = List.copyOf(parameters);
        results = Map.copyOf(results);
        starTables = Set.copyOf(starTables);
        readTables = Set.copyOf(readTables);
    }

    public static String resultKey(String originTable, String label) {
        return originTable.toLowerCase(Locale.ROOT) + "\u0000" + label.toLowerCase(Locale.ROOT);
    }
}
