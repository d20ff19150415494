package dev.nana.rewriter.postgres;

import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/** Where SQLite calls a function: a name, bare or quoted, followed by {@code (}, not after a {@code .}. */
final class FunctionName {
    private FunctionName() {
    }

    static boolean isCall(StatementTokens s, int i, String lowerCase) {
        return s.is(i + 1, TokenType.LPAREN) && s.isIdentifier(i, lowerCase) && !s.is(i - 1, TokenType.DOT);
    }
}
