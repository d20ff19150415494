package dev.nana.rewriter;

import static dev.nana.rewriter.TokenType.COMMA;
import static dev.nana.rewriter.TokenType.DOT;
import static dev.nana.rewriter.TokenType.EQ;
import static dev.nana.rewriter.TokenType.ILLEGAL;
import static dev.nana.rewriter.TokenType.LPAREN;
import static dev.nana.rewriter.TokenType.NUMBER;
import static dev.nana.rewriter.TokenType.OPERATOR;
import static dev.nana.rewriter.TokenType.QUOTED_ID;
import static dev.nana.rewriter.TokenType.RPAREN;
import static dev.nana.rewriter.TokenType.SEMI;
import static dev.nana.rewriter.TokenType.STRING;
import static dev.nana.rewriter.TokenType.VARIABLE;
import static dev.nana.rewriter.TokenType.WORD;

/**
 * A port of SQLite's tokenizer (sqlite3GetToken in tokenize.c) over the text as sqlite-jdbc hands it to SQLite:
 * {@code String.getBytes(UTF_8)}, which turns an unpaired surrogate into {@code ?}, and SQLite stops at the first NUL.
 * Every char >= 0x80 is an identifier char (a byte-order mark at the start of a token is a space); only ASCII
 * space, tab, newline, form feed and carriage return start whitespace. One pass, no per-char allocation.
 */
final class Lexer {
    private final String sql;
    /** SQLite reads up to the first NUL and ignores the rest. */
    private final int end;
    private final Tokens tokens;

    private Lexer(String sql) {
        this.sql = sql;
        int nul = sql.indexOf('\0');
        this.end = nul < 0 ? sql.length() : nul;
        this.tokens = new Tokens(sql);
    }

    static Tokens lex(String sql) {
        Lexer lexer = new Lexer(sql);
        for (int i = 0; i < lexer.end; ) {
            i = lexer.token(i);
        }
        if (lexer.end < sql.length()) {
            lexer.tokens.problem(lexer.end, "NUL character");
        }
        return lexer.tokens;
    }

    /** Reads the token starting at {@code i}; returns where the next one starts. */
    private int token(int i) {
        char c = at(i);
        switch (c) {
            case ' ', '\t', '\n', '\f', '\r':
                return skipSpaces(i + 1);
            case '\uFEFF':
                return i + 1;
            case '-':
                if (at(i + 1) == '-') {
                    int newline = sql.indexOf('\n', i + 2);
                    return newline < 0 || newline >= end ? end : newline;
                }
                return emit(OPERATOR, i, at(i + 1) != '>' ? i + 1 : at(i + 2) == '>' ? i + 3 : i + 2);
            case '/':
                return at(i + 1) == '*' && i + 2 < end ? blockCommentEnd(i) : emit(OPERATOR, i, i + 1);
            case '(':
                return emit(LPAREN, i, i + 1);
            case ')':
                return emit(RPAREN, i, i + 1);
            case ';':
                return emit(SEMI, i, i + 1);
            case ',':
                return emit(COMMA, i, i + 1);
            case '+', '*', '%', '&', '~':
                return emit(OPERATOR, i, i + 1);
            case '=':
                return emit(EQ, i, at(i + 1) == '=' ? i + 2 : i + 1);
            case '<':
                return emit(OPERATOR, i, at(i + 1) == '=' || at(i + 1) == '>' || at(i + 1) == '<' ? i + 2 : i + 1);
            case '>':
                return emit(OPERATOR, i, at(i + 1) == '=' || at(i + 1) == '>' ? i + 2 : i + 1);
            case '|':
                return emit(OPERATOR, i, at(i + 1) == '|' ? i + 2 : i + 1);
            case '!':
                return at(i + 1) == '=' ? emit(OPERATOR, i, i + 2) : emit(ILLEGAL, i, i + 1);
            case '\'', '"', '`':
                return quoted(i, c);
            case '[':
                return bracketed(i);
            case '.':
                return isDigit(at(i + 1)) ? number(i) : emit(DOT, i, i + 1);
            case '?':
                return emit(VARIABLE, i, skipDigits(i + 1));
            case '$', '@', '#', ':':
                return namedVariable(i);
            case 'x', 'X':
                return at(i + 1) == '\'' ? blob(i) : word(i);
            default:
                if (isDigit(c)) {
                    return number(i);
                }
                if (isIdentifierChar(c)) {
                    return word(i);
                }
                return emit(ILLEGAL, i, i + 1);
        }
    }

    private int emit(TokenType type, int start, int end) {
        tokens.add(type, start, end, null);
        return end;
    }

    /** The char SQLite sees at {@code i}; NUL past the end, {@code ?} for an unpaired surrogate. */
    private char at(int i) {
        if (i >= end) {
            return '\0';
        }
        char c = sql.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < sql.length() && Character.isLowSurrogate(sql.charAt(i + 1)) ? c : '?';
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(sql.charAt(i - 1)) ? c : '?';
        }
        return c;
    }

    /** Continues a run of spaces: here SQLite also accepts vertical tab (sqlite3Isspace). */
    private int skipSpaces(int i) {
        while (isSpace(at(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** A block comment may be left open at the end of the input; SQLite accepts that. */
    private int blockCommentEnd(int i) {
        int close = sql.indexOf("*/", i + 2);
        return close < 0 || close + 1 >= end ? end : close + 2;
    }

    /** {@code '...'} is a string; {@code "..."} and {@code `...`} are identifiers. A doubled delimiter escapes it. */
    private int quoted(int i, char delimiter) {
        int j = i + 1;
        while (true) {
            int close = sql.indexOf(delimiter, j);
            if (close < 0 || close >= end) {
                tokens.problem(i, delimiter == '\'' ? "unterminated string literal" : "unterminated quoted identifier");
                return emit(ILLEGAL, i, end);
            }
            if (at(close + 1) != delimiter) {
                return emit(delimiter == '\'' ? STRING : QUOTED_ID, i, close + 1);
            }
            j = close + 2;
        }
    }

    /** {@code [...]} has no escape: it ends at the first {@code ]}. */
    private int bracketed(int i) {
        int close = sql.indexOf(']', i + 1);
        if (close < 0 || close >= end) {
            tokens.problem(i, "unterminated quoted identifier");
            return emit(ILLEGAL, i, end);
        }
        return emit(QUOTED_ID, i, close + 1);
    }

    /** x'hex' with an even number of digits; anything else up to the next quote is one illegal token. */
    private int blob(int i) {
        int j = i + 2;
        while (isHexDigit(at(j))) {
            j++;
        }
        if (at(j) == '\'' && (j - i) % 2 == 0) {
            return emit(TokenType.BLOB, i, j + 1);
        }
        int close = sql.indexOf('\'', j);
        if (close < 0 || close >= end) {
            tokens.problem(i, "unterminated blob literal");
            return emit(ILLEGAL, i, end);
        }
        return emit(ILLEGAL, i, close + 1);
    }

    /** Digits with {@code _} separators, hex, fraction, exponent; identifier chars glued on make it illegal. */
    private int number(int i) {
        int j = i;
        if (at(j) == '0' && (at(j + 1) == 'x' || at(j + 1) == 'X') && isHexDigit(at(j + 2))) {
            j += 3;
            while (isHexDigit(at(j)) || at(j) == '_') {
                j++;
            }
        } else {
            j = skipDigitsAndSeparators(j);
            if (at(j) == '.') {
                j = skipDigitsAndSeparators(j + 1);
            }
            if ((at(j) == 'e' || at(j) == 'E')
                    && (isDigit(at(j + 1)) || ((at(j + 1) == '+' || at(j + 1) == '-') && isDigit(at(j + 2))))) {
                j = skipDigitsAndSeparators(j + 2);
            }
        }
        TokenType type = NUMBER;
        while (isIdentifierChar(at(j))) {
            type = ILLEGAL;
            j++;
        }
        return emit(type, i, j);
    }

    /**
     * {@code $name}, {@code @name}, {@code :name}, {@code #name}, with Tcl's {@code ::} and {@code (...)} suffixes;
     * without a name char it is illegal.
     */
    private int namedVariable(int i) {
        int j = i + 1;
        int nameChars = 0;
        TokenType type = VARIABLE;
        while (j < end) {
            char c = at(j);
            if (isIdentifierChar(c)) {
                nameChars++;
                j++;
            } else if (c == '(' && nameChars > 0) {
                j++;
                while (j < end && !isSpace(at(j)) && at(j) != ')') {
                    j++;
                }
                if (at(j) == ')') {
                    j++;
                } else {
                    type = ILLEGAL;
                }
                break;
            } else if (c == ':' && at(j + 1) == ':') {
                j += 2;
            } else {
                break;
            }
        }
        return emit(nameChars == 0 ? ILLEGAL : type, i, j);
    }

    private int word(int i) {
        int j = i + 1;
        while (isIdentifierChar(at(j))) {
            j++;
        }
        tokens.add(WORD, i, j, Keyword.lookup(sql, i, j));
        return j;
    }

    private int skipDigits(int i) {
        while (isDigit(at(i))) {
            i++;
        }
        return i;
    }

    private int skipDigitsAndSeparators(int i) {
        while (isDigit(at(i)) || at(i) == '_') {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** SQLite's IdChar: ASCII letters, digits, {@code _}, {@code $} and every byte >= 0x80. */
    private static boolean isIdentifierChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }
}
