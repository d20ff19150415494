package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code x / 0} and {@code x % 0} are NULL in SQLite and an error in PostgreSQL: the divisor becomes
 * {@code NULLIF(divisor, 0)}, unless it is a literal other than zero.
 */
final class DivisionByZero implements Rule {
    @Override
    public String id() {
        return "division-by-zero";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(TokenType.OPERATOR);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.isOperator(i, "/") && !s.isOperator(i, "%")) {
                continue;
            }
            int end = Expressions.factorEnd(s, i + 1);
            int last = end - 1;
            if (last < i + 1 || (last == i + 1 && s.is(last, TokenType.NUMBER) && !Literals.isZero(s.text(last)))) {
                continue;
            }
            edits.add(Edit.replace(i + 1, last, Edit.text("NULLIF("), Edit.tokens(i + 1, last), Edit.text(", 0)")));
        }
        return RuleOutcome.edits(edits);
    }
}
