package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code `name`} and {@code [name]} are identifiers to SQLite; PostgreSQL quotes only with {@code "name"}. The case is
 * kept: PostgreSQL compares quoted names exactly, where SQLite ignores ASCII case.
 */
final class QuotedIdentifier implements Rule {
    @Override
    public String id() {
        return "quoted-identifier";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(TokenType.QUOTED_ID);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, TokenType.QUOTED_ID) && s.text(i).charAt(0) != '"') {
                edits.add(Edit.replace(i, i, Edit.text(Identifiers.quoted(s.unquoted(i)))));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
