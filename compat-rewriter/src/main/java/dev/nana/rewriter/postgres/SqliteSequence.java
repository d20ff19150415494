package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code sqlite_sequence}, SQLite's table of the largest key each AUTOINCREMENT table ever held, is nana's view of
 * its own records ({@link NanaSchema#SEQUENCE_VIEW}): read as SQLite shows it, and written (a reset with UPDATE or
 * DELETE) through the view's trigger. {@code main.sqlite_sequence} is the same table; another schema's is left as
 * written.
 */
final class SqliteSequence implements Rule {
    private static final String NAME = "sqlite_sequence";

    @Override
    public String id() {
        return "sqlite-sequence";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.isIdentifier(i, NAME)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.isIdentifier(i, NAME) || s.is(i + 1, TokenType.LPAREN)) {
                continue;
            }
            boolean qualified = i >= 2 && s.is(i - 1, TokenType.DOT);
            if (!qualified) {
                edits.add(Edit.replace(i, i, Edit.text(NanaSchema.SEQUENCE_VIEW)));
            } else if (s.isIdentifier(i - 2, "main") && !s.is(i - 3, TokenType.DOT)) {
                edits.add(Edit.replace(i - 2, i, Edit.text(NanaSchema.SEQUENCE_VIEW)));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
