package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code x IN t} (a table, or a view, of one column) is {@code x IN (SELECT * FROM t)}; PostgreSQL wants a list or
 * a subquery. A table-valued function ({@code x IN f(...)}) is left alone.
 */
final class InTable implements Rule {
    @Override
    public String id() {
        return "in-table";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.IN);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.is(i, Keyword.IN) || !isTableName(s, i + 1)) {
                continue;
            }
            int last = s.is(i + 2, TokenType.DOT) && isTableName(s, i + 3) ? i + 3 : i + 1;
            if (!s.is(last + 1, TokenType.LPAREN)) {
                edits.add(Edit.replace(i + 1, last, Edit.text("(SELECT * FROM "), Edit.tokens(i + 1, last),
                        Edit.text(")")));
            }
        }
        return RuleOutcome.edits(edits);
    }

    private static boolean isTableName(StatementTokens s, int i) {
        return (s.is(i, TokenType.WORD) && s.keyword(i) == null) || s.is(i, TokenType.QUOTED_ID);
    }
}
