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
 * SQLite sorts NULL before every value, PostgreSQL after: every ORDER BY term (of a query, a window or an aggregate)
 * without its own NULLS FIRST/LAST gets {@code NULLS FIRST} when ascending and {@code NULLS LAST} when descending.
 */
final class NullsOrder implements Rule {
    @Override
    public String id() {
        return "nulls-order";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.ORDER);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.is(i, Keyword.ORDER) || !s.is(i + 1, Keyword.BY)) {
                continue;
            }
            int from = i + 2;
            while (true) {
                int end = termEnd(s, from);
                int last = end - 1;
                if (last >= from && !(s.is(last - 1, Keyword.NULLS)
                        && (s.is(last, Keyword.FIRST) || s.is(last, Keyword.LAST)))) {
                    edits.add(Edit.insertAfter(last, s.is(last, Keyword.DESC) ? " NULLS LAST" : " NULLS FIRST"));
                }
                if (!s.is(end, TokenType.COMMA)) {
                    break;
                }
                from = end + 1;
            }
        }
        return RuleOutcome.edits(edits);
    }

    /** After the term: a comma, LIMIT, a window frame (ROWS, RANGE, GROUPS), an upsert's ON, or the end. */
    private static int termEnd(StatementTokens s, int from) {
        // A column may be called rows, range or groups: as the first word of a term it is one.
        boolean named = s.keyword(from) != null && s.keyword(from).canNameFunction();
        return Expressions.clauseEnd(s, named ? from + 1 : from, Keyword.LIMIT, Keyword.ON, Keyword.RETURNING,
                Keyword.ROWS, Keyword.RANGE, Keyword.GROUPS);
    }
}
