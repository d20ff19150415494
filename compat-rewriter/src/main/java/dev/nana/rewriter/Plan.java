package dev.nana.rewriter;

import java.util.List;

/** The immutable, cached result of passing one SQL string through the pipeline: one or more statements. */
public final class Plan {
    private final List<PlannedStatement> statements;
    private final boolean runsAtomically;

    public Plan(List<PlannedStatement> statements) {
        this.statements = List.copyOf(statements);
        boolean atomic = true;
        for (PlannedStatement statement : this.statements) { // a loop, not a stream: this runs for every new SQL text
            atomic &= !breaksAtomicity(statement.kind());
        }
        this.runsAtomically = atomic;
    }

    /** In order; empty for a string holding only whitespace, comments and semicolons. */
    public List<PlannedStatement> statements() {
        return statements;
    }

    public boolean isScript() {
        return statements.size() > 1;
    }

    /**
     * True when the statements may run inside one transaction (or savepoint) so that a failure leaves nothing
     * behind: false when any of them controls transactions, is a PRAGMA, VACUUM, ATTACH or DETACH, or is one of
     * sqlite-jdbc's BACKUP and RESTORE commands (which work on whole files, outside any transaction).
     */
    public boolean runsAtomically() {
        return runsAtomically;
    }

    private static boolean breaksAtomicity(StatementKind kind) {
        return kind.controlsTransaction() || switch (kind) {
            case PRAGMA, VACUUM, ATTACH, DETACH, BACKUP, RESTORE -> true;
            default -> false;
        };
    }
}
