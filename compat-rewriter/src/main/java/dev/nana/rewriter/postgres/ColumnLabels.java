package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.ResultTransform;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite labels a result column by its alias as written ({@code AS Foo} is {@code Foo}) or, without one, by the
 * expression's text as written ({@code count(*)}, {@code a == 1}); PostgreSQL folds aliases to lower case and says
 * {@code count} or {@code ?column?}. Applications read such columns by those labels, so the plan carries them as
 * {@link ResultTransform.Label}s for the columns of the query's first SELECT. A bare column reference ({@code a},
 * {@code t.a}, {@code (a)}) gets no label here: SQLite names it by the table's declared column name, which only the
 * catalogue knows; a quoted one gets its name as written. Labels stop at a {@code *}, whose columns the text does not tell.
 */
final class ColumnLabels implements Rule {
    @Override
    public String id() {
        return "column-labels";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.kind() == StatementKind.SELECT;
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        int select = s.mainStatement();
        if (!s.is(select, Keyword.SELECT)) {
            return RuleOutcome.unchanged();
        }
        int from = s.is(select + 1, Keyword.DISTINCT) || s.is(select + 1, Keyword.ALL) ? select + 2 : select + 1;
        List<ResultTransform> labels = new ArrayList<>();
        for (int column = 1; ; column++) {
            int end = Expressions.clauseEnd(s, from, Keyword.FROM, Keyword.WHERE, Keyword.GROUP, Keyword.HAVING,
                    Keyword.WINDOW, Keyword.ORDER, Keyword.LIMIT, Keyword.UNION, Keyword.EXCEPT, Keyword.INTERSECT);
            int last = end - 1;
            if (last < from || s.isOperator(last, "*")) {
                break;
            }
            String label = label(s, from, last);
            if (label != null) {
                labels.add(new ResultTransform.Label(column, label));
            }
            if (!s.is(end, TokenType.COMMA)) {
                break;
            }
            from = end + 1;
        }
        return RuleOutcome.transforms(labels);
    }

    /**
     * The alias, the expression's text, or for a column reference null, except a quoted name's as written: a quoted
     * name reaches PostgreSQL in lower case ({@link QuotedIdentifier}), and whoever quotes a name most likely
     * declared it in the same case.
     */
    private static String label(StatementTokens s, int first, int last) {
        if (Expressions.aliasStart(s, first, last) <= last) {
            return s.unquoted(last);
        }
        if (!isColumnReference(s, first, last)) {
            return s.text(first, last);
        }
        int name = s.is(last, TokenType.RPAREN) ? last - 1 : last;
        while (s.is(name, TokenType.RPAREN)) {
            name--;
        }
        return s.is(name, TokenType.QUOTED_ID) ? s.unquoted(name) : null;
    }

    /** {@code a}, {@code t.a}, {@code main.t.a}, any of them in parentheses. */
    private static boolean isColumnReference(StatementTokens s, int first, int last) {
        while (s.is(first, TokenType.LPAREN) && s.closing(first) == last) {
            first++;
            last--;
        }
        for (int i = first; i <= last; i += 2) {
            if (!(s.is(i, TokenType.QUOTED_ID) || (s.is(i, TokenType.WORD) && s.keyword(i) == null))
                    || (i < last && !s.is(i + 1, TokenType.DOT))) {
                return false;
            }
        }
        return last - first <= 4 && (last - first) % 2 == 0;
    }
}
