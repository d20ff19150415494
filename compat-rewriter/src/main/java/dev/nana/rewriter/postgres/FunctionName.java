package dev.nana.rewriter.postgres;

import java.util.List;

import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/** Where SQLite calls a function: a name, bare or quoted, followed by {@code (}, not after a {@code .}. */
final class FunctionName {
    private FunctionName() {
    }

    static boolean isCall(StatementTokens s, int i, String lowerCase) {
        return s.is(i + 1, TokenType.LPAREN) && s.isIdentifier(i, lowerCase) && !s.is(i - 1, TokenType.DOT);
    }

    /** The arguments of the call of {@code lowerCase} at token {@code i}, or null when there is none there. */
    static List<Expressions.Range> arguments(StatementTokens s, int i, String lowerCase) {
        return isCall(s, i, lowerCase) ? Expressions.arguments(s, i + 1) : null;
    }
}
