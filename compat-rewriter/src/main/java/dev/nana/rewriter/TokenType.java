package dev.nana.rewriter;

/** The token classes of SQLite's tokenizer (tokenize.c) that the analysis tells apart. Spaces and comments are skipped. */
public enum TokenType {
    /** Bare identifier or keyword: {@code [A-Za-z_]} or any char >= 0x80, then those, digits and {@code $}. */
    WORD,
    /** {@code "..."}, {@code [...]} or {@code `...`}: always an identifier to the parser. */
    QUOTED_ID,
    /** {@code '...'}. */
    STRING,
    /** {@code x'..'}. */
    BLOB,
    NUMBER,
    /** A parameter: {@code ?}, {@code ?NNN}, {@code :name}, {@code @name}, {@code #name} or {@code $name}. */
    VARIABLE,
    LPAREN, RPAREN, COMMA, DOT, SEMI,
    /** {@code =} or {@code ==}. */
    EQ,
    /** Any other operator. */
    OPERATOR,
    /** Something SQLite answers with "unrecognized token" (or, when unterminated, something the lexer cannot read). */
    ILLEGAL
}
