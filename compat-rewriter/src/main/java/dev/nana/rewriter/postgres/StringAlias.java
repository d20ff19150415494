package dev.nana.rewriter.postgres;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import dev.nana.rewriter.Ascii;
import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code AS 'alias'}: SQLite takes a string as a name after AS, PostgreSQL wants {@code AS "alias"}. Not inside
 * {@code CAST(x AS 'type')}, where the string is a type name.
 */
final class StringAlias implements Rule {
    @Override
    public String id() {
        return "string-alias";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.AS) && s.has(TokenType.STRING);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        Deque<Boolean> castParentheses = new ArrayDeque<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, TokenType.LPAREN)) {
                castParentheses.push(s.is(i - 1, Keyword.CAST));
            } else if (s.is(i, TokenType.RPAREN)) {
                castParentheses.poll();
            } else if (s.is(i, Keyword.AS) && s.is(i + 1, TokenType.STRING)
                    && !Boolean.TRUE.equals(castParentheses.peek())) {
                edits.add(Edit.replace(i + 1, i + 1, Edit.text(Identifiers.quoted(Ascii.toLowerCase(s.unquoted(i + 1))))));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
