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
 * {@code x IN ()} is false and {@code x NOT IN ()} true, even for a NULL x; PostgreSQL has no empty list. Over an
 * empty array ANY is false and ALL true, NULL or not, and {@code '{}'} takes x's type:
 * {@code x = ANY('{}')}, {@code x <> ALL('{}')}.
 */
final class EmptyInList implements Rule {
    @Override
    public String id() {
        return "empty-in-list";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.IN);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, Keyword.IN) && s.is(i + 1, TokenType.LPAREN) && s.is(i + 2, TokenType.RPAREN)) {
                edits.add(s.is(i - 1, Keyword.NOT) ? Edit.replace(i - 1, i + 2, Edit.text("<> ALL('{}')"))
                        : Edit.replace(i, i + 2, Edit.text("= ANY('{}')")));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
