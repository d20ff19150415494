package dev.nana.rewriter;

/** What a single SQL statement is, decided by the lexer from its leading keywords. */
public enum StatementKind {
    SELECT, VALUES, INSERT, REPLACE, UPDATE, DELETE,
    CREATE, DROP, ALTER,
    PRAGMA,
    BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE,
    ATTACH, DETACH, VACUUM, ANALYZE, REINDEX, EXPLAIN,
    /** sqlite-jdbc's own {@code backup [db] to 'file'} command, intercepted before SQLite sees it. */
    BACKUP,
    /** sqlite-jdbc's own {@code restore [db] from 'file'} command. */
    RESTORE,
    /** Not classifiable; refused in strict mode. */
    UNKNOWN;

    /**
     * True for statements that take SQLite's write lock: data and schema changes, and what cannot be classified.
     * PRAGMA is not counted (its writes are rare settings); WITH is classified by its main statement already.
     */
    public boolean writes() {
        return switch (this) {
            case INSERT, REPLACE, UPDATE, DELETE, CREATE, DROP, ALTER, VACUUM, ANALYZE, REINDEX, RESTORE, UNKNOWN ->
                    true;
            default -> false;
        };
    }

    /**
     * True for statements whose update count is SQLite's change counter (or, for what cannot be classified and
     * sqlite-jdbc's own commands, the backend's word). The others (DDL, transaction control, PRAGMA, VACUUM, ...)
     * change no rows, so their count is 0, whatever rows an earlier statement changed.
     */
    public boolean countsChanges() {
        return switch (this) {
            case INSERT, REPLACE, UPDATE, DELETE, UNKNOWN, BACKUP, RESTORE -> true;
            default -> false;
        };
    }

    /** True for statements that open, end or mark a transaction (a script holding one cannot be wrapped in one). */
    public boolean controlsTransaction() {
        return this == BEGIN || this == COMMIT || this == ROLLBACK || this == SAVEPOINT || this == RELEASE;
    }
}
