package dev.nana.rewriter.postgres;

import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code INSERT OR IGNORE} is {@code INSERT ... ON CONFLICT DO NOTHING}: a row that conflicts with a unique key is
 * skipped as in SQLite, but a NOT NULL or CHECK failure, which SQLite's OR IGNORE also skips, fails the statement
 * (class 23): an error, never a row silently lost or kept. The other {@code INSERT OR x}, {@code UPDATE OR x} and
 * {@code REPLACE INTO} are refused: none has a PostgreSQL form with SQLite's result ({@code ON CONFLICT DO UPDATE}
 * keeps the unlisted columns and the rows conflicting on other unique keys, which REPLACE deletes). Trigger bodies
 * are searched too.
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
        int insert = s.mainStatement();
        if (s.is(insert, Keyword.INSERT) && s.is(insert + 1, Keyword.OR) && s.is(insert + 2, Keyword.IGNORE)
                && !s.has(Keyword.CONFLICT) && !s.has(Keyword.TRIGGER)) {
            return RuleOutcome.edits(List.of(Edit.delete(insert + 1, insert + 2),
                    Edit.insertAfter(beforeReturning(s), " ON CONFLICT DO NOTHING")));
        }
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

    /** The last token before the statement's own RETURNING clause, or the statement's last token. */
    private static int beforeReturning(StatementTokens s) {
        int depth = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, TokenType.LPAREN)) {
                depth++;
            } else if (s.is(i, TokenType.RPAREN)) {
                depth--;
            } else if (depth == 0 && s.is(i, Keyword.RETURNING)) {
                return i - 1;
            }
        }
        return s.size() - 1;
    }

    private RuleOutcome refused(String construct) {
        return RuleOutcome.refused(id(), construct + " cannot run on PostgreSQL: its conflict resolution has no"
                + " PostgreSQL equivalent (ON CONFLICT handles unique keys only); use INSERT ... ON CONFLICT (key) DO"
                + " NOTHING or DO UPDATE");
    }
}
