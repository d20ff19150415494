package dev.nana.rewriter;

/**
 * A column whose values the driver encrypts: {@code table} and {@code column} in lower case.
 *
 * @param domain for a searchable column, the name of its equality domain (its own {@code table.column} unless it
 *               shares another column's, so that the two can be joined); null for a randomized column
 */
public record EncryptedColumn(String table, String column, String domain) {

    public boolean searchable() {
        return domain != null;
    }

    /** {@code table.column}, as messages and configuration name it. */
    public String name() {
        return table + "." + column;
    }
}
