package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * SQLite's postfix {@code x NOT NULL} is {@code x IS NOT NULL} ({@code NOTNULL} and {@code ISNULL} PostgreSQL
 * reads itself). Only in queries and DML: in CREATE, NOT NULL is a column constraint.
 */
final class PostfixNotNull implements Rule {
    @Override
    public String id() {
        return "postfix-not-null";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.NOT) && s.has(Keyword.NULL) && switch (s.effectiveKind()) {
            case SELECT, VALUES, INSERT, REPLACE, UPDATE, DELETE -> true;
            default -> false;
        };
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 1; i < s.size(); i++) {
            if (s.is(i, Keyword.NOT) && s.is(i + 1, Keyword.NULL) && !s.is(i - 1, Keyword.IS)) {
                edits.add(Edit.replace(i, i + 1, Edit.text("IS NOT NULL")));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
