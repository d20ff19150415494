package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/** SQLite's {@code ==} is {@code =}. */
final class DoubleEquals implements Rule {
    @Override
    public String id() {
        return "double-equals";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(TokenType.EQ);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, TokenType.EQ) && s.text(i).length() == 2) {
                edits.add(Edit.replace(i, i, Edit.text("=")));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
