package dev.nana.rewriter.postgres;

import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.StatementTokens;

/**
 * ATTACH, DETACH, VACUUM INTO and sqlite-jdbc's BACKUP and RESTORE work on database files, which a PostgreSQL server
 * does not expose; refused even when the policy allows them. A plain VACUUM runs as PostgreSQL's own.
 */
final class DatabaseFiles implements Rule {
    @Override
    public String id() {
        return "database-files";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        StatementKind kind = s.effectiveKind();
        return kind == StatementKind.ATTACH || kind == StatementKind.DETACH || kind == StatementKind.BACKUP
                || kind == StatementKind.RESTORE || (kind == StatementKind.VACUUM && s.has(Keyword.INTO));
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        String statement = s.effectiveKind() == StatementKind.VACUUM ? "VACUUM INTO" : s.effectiveKind().name();
        return RuleOutcome.refused(id(), statement + " cannot run on PostgreSQL: it works on SQLite database files");
    }
}
