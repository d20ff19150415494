package dev.nana.rewriter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tokens of one SQL string in parallel arrays: a lexer run allocates a few arrays, not an object per token. */
final class Tokens {
    private final String sql;
    private final List<Problem> problems = new ArrayList<>(1);
    private TokenType[] types;
    private int[] starts;
    private int[] ends;
    private Keyword[] keywords;
    private int size;

    Tokens(String sql) {
        this.sql = sql;
        int capacity = Math.min(16 + sql.length() / 4, 1024);
        types = new TokenType[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        keywords = new Keyword[capacity];
    }

    void add(TokenType type, int start, int end, Keyword keyword) {
        if (size == types.length) {
            int capacity = size * 2;
            types = Arrays.copyOf(types, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            keywords = Arrays.copyOf(keywords, capacity);
        }
        types[size] = type;
        starts[size] = start;
        ends[size] = end;
        keywords[size] = keyword;
        size++;
    }

    void problem(int offset, String what) {
        problems.add(new Problem(offset, what + " at offset " + offset));
    }

    String sql() {
        return sql;
    }

    int size() {
        return size;
    }

    TokenType type(int i) {
        return types[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    Keyword keyword(int i) {
        return keywords[i];
    }

    /** Input SQLite cannot read (unterminated literal, NUL), in offset order. */
    List<Problem> problems() {
        return problems;
    }

    /** @param message what went wrong and where, without the {@code nana: } prefix */
    record Problem(int offset, String message) {
    }
}
