package dev.nana.rewriter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script where SQLite ends statements: at {@code ;} outside strings, comments and identifiers, except inside
 * a {@code CREATE [TEMP] TRIGGER} body, which only ends at a {@code ;} after {@code END} after a {@code ;}. This is the
 * state machine of sqlite3_complete (complete.c), run on exact tokens. Empty statements are dropped.
 */
final class StatementSplitter {
    private enum State { START, NORMAL, EXPLAIN, CREATE, TRIGGER, TRIGGER_SEMI, TRIGGER_END }

    private StatementSplitter() {
    }

    static List<Span> split(Tokens tokens) {
        List<Span> statements = new ArrayList<>(1);
        State state = State.START;
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            state = next(state, tokens, i);
            if (state == State.START) {
                if (i > from) {
                    statements.add(new Span(tokens, from, i));
                }
                from = i + 1;
            }
        }
        if (tokens.size() > from) {
            statements.add(new Span(tokens, from, tokens.size()));
        }
        return statements;
    }

    private static State next(State state, Tokens tokens, int i) {
        boolean semicolon = tokens.type(i) == TokenType.SEMI;
        Keyword keyword = tokens.keyword(i);
        return switch (state) {
            case START -> semicolon ? State.START
                    : keyword == Keyword.EXPLAIN ? State.EXPLAIN
                    : keyword == Keyword.CREATE ? State.CREATE : State.NORMAL;
            case NORMAL -> semicolon ? State.START : State.NORMAL;
            case EXPLAIN -> semicolon ? State.START
                    : keyword == Keyword.CREATE ? State.CREATE
                    : isSplitKeyword(keyword) ? State.NORMAL : State.EXPLAIN;
            case CREATE -> semicolon ? State.START
                    : keyword == Keyword.TEMP || keyword == Keyword.TEMPORARY ? State.CREATE
                    : keyword == Keyword.TRIGGER ? State.TRIGGER : State.NORMAL;
            case TRIGGER -> semicolon ? State.TRIGGER_SEMI : State.TRIGGER;
            case TRIGGER_SEMI -> semicolon ? State.TRIGGER_SEMI
                    : keyword == Keyword.END ? State.TRIGGER_END : State.TRIGGER;
            case TRIGGER_END -> semicolon ? State.START : State.TRIGGER;
        };
    }

    /** The words sqlite3_complete tells apart; in the EXPLAIN state any other token keeps the state. */
    private static boolean isSplitKeyword(Keyword keyword) {
        return keyword == Keyword.EXPLAIN || keyword == Keyword.TEMP || keyword == Keyword.TEMPORARY
                || keyword == Keyword.TRIGGER || keyword == Keyword.END;
    }
}
