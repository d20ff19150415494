package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Token boundaries as SQLite 3.54's tokenizer draws them. Where SQLite's answer is not obvious, the comment says what
 * sqlite-jdbc 3.54.1.0 answered when preparing the same text.
 */
class LexerTest {

    static Stream<Arguments> tokenizations() {
        return Stream.of(
                tokens("plain select", "SELECT a, 1 FROM t", "WORD:SELECT WORD:a COMMA:, NUMBER:1 WORD:FROM WORD:t"),
                tokens("string with doubled quote", "'it''s;'", "STRING:'it''s;'"),
                tokens("double-quoted identifier with doubled quote", "\"a\"\"b\"", "QUOTED_ID:\"a\"\"b\""),
                tokens("backticked identifier with doubled backtick", "`a``b`", "QUOTED_ID:`a``b`"),
                tokens("bracketed identifier has no escape", "[a]]", "QUOTED_ID:[a] ILLEGAL:]"),
                tokens("blob literal", "x'0aFF' X''", "BLOB:x'0aFF' BLOB:X''"),
                // "unrecognized token: "x'0g'""
                tokens("malformed blob runs to its quote", "x'0g' 1", "ILLEGAL:x'0g' NUMBER:1"),
                tokens("odd blob is malformed", "x'abc'", "ILLEGAL:x'abc'"),
                tokens("x without quote is a word", "xy x", "WORD:xy WORD:x"),
                tokens("line comment ends at newline", "a -- b ' c\nd", "WORD:a WORD:d"),
                tokens("block comment", "a /* b ' */ c", "WORD:a WORD:c"),
                tokens("block comment open at the end", "a /* b ' c", "WORD:a"),
                // "near "*": syntax error": a lone "/*" at the very end is not a comment
                tokens("slash star at the very end", "a /*", "WORD:a OPERATOR:/ OPERATOR:*"),
                tokens("comment star is not reused", "a /*/ b */ c", "WORD:a WORD:c"),
                tokens("numbers", "1 1.5 .5 1. 1e5 1E-5 0x1F 1_000",
                        "NUMBER:1 NUMBER:1.5 NUMBER:.5 NUMBER:1. NUMBER:1e5 NUMBER:1E-5 NUMBER:0x1F NUMBER:1_000"),
                // "unrecognized token: "1abc"", "0x1g", "1e"
                tokens("identifier chars glued to a number", "1abc 0x1g 1e", "ILLEGAL:1abc ILLEGAL:0x1g ILLEGAL:1e"),
                tokens("parameters", "? ?12 :a @b $c #d :a$b",
                        "VARIABLE:? VARIABLE:?12 VARIABLE::a VARIABLE:@b VARIABLE:$c VARIABLE:#d VARIABLE::a$b"),
                tokens("Tcl parameter suffixes", "$a::b(c) @x(y) $e::", "VARIABLE:$a::b(c) VARIABLE:@x(y) VARIABLE:$e::"),
                // "unrecognized token: "$a(x"": no space inside the parentheses
                tokens("Tcl suffix with a space", "$a(x y)", "ILLEGAL:$a(x WORD:y RPAREN:)"),
                // "unrecognized token: "@""
                tokens("parameter prefix without a name", "@ :", "ILLEGAL:@ ILLEGAL::"),
                tokens("question mark then word", "?a", "VARIABLE:? WORD:a"),
                tokens("operators", "a<=b<>c||d->e->>f==g!=h", "WORD:a OPERATOR:<= WORD:b OPERATOR:<> WORD:c OPERATOR:|| "
                        + "WORD:d OPERATOR:-> WORD:e OPERATOR:->> WORD:f EQ:== WORD:g OPERATOR:!= WORD:h"),
                tokens("illegal characters", "a ! \\ ^ {", "WORD:a ILLEGAL:! ILLEGAL:\\ ILLEGAL:^ ILLEGAL:{"),
                tokens("dollar continues an identifier", "a$b", "WORD:a$b"),
                tokens("whitespace is ASCII only", "a\t\n\f\r b", "WORD:a WORD:b"),
                // "select 1 \v+ 1" prepares, "select 1\v+ 1" is "unrecognized token"
                tokens("vertical tab continues a space run", "a \u000Bb", "WORD:a WORD:b"),
                tokens("vertical tab cannot start one", "a\u000Bb", "WORD:a ILLEGAL:\u000B WORD:b"),
                tokens("no-break space is an identifier char", "select\u00A0load_extension", "WORD:select\u00A0load_extension"),
                tokens("ideographic space is an identifier char", "a\u3000b", "WORD:a\u3000b"),
                // "select zzz \ufeff('x')" fails with "no such function: zzz"
                tokens("byte-order mark starting a token is a space", "a \uFEFF(", "WORD:a LPAREN:("),
                // "select zzz\ufeff('x')" fails with "no such function: zzz\ufeff"
                tokens("byte-order mark inside a word is part of it", "a\uFEFF(", "WORD:a\uFEFF LPAREN:("),
                tokens("look-alike letters are identifier chars", "lоad_extension", "WORD:lоad_extension"),
                tokens("surrogate pair is an identifier char", "a\uD83D\uDE00b", "WORD:a\uD83D\uDE00b"),
                // UTF-8 encoding turns it into '?': "select \ud800zzz(1)" is "near "(": syntax error"
                tokens("unpaired surrogate reaches SQLite as a question mark", "a \uD800b", "WORD:a VARIABLE:\uD800 WORD:b"),
                tokens("NUL ends the input", "a\0b", "WORD:a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokenizations")
    void tokenizesLikeSqlite(String sql, String expected) {
        assertEquals(expected, describe(Lexer.lex(sql)));
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                problem("unterminated string", "SELECT 'abc", "unterminated string literal at offset 7"),
                problem("unterminated double-quoted identifier", "SELECT \"abc", "unterminated quoted identifier at offset 7"),
                problem("unterminated backticked identifier", "SELECT `abc", "unterminated quoted identifier at offset 7"),
                problem("unterminated bracketed identifier", "SELECT [abc", "unterminated quoted identifier at offset 7"),
                problem("unterminated blob", "SELECT x'ab", "unterminated blob literal at offset 7"),
                problem("string cut by NUL", "SELECT 'a\0'", "unterminated string literal at offset 7"),
                problem("NUL", "SELECT 1\0", "NUL character at offset 8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reportsWhatSqliteCannotRead(String sql, String expected) {
        assertEquals(expected, Lexer.lex(sql).problems().get(0).message());
    }

    @Test
    void unterminatedStringSwallowsTheRest() {
        assertEquals("WORD:SELECT ILLEGAL:'a; SELECT load_extension(1)",
                describe(Lexer.lex("SELECT 'a; SELECT load_extension(1)")));
    }

    @Test
    void keywordsMatchAsciiCaseInsensitivelyOnly() {
        Tokens tokens = Lexer.lex("select SeLeCt ſelect");
        assertEquals(Keyword.SELECT, tokens.keyword(0));
        assertEquals(Keyword.SELECT, tokens.keyword(1));
        assertEquals(null, tokens.keyword(2), "U+017F (long s) upper-cases to S in Java, not in SQLite");
    }

    @Test
    void everyKeywordIsFound() {
        for (Keyword keyword : Keyword.values()) {
            String spelled = keyword.name().toLowerCase(java.util.Locale.ROOT);
            assertEquals(keyword, Lexer.lex(spelled).keyword(0), spelled);
        }
    }

    private static Arguments tokens(String name, String sql, String expected) {
        return Arguments.of(Named.of(name, sql), expected);
    }

    private static Arguments problem(String name, String sql, String expected) {
        return Arguments.of(Named.of(name, sql), expected);
    }

    static String describe(Tokens tokens) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            parts.add(tokens.type(i) + ":" + tokens.sql().substring(tokens.start(i), tokens.end(i)));
        }
        return String.join(" ", parts);
    }
}
