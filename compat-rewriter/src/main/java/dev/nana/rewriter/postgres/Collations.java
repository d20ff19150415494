package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Ascii;
import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite's collations, in a column definition or an expression: {@code BINARY} is PostgreSQL's {@code "C"} (byte
 * order), {@code NOCASE} is nana's {@code nana.nocase}, an ICU collation that compares, groups, orders and keeps
 * unique without regard to case. {@code RTRIM} and names SQLite does not know are refused.
 */
final class Collations implements Rule {
    @Override
    public String id() {
        return "collations";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.COLLATE);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.is(i, Keyword.COLLATE) || !(s.is(i + 1, TokenType.WORD) || s.is(i + 1, TokenType.QUOTED_ID))) {
                continue;
            }
            String name = Ascii.toLowerCase(s.is(i + 1, TokenType.QUOTED_ID) ? s.unquoted(i + 1) : s.text(i + 1));
            switch (name) {
                case "binary" -> edits.add(Edit.replace(i + 1, i + 1, Edit.text("\"C\"")));
                case "nocase" -> edits.add(Edit.replace(i + 1, i + 1, Edit.text(NanaSchema.NOCASE)));
                case "rtrim" -> {
                    return RuleOutcome.refused(id(), "COLLATE RTRIM cannot run on PostgreSQL: it has no collation"
                            + " that ignores trailing spaces");
                }
                default -> {
                    return RuleOutcome.refused(id(), "COLLATE " + s.text(i + 1) + " is not one of SQLite's"
                            + " collations (BINARY, NOCASE, RTRIM): SQLite answers no such collation sequence");
                }
            }
        }
        return RuleOutcome.edits(edits);
    }
}
