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
 * SQLite takes a subquery in FROM without an alias ({@code SELECT * FROM (SELECT 1 AS a)}); PostgreSQL before 16
 * requires one. Such a subquery after FROM, JOIN or a comma of a FROM list gets {@code AS nana_subquery_<n>}, a name no SQLite statement
 * can refer to, as it had none.
 */
final class DerivedTableAlias implements Rule {
    @Override
    public String id() {
        return "derived-table-alias";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.FROM) && s.has(Keyword.SELECT) && s.has(TokenType.LPAREN);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 1; i + 1 < s.size(); i++) {
            if (!s.is(i, TokenType.LPAREN) || !FromList.opensTable(s, i)
                    || !(s.is(i + 1, Keyword.SELECT) || s.is(i + 1, Keyword.VALUES) || s.is(i + 1, Keyword.WITH))) {
                continue;
            }
            int close = s.closing(i);
            if (close > i && !hasAlias(s, close + 1)) {
                edits.add(Edit.insertAfter(close, " AS nana_subquery_" + i));
            }
        }
        return RuleOutcome.edits(edits);
    }

    private static boolean hasAlias(StatementTokens s, int i) {
        return s.is(i, Keyword.AS) || s.is(i, TokenType.QUOTED_ID) || s.is(i, TokenType.STRING)
                || s.is(i, TokenType.WORD) && s.keyword(i) == null;
    }
}
