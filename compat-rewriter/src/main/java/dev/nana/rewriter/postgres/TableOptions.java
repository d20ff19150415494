package dev.nana.rewriter.postgres;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;
import java.util.List;

/**
 * SQLite's table options after the column list are dropped: {@code WITHOUT ROWID}, as every PostgreSQL table is a
 * heap (what it changes in SQLite, no rowid, {@link IntegerPrimaryKey} decides), and {@code STRICT}, as a PostgreSQL
 * column already holds only its declared type and refuses a value that does not convert (SQLSTATE class 22, as
 * SQLite's STRICT does).
 */
final class TableOptions implements Rule {
    @Override
    public String id() {
        return "table-options";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.kind() == StatementKind.CREATE && s.has(Keyword.TABLE) && !s.has(Keyword.VIRTUAL)
                && s.is(s.size() - 1, TokenType.WORD);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        int open = 0;
        while (open < s.size() && !s.is(open, TokenType.LPAREN)) {
            if (s.is(open, Keyword.AS)) {
                return RuleOutcome.unchanged();
            }
            open++;
        }
        int close = open < s.size() ? s.closing(open) : -1;
        if (close < 0 || close == s.size() - 1) {
            return RuleOutcome.unchanged();
        }
        for (int i = close + 1; i < s.size(); i++) {
            boolean option = s.is(i, TokenType.COMMA) || s.isIdentifier(i, "strict")
                    || s.is(i, Keyword.WITHOUT) && s.isIdentifier(i + 1, "rowid")
                    || s.isIdentifier(i, "rowid") && s.is(i - 1, Keyword.WITHOUT);
            if (!option) {
                return RuleOutcome.unchanged(); // not SQLite's: PostgreSQL reports it as SQLite would
            }
        }
        return RuleOutcome.edits(List.of(Edit.delete(close + 1, s.size() - 1)));
    }
}
