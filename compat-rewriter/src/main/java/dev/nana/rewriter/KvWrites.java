package dev.nana.rewriter;

import static dev.nana.rewriter.TokenType.COMMA;
import static dev.nana.rewriter.TokenType.EQ;
import static dev.nana.rewriter.TokenType.LPAREN;
import static dev.nana.rewriter.TokenType.SEMI;
import static dev.nana.rewriter.TokenType.VARIABLE;

import java.util.BitSet;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds every expression that a write assigns to the value column of a key-value namespace, to be wrapped in
 * {@code nana_json(...)}: the value of each {@code VALUES} row of {@code INSERT [OR x] | REPLACE INTO kv.ns [AS a]
 * [(columns)]} (no column list meaning {@code (key, value)}), and {@code value = expr} in {@code UPDATE [OR x] kv.ns
 * SET} and in an upsert's {@code DO UPDATE SET}. What it cannot wrap it refuses: rows from SELECT (or a compound of
 * VALUES), DEFAULT VALUES, the row-value form {@code SET (a, b) = (...)}. SQL that is malformed otherwise is left for
 * SQLite to report.
 */
final class KvWrites {
    private final Span s;
    /** The tokens that start a {@code kv.namespace} reference. */
    private final BitSet references;
    private final BitSet opens = new BitSet();
    private final BitSet closes = new BitSet();
    private final SortedSet<Integer> valueParameters = new TreeSet<>();
    /** {@link Parameters#numbers}, computed when a parameter is first wrapped. */
    private int[] parameterNumbers;

    KvWrites(Span s, BitSet references) {
        this.s = s;
        this.references = references;
    }

    /** Whether {@code nana_json(} goes before token {@code i}. */
    boolean opensAt(int i) {
        return opens.get(i);
    }

    /** Whether {@code )} goes after token {@code i}. */
    boolean closesAt(int i) {
        return closes.get(i);
    }

    /** The SQLite numbers of the parameters that are a whole wrapped value. */
    SortedSet<Integer> valueParameters() {
        return valueParameters;
    }

    /**
     * Checks the write that runs: the statement at {@code head}, or for CREATE TRIGGER each statement of its body.
     *
     * @return why it may not run, or null
     */
    Rejection check(StatementKind kind, int head) {
        if (kind != StatementKind.CREATE) {
            return write(StatementKinds.mainStatement(s, head));
        }
        for (int i = head; i < s.size(); i++) {
            if (s.is(i, Keyword.BEGIN) || s.is(i, SEMI)) {
                Rejection refusal = write(StatementKinds.mainStatement(s, i + 1));
                if (refusal != null) {
                    return refusal;
                }
            }
        }
        return null;
    }

    /**
     * The reference a statement writes to: {@code INSERT [OR x] INTO}, {@code REPLACE INTO}, {@code UPDATE [OR x]},
     * {@code DELETE FROM} followed by one; else -1.
     */
    int target(int i) {
        Keyword keyword = s.keyword(i);
        if (keyword == null) {
            return -1;
        }
        int target = switch (keyword) {
            case INSERT -> s.is(skipOr(i + 1), Keyword.INTO) ? skipOr(i + 1) + 1 : -1;
            case REPLACE -> s.is(i + 1, Keyword.INTO) ? i + 2 : -1;
            case UPDATE -> skipOr(i + 1);
            case DELETE -> s.is(i + 1, Keyword.FROM) ? i + 2 : -1;
            default -> -1;
        };
        return target >= 0 && references.get(target) ? target : -1;
    }

    private int skipOr(int i) {
        return s.is(i, Keyword.OR) ? i + 2 : i;
    }

    private Rejection write(int i) {
        int target = target(i);
        if (target < 0) {
            return null;
        }
        return switch (s.keyword(i)) {
            case INSERT, REPLACE -> insert(target);
            case UPDATE -> update(target);
            default -> null;
        };
    }

    private Rejection insert(int target) {
        int i = target + 3;
        if (s.is(i, Keyword.AS)) {
            i += 2;
        }
        BitSet valueColumns = new BitSet();
        if (s.is(i, LPAREN)) {
            int close = s.closing(i);
            for (int column = 0, name = i + 1; name < close; column++, name += 2) {
                valueColumns.set(column, isValueColumn(name));
            }
            i = close < 0 ? s.size() : close + 1;
        } else {
            valueColumns.set(1);
        }
        String into = " into " + KvTables.reference(s, target) + " is refused: ";
        if (s.is(i, Keyword.DEFAULT)) {
            return Rejection.kvMisuse("INSERT ... DEFAULT VALUES" + into + "a key-value row needs a key and a JSON"
                    + " value; use VALUES (key, value)");
        }
        int end = s.is(i, Keyword.VALUES) ? rows(i, valueColumns) : i;
        if (!(end >= s.size() || s.is(end, SEMI) || s.is(end, Keyword.ON) || s.is(end, Keyword.RETURNING))) {
            return Rejection.kvMisuse("INSERT ... SELECT" + into + "rows of a key-value namespace come from VALUES"
                    + " (...), so that each value is checked as JSON");
        }
        for (; end < s.size() && !s.is(end, SEMI) && !s.is(end, Keyword.RETURNING); end = next(end)) {
            if (s.is(end, Keyword.DO) && s.is(end + 1, Keyword.UPDATE) && s.is(end + 2, Keyword.SET)) {
                Rejection refusal = set(end + 3, target);
                if (refusal != null) {
                    return refusal;
                }
            }
        }
        return null;
    }

    /**
     * Wraps the value of each row of {@code VALUES (...), (...)}; returns the token after the last row, or the end of
     * the statement when a row is not closed (SQLite reports that).
     */
    private int rows(int values, BitSet valueColumns) {
        int end = values;
        do {
            int open = end + 1;
            int close = s.closing(open);
            if (close < 0) {
                return s.is(open, LPAREN) ? s.size() : open;
            }
            int first = open + 1;
            for (int column = 0; first < close; column++) {
                int last = elementEnd(first, close);
                if (valueColumns.get(column)) {
                    wrap(first, last - 1);
                }
                first = last + 1;
            }
            end = close + 1;
        } while (s.is(end, COMMA));
        return end;
    }

    /** The comma ending the row element at {@code i}, or the row's closing parenthesis. */
    private int elementEnd(int i, int close) {
        while (i < close && !s.is(i, COMMA)) {
            i = next(i);
        }
        return i;
    }

    private Rejection update(int target) {
        int i = target + 3;
        while (i < s.size() && !s.is(i, Keyword.SET)) {
            i = next(i);
        }
        return set(i + 1, target);
    }

    /** {@code name = expr, ...} from token {@code i}: wraps each expression assigned to the value column. */
    private Rejection set(int i, int target) {
        while (i < s.size()) {
            if (s.is(i, LPAREN)) {
                return Rejection.kvMisuse("SET (...) = ... on " + KvTables.reference(s, target) + " is refused: assign"
                        + " the value alone with SET value = ..., so that it is checked as JSON");
            }
            if (!s.is(i + 1, EQ)) {
                return null;
            }
            int end = expressionEnd(i + 2);
            if (isValueColumn(i)) {
                wrap(i + 2, end - 1);
            }
            if (!s.is(end, COMMA)) {
                return null;
            }
            i = end + 1;
        }
        return null;
    }

    /** Where an assigned expression ends: at a comma, a semicolon or the clause after the SET list. */
    private int expressionEnd(int i) {
        while (i < s.size() && !s.is(i, COMMA) && !s.is(i, SEMI) && !endsSetList(i)) {
            i = next(i);
        }
        return i;
    }

    private boolean endsSetList(int i) {
        Keyword keyword = s.keyword(i);
        if (keyword == null) {
            return false;
        }
        return switch (keyword) {
            case WHERE, RETURNING, ON, ORDER, LIMIT -> true;
            case FROM -> !s.is(i - 1, Keyword.DISTINCT); // a IS [NOT] DISTINCT FROM b
            default -> false;
        };
    }

    private boolean isValueColumn(int i) {
        return s.isName(i) && s.name(i).equals("value");
    }

    private void wrap(int first, int last) {
        if (last < first) {
            return;
        }
        opens.set(first);
        closes.set(last);
        if (first == last && s.is(first, VARIABLE)) {
            if (parameterNumbers == null) {
                parameterNumbers = Parameters.numbers(s);
            }
            if (parameterNumbers[first] > 0) {
                valueParameters.add(parameterNumbers[first]);
            }
        }
    }

    /** The token after the one at {@code i}, past the whole parenthesis when it opens one. */
    private int next(int i) {
        int close = s.closing(i);
        return close >= 0 ? close + 1 : i + 1;
    }
}
