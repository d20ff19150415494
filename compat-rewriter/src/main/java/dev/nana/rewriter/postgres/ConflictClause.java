package dev.nana.rewriter.postgres;

import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code INSERT OR x}, {@code UPDATE OR x} and {@code REPLACE INTO} are refused: none has a PostgreSQL form with
 * SQLite's result. {@code ON CONFLICT DO NOTHING} skips only unique violations where OR IGNORE also skips NOT NULL and
 * CHECK failures, and {@code ON CONFLICT DO UPDATE} keeps the unlisted columns and the rows conflicting on other
 * unique keys, which REPLACE deletes. Trigger bodies are searched too.
 */
final class ConflictClause implements Rule {
    @Override
    public String id() {
        return "conflict-clause";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return (s.has(Keyword.OR) && (s.has(Keyword.INSERT) || s.has(Keyword.UPDATE)))
                || (s.has(Keyword.REPLACE) && s.has(Keyword.INTO));
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        for (int i = 0; i < s.size(); i++) {
            if ((s.is(i, Keyword.INSERT) || s.is(i, Keyword.UPDATE)) && s.is(i + 1, Keyword.OR)
                    && s.is(i + 2, TokenType.WORD)) {
                return refused(s.text(i, i + 2));
            }
            if (s.is(i, Keyword.REPLACE) && s.is(i + 1, Keyword.INTO)) {
                return refused(s.text(i, i + 1));
            }
        }
        return RuleOutcome.unchanged();
    }

    private RuleOutcome refused(String construct) {
        return RuleOutcome.refused(id(), construct + " cannot run on PostgreSQL: its conflict resolution has no"
                + " PostgreSQL equivalent (ON CONFLICT handles unique keys only); use INSERT ... ON CONFLICT (key) DO"
                + " NOTHING or DO UPDATE");
    }
}
