package dev.nana.rewriter;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The lexer's view of one statement, as {@link Rule}s read it: tokens indexed from 0 (reads outside give null or
 * false), what kind of statement it is, and which keywords, token types and functions occur in it, so that a rule
 * can tell in constant time that it has nothing to do.
 */
public final class StatementTokens {
    private final Span span;
    private final StatementKind kind;
    private final StatementKind effectiveKind;
    private final List<String> functions;
    private final Set<Keyword> keywords = EnumSet.noneOf(Keyword.class);
    private final Set<TokenType> types = EnumSet.noneOf(TokenType.class);
    /** Built on first use. */
    private int[] parameterNumbers;

    StatementTokens(Span span, StatementKind kind, StatementKind effectiveKind, List<String> functions) {
        this.span = span;
        this.kind = kind;
        this.effectiveKind = effectiveKind;
        this.functions = functions;
        for (int i = 0; i < span.size(); i++) {
            types.add(span.type(i));
            if (span.keyword(i) != null) {
                keywords.add(span.keyword(i));
            }
        }
    }

    public StatementKind kind() {
        return kind;
    }

    /** For EXPLAIN, what it explains. */
    public StatementKind effectiveKind() {
        return effectiveKind;
    }

    public boolean has(Keyword keyword) {
        return keywords.contains(keyword);
    }

    /** Whether {@code test} holds for some token index: the cheap check of a rule that looks for one construct. */
    public boolean anyToken(IntPredicate test) {
        for (int i = 0; i < size(); i++) {
            if (test.test(i)) {
                return true;
            }
        }
        return false;
    }

    public boolean has(TokenType type) {
        return types.contains(type);
    }

    /** The functions the statement calls, lower-case (LIKE, GLOB, REGEXP and MATCH count as calls). */
    public List<String> functions() {
        return functions;
    }

    /** Whether the statement calls function {@code lowerCase} (any spelling SQLite resolves to it). */
    public boolean calls(String lowerCase) {
        return functions.contains(lowerCase);
    }

    public int size() {
        return span.size();
    }

    public TokenType type(int i) {
        return span.type(i);
    }

    public Keyword keyword(int i) {
        return span.keyword(i);
    }

    public boolean is(int i, Keyword keyword) {
        return span.is(i, keyword);
    }

    public boolean is(int i, TokenType type) {
        return span.is(i, type);
    }

    /** An operator token spelled exactly {@code text} ({@code <>}, {@code ->>}, {@code -}). */
    public boolean isOperator(int i, String text) {
        return span.is(i, TokenType.OPERATOR) && span.text(i).equals(text);
    }

    public String text(int i) {
        return span.text(i);
    }

    /** Tokens {@code first} to {@code last} as written, with what lies between them. */
    public String text(int first, int last) {
        return span.text(first, last);
    }

    /** A name or string as written without its quotes, doubled quotes undone. */
    public String unquoted(int i) {
        return span.unquoted(i);
    }

    /** An identifier, bare or quoted (not a string), naming {@code lowerCase} ASCII case-insensitively. */
    public boolean isIdentifier(int i, String lowerCase) {
        return span.isIdentifier(i, lowerCase);
    }

    /** The {@code )} closing the {@code (} at {@code open}, or -1. */
    public int closing(int open) {
        return span.closing(open);
    }

    /** Where the statement proper starts, past a leading {@code WITH} clause; -1 when that is malformed. */
    public int mainStatement() {
        return StatementKinds.mainStatement(span, 0);
    }

    /**
     * The application parameter that the parameter token {@code i} names, numbered as SQLite numbers them; 0 for
     * other tokens and for a number SQLite refuses ({@code ?0}, beyond its maximum).
     */
    public int parameterNumber(int i) {
        if (parameterNumbers == null) {
            parameterNumbers = Parameters.numbers(span);
        }
        return i >= 0 && i < parameterNumbers.length ? parameterNumbers[i] : 0;
    }

    /** For a PRAGMA, its name, whether it sets a value, and the value; else null. */
    public PragmaRules.Use pragma() {
        return kind == StatementKind.PRAGMA ? PragmaRules.analyze(span, mainStatement()) : null;
    }

    /** The statement as written. */
    public String sql() {
        return span.sql();
    }

    Span span() {
        return span;
    }
}
