package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code x'0A0B'} is a blob to SQLite and a bit string to PostgreSQL (silently: {@code length(x'0A')} is 8 there):
 * {@code '\x0a0b'::bytea}. The backslash form assumes standard_conforming_strings on, PostgreSQL's default.
 */
final class BlobLiteral implements Rule {
    @Override
    public String id() {
        return "blob-literal";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(TokenType.BLOB);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, TokenType.BLOB)) {
                String text = s.text(i);
                String hex = text.substring(2, text.length() - 1).toLowerCase(Locale.ROOT);
                edits.add(Edit.replace(i, i, Edit.text("'\\x" + hex + "'::bytea")));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
