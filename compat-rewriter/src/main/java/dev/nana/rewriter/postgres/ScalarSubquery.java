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
 * A subquery used as a value gives its first row in SQLite, however many it finds; PostgreSQL fails the statement
 * (21000, "more than one row returned by a subquery used as an expression"). Such a subquery without a LIMIT of its
 * own gets {@code LIMIT 1}. Not touched: a subquery that is a table (FROM, JOIN, a FROM list), the list of IN, EXISTS
 * (which stops at the first row anyway) and a common table expression ({@code AS (...)}). One with a LIMIT keeps it:
 * PostgreSQL then refuses more than one row, loudly.
 */
final class ScalarSubquery implements Rule {
    @Override
    public String id() {
        return "scalar-subquery";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.SELECT) && s.has(TokenType.LPAREN);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int open = 1; open + 1 < s.size(); open++) {
            if (!s.is(open, TokenType.LPAREN) || !(s.is(open + 1, Keyword.SELECT) || s.is(open + 1, Keyword.WITH))
                    || !usedAsValue(s, open)) {
                continue;
            }
            int close = s.closing(open);
            if (close > open && !limited(s, open, close)) {
                edits.add(Edit.insertAfter(close - 1, " LIMIT 1"));
            }
        }
        return RuleOutcome.edits(edits);
    }

    private static boolean usedAsValue(StatementTokens s, int open) {
        int before = open - 1;
        return !(s.is(before, Keyword.IN) || s.is(before, Keyword.EXISTS) || s.is(before, Keyword.AS)
                || s.is(before, Keyword.MATERIALIZED) || FromList.opensTable(s, open));
    }

    /** Whether the subquery between {@code open} and {@code close} has a LIMIT at its own level. */
    private static boolean limited(StatementTokens s, int open, int close) {
        for (int i = open + 1; i < close; i++) {
            if (s.is(i, TokenType.LPAREN)) {
                i = s.closing(i);
            } else if (s.is(i, Keyword.LIMIT)) {
                return true;
            }
        }
        return false;
    }
}
