package dev.nana.cli;

import java.util.Locale;

/**
  * Decides whether typed SQL is ready to run: it ends with {@code ;} outside strings, quoted identifiers and
  * comments. Like SQLite's own {@code sqlite3_complete}, the semicolons inside a {@code CREATE TRIGGER ... BEGIN
  * ... END;} body do not end the statement. Input without any statement (blank lines, comments, lone semicolons) is
  * complete and blank: there is nothing to wait for and nothing to run.
  */
final class StatementCompleteness {

    private enum State { EMPTY, START, NORMAL, CREATE, TRIGGER, SEMI, END }

    private enum Token { SEMI, SPACE, OTHER, CREATE, TEMP, TRIGGER, END }

    private StatementCompleteness() {}

    /** True if {@code sql} leaves nothing open: it is blank or ends with a statement-ending semicolon. */
    static boolean isComplete(CharSequence sql) {
        State state = finalState(sql);
        return state == State.START || state == State.EMPTY;
    }

    /** True if {@code sql} holds nothing but whitespace, comments and semicolons. */
    static boolean isBlank(CharSequence sql) {
        return finalState(sql) == State.EMPTY;
    }

    private static State finalState(CharSequence input) {
        String sql = input.toString();
        State state = State.EMPTY;
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            Token token;
            if (c == ';') {
                token = Token.SEMI;
                i++;
            } else if (Character.isWhitespace(c)) {
                token = Token.SPACE;
                i++;
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                token = Token.SPACE;
                int newline = sql.indexOf('\n', i + 2);
                i = newline < 0 ? length : newline + 1;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                token = Token.SPACE;
                i = indexAfter(sql, "*/", i + 2);
                if (i < 0) {
                    return State.NORMAL;
                }
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                token = Token.OTHER;
                // A doubled quote ('it''s') simply closes and reopens the literal, so no escape handling is needed.
                i = indexAfter(sql, c == '[' ? "]" : String.valueOf(c), i + 1);
                if (i < 0) {
                    return State.NORMAL;
                }
            } else if (isWordChar(c)) {
                int start = i;
                while (i < length && isWordChar(sql.charAt(i))) {
                    i++;
                }
                token = keyword(sql.substring(start, i));
            } else {
                token = Token.OTHER;
                i++;
            }
            state = next(state, token);
        }
        return state;
    }

    /** Index just past the first {@code end} at or after {@code from}, or -1 if it never comes. */
    private static int indexAfter(String sql, String end, int from) {
        int found = sql.indexOf(end, from);
        return found < 0 ? -1 : found + end.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
    }

    private static Token keyword(String word) {
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "CREATE" -> Token.CREATE;
            case "TEMP", "TEMPORARY" -> Token.TEMP;
            case "TRIGGER" -> Token.TRIGGER;
            case "END" -> Token.END;
            default -> Token.OTHER;
        };
    }

    private static State next(State state, Token token) {
        if (token == Token.SPACE) {
            return state;
        }
        return switch (state) {
            case EMPTY, START -> token == Token.SEMI ? state : token == Token.CREATE ? State.CREATE : State.NORMAL;
            case NORMAL -> token == Token.SEMI ? State.START : State.NORMAL;
            case CREATE -> token == Token.SEMI ? State.START
                    : token == Token.TEMP ? State.CREATE
                    : token == Token.TRIGGER ? State.TRIGGER
                    : State.NORMAL;
            // Inside a trigger body only "; END ;" finishes the statement.
            case TRIGGER -> token == Token.SEMI ? State.SEMI : State.TRIGGER;
            case SEMI -> token == Token.SEMI ? State.SEMI : token == Token.END ? State.END : State.TRIGGER;
            case END -> token == Token.SEMI ? State.START : State.TRIGGER;
        };
    }
}
