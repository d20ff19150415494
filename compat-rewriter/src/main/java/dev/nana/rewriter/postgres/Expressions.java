package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/** Where expressions end, read from tokens the way SQLite's grammar groups them. */
final class Expressions {
    private Expressions() {
    }

    /** A range of tokens, both ends included. */
    record Range(int first, int last) {
        boolean isEmpty() {
            return last < first;
        }
    }

    /**
     * The arguments of the call whose {@code (} is at {@code open}: split at its top-level commas; empty for
     * {@code f()}; null when the parenthesis is never closed.
     */
    static List<Range> arguments(StatementTokens s, int open) {
        int close = s.closing(open);
        if (close < 0) {
            return null;
        }
        List<Range> arguments = new ArrayList<>();
        if (close == open + 1) {
            return arguments;
        }
        int from = open + 1;
        for (int i = from; i < close; i = skip(s, i)) {
            if (s.is(i, TokenType.COMMA)) {
                arguments.add(new Range(from, i - 1));
                from = i + 1;
            }
        }
        arguments.add(new Range(from, close - 1));
        return arguments;
    }

    /**
     * The first token from {@code from} on, outside parentheses and CASE ... END, that is a comma, a {@code )}
     * closing an enclosing parenthesis, a {@code ;}, or one of {@code stops}; {@code s.size()} when none is.
     */
    static int clauseEnd(StatementTokens s, int from, Keyword... stops) {
        for (int i = from; i < s.size(); i = skip(s, i)) {
            TokenType type = s.type(i);
            if (type == TokenType.COMMA || type == TokenType.RPAREN || type == TokenType.SEMI
                    || isOneOf(s.keyword(i), stops)) {
                return i;
            }
        }
        return s.size();
    }

    /**
     * The first token after the operand starting at {@code from}, as SQLite reads an operand of {@code =}, IS, IN
     * and LIKE: everything that binds tighter than those ({@code < > <= >=}, arithmetic, {@code ||}, bit operators,
     * COLLATE, calls, parentheses, CASE ... END, CAST and unary operators).
     */
    static int operandEnd(StatementTokens s, int from) {
        boolean expectOperand = true;
        int i = from;
        while (i < s.size()) {
            TokenType type = s.type(i);
            Keyword keyword = s.keyword(i);
            if (type == TokenType.LPAREN || keyword == Keyword.CASE) {
                i = skip(s, i);
                expectOperand = false;
            } else if (keyword == Keyword.CAST || keyword == Keyword.EXISTS) {
                i++;
            } else if (keyword == Keyword.COLLATE) {
                i += 2;
            } else if (type == TokenType.DOT) {
                i++;
                expectOperand = true;
            } else if (type == TokenType.OPERATOR && !s.isOperator(i, "!=") && !s.isOperator(i, "<>")) {
                i++;
                expectOperand = true;
            } else if (expectOperand && isOperand(s, i)) {
                i++;
                expectOperand = false;
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * The first token after the right operand of {@code *}, {@code /} or {@code %} starting at {@code from}: what binds
     * tighter than those in SQLite ({@code ||} and its operands, {@link #concatenandEnd}). {@code from} when there is
     * none.
     */
    static int factorEnd(StatementTokens s, int from) {
        int i = from;
        while (true) {
            int end = concatenandEnd(s, i);
            if (end == i) {
                return from;
            }
            if (!s.isOperator(end, "||")) {
                return end;
            }
            i = end + 1;
        }
    }

    /**
     * The first token after an operand of {@code ||} starting at {@code from}: unary operators, COLLATE, {@code ->} and
     * {@code ->>} (which bind as tightly as {@code ||} in SQLite) around atoms (literals, names, calls with FILTER and
     * OVER, parentheses, CASE ... END, CAST). {@code from} when there is none.
     */
    static int concatenandEnd(StatementTokens s, int from) {
        int i = from;
        while (true) {
            while (s.isOperator(i, "-") || s.isOperator(i, "+") || s.isOperator(i, "~")) {
                i++;
            }
            int atomEnd = atomEnd(s, i);
            if (atomEnd == i) {
                return from;
            }
            i = atomEnd;
            while (s.is(i, Keyword.COLLATE)) {
                i += 2;
            }
            if (!s.isOperator(i, "->") && !s.isOperator(i, "->>")) {
                return i;
            }
            i++;
        }
    }

    private static int atomEnd(StatementTokens s, int i) {
        if (s.is(i, TokenType.LPAREN) || s.is(i, Keyword.CASE)) {
            return skip(s, i);
        }
        if (s.is(i, Keyword.CAST) || s.is(i, Keyword.EXISTS)) {
            return s.is(i + 1, TokenType.LPAREN) ? skip(s, i + 1) : i;
        }
        if (s.is(i, TokenType.STRING) || s.is(i, TokenType.NUMBER) || s.is(i, TokenType.BLOB)
                || s.is(i, TokenType.VARIABLE)) {
            return i + 1;
        }
        if (!isOperand(s, i)) {
            return i;
        }
        i++;
        while (s.is(i, TokenType.DOT) && (s.is(i + 1, TokenType.WORD) || s.is(i + 1, TokenType.QUOTED_ID))) {
            i += 2;
        }
        if (s.is(i, TokenType.LPAREN)) {
            i = skip(s, i);
            if (s.is(i, Keyword.FILTER) && s.is(i + 1, TokenType.LPAREN)) {
                i = skip(s, i + 1);
            }
            if (s.is(i, Keyword.OVER)) {
                i = s.is(i + 1, TokenType.LPAREN) ? skip(s, i + 1) : i + 2;
            }
        }
        return i;
    }

    /** A literal, name, parameter, NULL or CURRENT_x, or a keyword SQLite reads as a name there. */
    private static boolean isOperand(StatementTokens s, int i) {
        TokenType type = s.type(i);
        Keyword keyword = s.keyword(i);
        if (type == TokenType.WORD) {
            return keyword == null || keyword.canNameFunction() || keyword == Keyword.NULL;
        }
        return type == TokenType.QUOTED_ID || type == TokenType.STRING || type == TokenType.NUMBER
                || type == TokenType.BLOB || type == TokenType.VARIABLE;
    }

    /**
     * Where the alias of the select item {@code first..last} starts ({@code AS x}, or a bare name right after an
     * operand: {@code a b}, {@code f(x) n}); {@code last + 1} when it has none.
     */
    static int aliasStart(StatementTokens s, int first, int last) {
        if (last - 1 > first && s.is(last - 1, Keyword.AS) && (isName(s, last)
                || (s.keyword(last) != null && s.keyword(last).canNameFunction()))) {
            return last - 1;
        }
        return last > first && isName(s, last) && endsOperand(s, last - 1) ? last : last + 1;
    }

    /** A bare word that is no keyword, a quoted identifier or a string (after AS, most keywords are names too). */
    private static boolean isName(StatementTokens s, int i) {
        return (s.is(i, TokenType.WORD) && s.keyword(i) == null) || s.is(i, TokenType.QUOTED_ID)
                || s.is(i, TokenType.STRING);
    }

    /** The last token of an operand, so that a name right after it is an alias ({@code a b}, {@code f(x) n}). */
    static boolean endsOperand(StatementTokens s, int i) {
        TokenType type = s.type(i);
        Keyword keyword = s.keyword(i);
        if (type == TokenType.WORD) {
            return keyword == null || keyword == Keyword.NULL || keyword == Keyword.END
                    || keyword == Keyword.CURRENT_DATE || keyword == Keyword.CURRENT_TIME
                    || keyword == Keyword.CURRENT_TIMESTAMP;
        }
        return type == TokenType.RPAREN || type == TokenType.QUOTED_ID || type == TokenType.STRING
                || type == TokenType.NUMBER || type == TokenType.BLOB || type == TokenType.VARIABLE;
    }

    /** The index after the token at {@code i}, or after its parenthesis or CASE ... END when it opens one. */
    static int skip(StatementTokens s, int i) {
        if (s.is(i, TokenType.LPAREN)) {
            int close = s.closing(i);
            return close < 0 ? s.size() : close + 1;
        }
        if (s.is(i, Keyword.CASE)) {
            for (int j = i + 1; j < s.size(); j = skip(s, j)) {
                if (s.is(j, Keyword.END)) {
                    return j + 1;
                }
            }
            return s.size();
        }
        return i + 1;
    }

    private static boolean isOneOf(Keyword keyword, Keyword... keywords) {
        if (keyword == null) {
            return false;
        }
        for (Keyword k : keywords) {
            if (k == keyword) {
                return true;
            }
        }
        return false;
    }
}
