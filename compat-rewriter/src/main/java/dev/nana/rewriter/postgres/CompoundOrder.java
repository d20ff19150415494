package dev.nana.rewriter.postgres;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite runs the operators of a compound SELECT from left to right, all of one precedence; PostgreSQL's INTERSECT
 * binds tighter than UNION and EXCEPT. So {@code A UNION B EXCEPT C INTERSECT D}, SQLite's
 * {@code ((A UNION B) EXCEPT C) INTERSECT D}, would be {@code A UNION B EXCEPT (C INTERSECT D)} there: what comes
 * before an INTERSECT that follows a UNION or EXCEPT is put in parentheses, in subqueries too.
 */
final class CompoundOrder implements Rule {
    @Override
    public String id() {
        return "compound-order";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.INTERSECT) && (s.has(Keyword.UNION) || s.has(Keyword.EXCEPT));
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        // Per open parenthesis (and the statement itself): where its SELECT starts, and whether a UNION or EXCEPT
        // has been seen in it.
        Deque<int[]> levels = new ArrayDeque<>();
        levels.push(new int[] {s.mainStatement(), 0});
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, TokenType.LPAREN)) {
                levels.push(new int[] {i + 1, 0});
            } else if (s.is(i, TokenType.RPAREN) && levels.size() > 1) {
                levels.pop();
            } else if (s.is(i, Keyword.UNION) || s.is(i, Keyword.EXCEPT)) {
                levels.peek()[1] = 1;
            } else if (s.is(i, Keyword.INTERSECT) && levels.peek()[1] == 1) {
                int first = levels.peek()[0];
                edits.add(Edit.replace(first, i - 1, Edit.text("("), Edit.tokens(first, i - 1), Edit.text(")")));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
