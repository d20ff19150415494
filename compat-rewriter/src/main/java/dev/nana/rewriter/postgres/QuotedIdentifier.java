package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code `name`}, {@code [name]} and {@code "name"} are identifiers to SQLite, which ignores their ASCII case as it does
 * for bare names; PostgreSQL quotes only with {@code "name"} and compares quoted names exactly. So every quoted name
 * is written {@code "name"} in lower case, as PostgreSQL folds a bare one: {@code "Mixed"} and {@code MIXED} name one
 * table, as in SQLite. What SQLite shows of a name as written (sqlite_master, labels) is kept by the rules that show it.
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
            if (s.is(i, TokenType.QUOTED_ID)) {
                String folded = Identifiers.quoted(Identifiers.stored(s, i));
                if (!folded.equals(s.text(i))) {
                    edits.add(Edit.replace(i, i, Edit.text(folded)));
                }
            }
        }
        return RuleOutcome.edits(edits);
    }
}
