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
 * LIMIT and OFFSET as SQLite reads them. {@code LIMIT a, b} is {@code LIMIT b OFFSET a} (the parameters swap
 * places). A negative limit means no limit and a negative offset means none, where PostgreSQL fails: a negative
 * literal becomes {@code ALL} or {@code 0}, and any other expression is clamped,
 * {@code LIMIT NULLIF(GREATEST(x, -1), -1)} (NULL is PostgreSQL's "no limit") and {@code OFFSET GREATEST(x, 0)}.
 */
final class LimitClause implements Rule {
    @Override
    public String id() {
        return "limit";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.LIMIT);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.is(i, Keyword.LIMIT)) {
                continue;
            }
            int end = Expressions.clauseEnd(s, i + 1, Keyword.OFFSET, Keyword.ON, Keyword.RETURNING);
            Expressions.Range first = new Expressions.Range(i + 1, end - 1);
            if (first.isEmpty()) {
                continue;
            }
            if (s.is(end, TokenType.COMMA)) {
                Expressions.Range limit = new Expressions.Range(end + 1,
                        Expressions.clauseEnd(s, end + 1, Keyword.ON, Keyword.RETURNING) - 1);
                if (limit.isEmpty()) {
                    continue;
                }
                List<Edit.Part> parts = new ArrayList<>(limit(s, limit));
                parts.add(Edit.text(" OFFSET "));
                parts.addAll(offset(s, first));
                edits.add(Edit.replace(first.first(), limit.last(), parts.toArray(Edit.Part[]::new)));
                continue;
            }
            clamp(s, first, limit(s, first), edits);
            if (s.is(end, Keyword.OFFSET)) {
                Expressions.Range offset = new Expressions.Range(end + 1,
                        Expressions.clauseEnd(s, end + 1, Keyword.ON, Keyword.RETURNING) - 1);
                if (!offset.isEmpty()) {
                    clamp(s, offset, offset(s, offset), edits);
                }
            }
        }
        return RuleOutcome.edits(edits);
    }

    /** Replaces the range by its clamped form unless that is the range itself. */
    private static void clamp(StatementTokens s, Expressions.Range range, List<Edit.Part> parts, List<Edit> edits) {
        if (!isNonNegativeLiteral(s, range)) {
            edits.add(Edit.replace(range.first(), range.last(), parts.toArray(Edit.Part[]::new)));
        }
    }

    private static List<Edit.Part> limit(StatementTokens s, Expressions.Range range) {
        if (isNonNegativeLiteral(s, range)) {
            return List.of(tokens(range));
        }
        if (isNegativeLiteral(s, range)) {
            return List.of(Edit.text("ALL"));
        }
        return List.of(Edit.text("NULLIF(GREATEST("), tokens(range), Edit.text(", -1), -1)"));
    }

    private static List<Edit.Part> offset(StatementTokens s, Expressions.Range range) {
        if (isNonNegativeLiteral(s, range)) {
            return List.of(tokens(range));
        }
        if (isNegativeLiteral(s, range)) {
            return List.of(Edit.text("0"));
        }
        return List.of(Edit.text("GREATEST("), tokens(range), Edit.text(", 0)"));
    }

    private static boolean isNonNegativeLiteral(StatementTokens s, Expressions.Range range) {
        return range.first() == range.last() && s.is(range.first(), TokenType.NUMBER);
    }

    /** {@code -N} with N a number other than zero. */
    private static boolean isNegativeLiteral(StatementTokens s, Expressions.Range range) {
        return range.last() == range.first() + 1 && s.isOperator(range.first(), "-")
                && s.is(range.last(), TokenType.NUMBER) && !Literals.isZero(s.text(range.last()));
    }

    private static Edit.Part tokens(Expressions.Range range) {
        return Edit.tokens(range.first(), range.last());
    }
}
