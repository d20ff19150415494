package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Ascii;
import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/** Where SQLite calls a function: a name, bare or quoted, followed by {@code (}, not after a {@code .}. */
final class FunctionName {
    private FunctionName() {
    }

    static boolean isCall(StatementTokens s, int i, String lowerCase) {
        return s.is(i + 1, TokenType.LPAREN) && s.isIdentifier(i, lowerCase) && !s.is(i - 1, TokenType.DOT);
    }

    /**
     * {@code ARRAY[(a)::type, ...]::type[]} of the arguments from index {@code from} on, each with what other rules
     * made of it: how nana's functions of any number of values take them.
     */
    static List<Edit.Part> castArray(List<Expressions.Range> arguments, int from, String type) {
        List<Edit.Part> parts = new ArrayList<>(List.of(Edit.text("ARRAY[")));
        for (int a = from; a < arguments.size(); a++) {
            parts.add(Edit.text(a > from ? ", (" : "("));
            parts.add(Edit.tokens(arguments.get(a).first(), arguments.get(a).last()));
            parts.add(Edit.text(")::" + type));
        }
        parts.add(Edit.text("]::" + type + "[]"));
        return parts;
    }

    /** The name of the call at token {@code i}, lower-case, or null when no function is called there. */
    static String calledAt(StatementTokens s, int i) {
        return s.is(i + 1, TokenType.LPAREN) && (s.is(i, TokenType.WORD) || s.is(i, TokenType.QUOTED_ID))
                && !s.is(i - 1, TokenType.DOT) ? Ascii.toLowerCase(s.unquoted(i)) : null;
    }

    /** The arguments of the call of {@code lowerCase} at token {@code i}, or null when there is none there. */
    static List<Expressions.Range> arguments(StatementTokens s, int i, String lowerCase) {
        return isCall(s, i, lowerCase) ? Expressions.arguments(s, i + 1) : null;
    }

    /** The token after the aggregate call at token {@code i}: after its FILTER and OVER clauses when it has them. */
    static int aggregateEnd(StatementTokens s, int i) {
        int end = s.closing(i + 1) + 1;
        if (s.is(end, Keyword.FILTER) && s.is(end + 1, TokenType.LPAREN)) {
            end = Expressions.skip(s, end + 1);
        }
        if (s.is(end, Keyword.OVER)) {
            end = s.is(end + 1, TokenType.LPAREN) ? Expressions.skip(s, end + 1) : end + 2;
        }
        return end;
    }
}
