package dev.nana.rewriter;

import java.util.Arrays;

/**
 * The tokens of one statement: a window on the script's tokens, indexed from 0. Reads outside the window give
 * null or false, so the analysis never looks into a neighbouring statement.
 */
final class Span {
    private final Tokens tokens;
    private final int from;
    private final int size;
    /** For each token that opens a parenthesis, the index of the one that closes it; built on first use. */
    private int[] closings;

    Span(Tokens tokens, int from, int to) {
        this.tokens = tokens;
        this.from = from;
        this.size = to - from;
    }

    int size() {
        return size;
    }

    TokenType type(int i) {
        return inside(i) ? tokens.type(from + i) : null;
    }

    Keyword keyword(int i) {
        return inside(i) ? tokens.keyword(from + i) : null;
    }

    boolean is(int i, Keyword keyword) {
        return keyword(i) == keyword;
    }

    boolean is(int i, TokenType type) {
        return type(i) == type;
    }

    int start(int i) {
        return tokens.start(from + i);
    }

    int end(int i) {
        return tokens.end(from + i);
    }

    String text(int i) {
        return tokens.sql().substring(start(i), end(i));
    }

    /** Tokens {@code first} to {@code last} as written, with what lies between them. */
    String text(int first, int last) {
        return tokens.sql().substring(start(first), end(last));
    }

    /** The statement as written, from its first token to its last: no surrounding comments, no semicolon. */
    String sql() {
        return tokens.sql().substring(start(0), end(size - 1));
    }

    /** A name as SQLite resolves it: quotes removed, doubled quotes undone, ASCII letters lower-cased. */
    String name(int i) {
        return Ascii.toLowerCase(unquoted(i));
    }

    /** A name as written, without its quotes: doubled quotes undone, case kept. */
    String unquoted(int i) {
        String text = text(i);
        TokenType type = type(i);
        if (type != TokenType.QUOTED_ID && type != TokenType.STRING) {
            return text;
        }
        String inner = text.substring(1, text.length() - 1);
        char quote = text.charAt(0);
        return quote == '[' ? inner : inner.replace(quote + "" + quote, String.valueOf(quote));
    }

    /**
     * Whether token {@code i} is an identifier, bare or quoted (not a string), naming {@code lowerCase}, which holds
     * no quote character. Allocation-free: it runs on every token of every statement.
     */
    boolean isIdentifier(int i, String lowerCase) {
        TokenType type = type(i);
        if (type != TokenType.WORD && type != TokenType.QUOTED_ID) {
            return false;
        }
        int quotes = type == TokenType.QUOTED_ID ? 1 : 0;
        int from = start(i) + quotes;
        if (end(i) - quotes - from != lowerCase.length()) {
            return false;
        }
        String sql = tokens.sql();
        for (int k = 0; k < lowerCase.length(); k++) {
            if (Ascii.toLower(sql.charAt(from + k)) != lowerCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A bare word, quoted identifier or string: what SQLite's grammar accepts as a name ({@code nm}). */
    boolean isName(int i) {
        TokenType type = type(i);
        if (type == TokenType.WORD) {
            Keyword keyword = keyword(i);
            return keyword == null || keyword.canNameFunction();
        }
        return type == TokenType.QUOTED_ID || type == TokenType.STRING;
    }

    /** The index of the {@code )} closing the {@code (} at {@code open}, or -1 when it is never closed. */
    int closing(int open) {
        if (closings == null) {
            closings = matchParentheses();
        }
        return inside(open) ? closings[open] : -1;
    }

    /** One pass for all pairs: looking each one up separately would be quadratic on deeply nested input. */
    private int[] matchParentheses() {
        int[] match = new int[size];
        Arrays.fill(match, -1);
        int[] open = new int[16];
        int depth = 0;
        for (int i = 0; i < size; i++) {
            TokenType type = type(i);
            if (type == TokenType.LPAREN) {
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = i;
            } else if (type == TokenType.RPAREN && depth > 0) {
                match[open[--depth]] = i;
            }
        }
        return match;
    }

    private boolean inside(int i) {
        return i >= 0 && i < size;
    }
}
