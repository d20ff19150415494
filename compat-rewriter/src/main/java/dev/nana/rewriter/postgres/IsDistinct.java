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
 * SQLite's {@code a IS b} compares any two values, NULL equal to NULL: {@code a IS NOT DISTINCT FROM b}, and
 * {@code a IS NOT b} is {@code a IS DISTINCT FROM b}. {@code IS [NOT] NULL}, {@code IS [NOT] TRUE/FALSE} and
 * {@code IS [NOT] DISTINCT FROM} are PostgreSQL's already. PostgreSQL binds {@code = <> IN LIKE BETWEEN} tighter
 * than IS where SQLite binds them alike (left to right), so {@code a IS b = c} would silently group as
 * {@code a IS (b = c)}: such a statement is refused, asking for parentheses.
 */
final class IsDistinct implements Rule {
    @Override
    public String id() {
        return "is-distinct";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.IS);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.is(i, Keyword.IS)) {
                continue;
            }
            boolean not = s.is(i + 1, Keyword.NOT);
            int operand = not ? i + 2 : i + 1;
            if (s.is(operand, Keyword.NULL) || s.is(operand, Keyword.DISTINCT) || isBoolean(s, operand)) {
                continue;
            }
            int after = Expressions.operandEnd(s, operand);
            if (bindsTighterOnPostgres(s, after)) {
                return RuleOutcome.refused(id(), s.text(i, after) + "...: PostgreSQL would group this IS differently"
                        + " from SQLite; add parentheses, as in (a IS b) " + s.text(after));
            }
            edits.add(Edit.replace(i, operand - 1,
                    Edit.text(not ? "IS DISTINCT FROM" : "IS NOT DISTINCT FROM")));
        }
        return RuleOutcome.edits(edits);
    }

    private static boolean isBoolean(StatementTokens s, int i) {
        return s.is(i, TokenType.WORD) && (s.isIdentifier(i, "true") || s.isIdentifier(i, "false"));
    }

    /** Operators of IS's level in SQLite that PostgreSQL applies before IS. */
    static boolean bindsTighterOnPostgres(StatementTokens s, int i) {
        if (s.is(i, TokenType.EQ) || s.isOperator(i, "!=") || s.isOperator(i, "<>")) {
            return true;
        }
        Keyword keyword = s.keyword(i);
        return keyword == Keyword.IS || keyword == Keyword.IN || keyword == Keyword.LIKE || keyword == Keyword.GLOB
                || keyword == Keyword.MATCH || keyword == Keyword.REGEXP || keyword == Keyword.BETWEEN
                || keyword == Keyword.ISNULL || keyword == Keyword.NOTNULL || keyword == Keyword.NOT;
    }
}
