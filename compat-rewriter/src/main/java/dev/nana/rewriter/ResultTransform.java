package dev.nana.rewriter;

/**
 * Something the driver does to a result column so that it reads as it would on SQLite: a plain value in the plan,
 * applied to every row or to the metadata.
 */
public sealed interface ResultTransform {
    /** 1-based. */
    int column();

    /**
     * The column's label (and name) is {@code label}, as SQLite reports it: an expression's text as written
     * ({@code count(*)}, {@code a == 1}), an alias with its case kept ({@code AS Foo} is {@code Foo}, where
     * PostgreSQL says {@code foo}).
     */
    record Label(int column, String label) implements ResultTransform {
        @Override
        public String toString() {
            return column + " label " + label;
        }
    }
}
