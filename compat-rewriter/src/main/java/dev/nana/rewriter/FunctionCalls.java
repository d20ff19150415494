package dev.nana.rewriter;

import static dev.nana.rewriter.Keyword.ADD;
import static dev.nana.rewriter.Keyword.AS;
import static dev.nana.rewriter.Keyword.COLUMN;
import static dev.nana.rewriter.Keyword.FOREIGN;
import static dev.nana.rewriter.Keyword.GROUP;
import static dev.nana.rewriter.Keyword.INDEX;
import static dev.nana.rewriter.Keyword.MATERIALIZED;
import static dev.nana.rewriter.Keyword.NOT;
import static dev.nana.rewriter.Keyword.ON;
import static dev.nana.rewriter.Keyword.ORDER;
import static dev.nana.rewriter.Keyword.PARTITION;
import static dev.nana.rewriter.Keyword.PRIMARY;
import static dev.nana.rewriter.Keyword.UNIQUE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every function a statement calls: a name (bare, "quoted", [bracketed] or `backticked`) followed by
 * {@code (}, and the operators GLOB, LIKE, REGEXP and MATCH, which call glob(), like(), regexp() and match().
 *
 * <p>A name followed by {@code (} is a call unless SQLite's grammar makes it something else: a keyword that is syntax
 * there (IN, CAST, OVER after {@code )}...), a table or view with its column list (after INTO, TABLE, VIEW, EXISTS,
 * REFERENCES, CREATE INDEX ... ON), a CTE with its columns, a pragma, a virtual-table module, or a type name with
 * its size (after a column name or CAST's AS). SQLite never accepts a call right after an operand (a name, literal,
 * parameter or {@code )}), which is what makes {@code a VARCHAR(10)} a type. Anything else counts as a call, so
 * doubt costs at most a refusal in allow-list mode, never a missed forbidden call.
 */
final class FunctionCalls {
    private static final Set<Keyword> OPERATORS_CALLING_FUNCTIONS =
            EnumSet.of(Keyword.LIKE, Keyword.GLOB, Keyword.REGEXP, Keyword.MATCH);

    private final Span s;
    private final StatementKind kind;
    /** The ON that names the indexed table of a CREATE INDEX, or -1. */
    private final int createIndexOn;
    private final List<String> calls = new ArrayList<>(2);
    /** For each open parenthesis: does it hold a CREATE TABLE's column definitions? */
    private boolean[] columnDefinitions = new boolean[8];
    private int depth;
    /** The token that names the column being defined; none yet is below every index. */
    private int columnName = Integer.MIN_VALUE;

    private FunctionCalls(Span s, StatementKind kind, int head) {
        this.s = s;
        this.kind = kind;
        this.createIndexOn = createIndexOn(s, kind, head);
    }

    /**
     * @param kind what the statement is (for EXPLAIN: what it explains)
     * @param head where that statement starts
     * @return the lower-case names called, in order, repeats included
     */
    static List<String> find(Span s, StatementKind kind, int head) {
        FunctionCalls finder = new FunctionCalls(s, kind, head);
        for (int i = 0; i < s.size(); i++) {
            finder.visit(i);
        }
        return finder.calls;
    }

    private void visit(int i) {
        switch (s.type(i)) {
            case LPAREN -> open(i);
            case RPAREN -> depth = Math.max(0, depth - 1);
            case COMMA -> {
                if (depth > 0 && columnDefinitions[depth - 1]) {
                    columnName = i + 1;
                }
            }
            case WORD, QUOTED_ID -> visitName(i);
            default -> {
            }
        }
    }

    private void open(int i) {
        if (depth == columnDefinitions.length) {
            columnDefinitions = Arrays.copyOf(columnDefinitions, depth * 2);
        }
        Keyword introducer = s.isName(i - 1) ? s.keyword(qualifiedNameStart(i - 1) - 1) : null;
        boolean definitions = introducer == Keyword.TABLE || introducer == Keyword.EXISTS;
        columnDefinitions[depth++] = definitions;
        if (definitions) {
            columnName = i + 1;
        }
    }

    private void visitName(int i) {
        if ((s.is(i - 1, ADD) && !s.is(i, COLUMN)) || (s.is(i - 1, COLUMN) && s.is(i - 2, ADD))) {
            columnName = i; // ALTER TABLE ... ADD [COLUMN] name type
        }
        Keyword keyword = s.keyword(i);
        if (keyword != null && OPERATORS_CALLING_FUNCTIONS.contains(keyword)) {
            calls.add(keyword.lowerCase());
        } else if (s.is(i + 1, TokenType.LPAREN) && isCall(i)) {
            calls.add(s.name(i));
        }
    }

    private boolean isCall(int i) {
        Keyword keyword = s.keyword(i);
        if (keyword != null && (!keyword.canNameFunction() || isSyntax(i, keyword))) {
            return false;
        }
        int before = qualifiedNameStart(i) - 1;
        if (before == columnName || endsOperand(before)) {
            return false;
        }
        Keyword introducer = s.keyword(before);
        if (introducer != null) {
            switch (introducer) {
                case TABLE, VIEW, EXISTS, REFERENCES, USING, PRAGMA:
                    return false;
                case INTO: // INSERT INTO t(columns), but VACUUM INTO takes an expression
                    return kind == StatementKind.VACUUM;
                case AS: // CAST(x AS type(n)), INSERT INTO t AS alias(columns), but ATTACH ... AS takes an expression
                    return kind == StatementKind.ATTACH;
                case ON:
                    return before != createIndexOn;
                case WITH, RECURSIVE:
                    return !namesCommonTableExpression(i);
                default:
                    return true;
            }
        }
        return !(s.is(before, TokenType.COMMA) && namesCommonTableExpression(i));
    }

    /** Keywords that may name a function elsewhere but are syntax here. */
    private boolean isSyntax(int i, Keyword keyword) {
        return switch (keyword) {
            case OVER, FILTER -> s.is(i - 1, TokenType.RPAREN); // SQLite's analyzeOverKeyword / analyzeFilterKeyword
            case KEY -> s.is(i - 1, PRIMARY) || s.is(i - 1, FOREIGN);
            case CONFLICT -> s.is(i - 1, ON);
            case BY -> s.is(i - 1, ORDER) || s.is(i - 1, GROUP) || s.is(i - 1, PARTITION);
            case MATERIALIZED -> s.is(i - 1, AS) || (s.is(i - 1, NOT) && s.is(i - 2, AS));
            default -> false;
        };
    }

    /** {@code name(columns) AS [[NOT] MATERIALIZED] (}: a common table expression, not a call. */
    private boolean namesCommonTableExpression(int i) {
        int close = s.closing(i + 1);
        if (close < 0 || !s.is(close + 1, AS)) {
            return false;
        }
        int next = close + 2;
        if (s.is(next, NOT) && s.is(next + 1, MATERIALIZED)) {
            next += 2;
        } else if (s.is(next, MATERIALIZED)) {
            next++;
        }
        return s.is(next, TokenType.LPAREN);
    }

    /** Where {@code schema.name} starts, given the index of {@code name}. */
    private int qualifiedNameStart(int i) {
        while (s.is(i - 1, TokenType.DOT) && s.isName(i - 2)) {
            i -= 2;
        }
        return i;
    }

    private boolean endsOperand(int i) {
        TokenType type = s.type(i);
        if (type == null) {
            return false;
        }
        return switch (type) {
            case WORD -> s.keyword(i) == null;
            case QUOTED_ID, STRING, NUMBER, BLOB, VARIABLE, RPAREN -> true;
            default -> false;
        };
    }

    private static int createIndexOn(Span s, StatementKind kind, int head) {
        boolean createIndex = kind == StatementKind.CREATE
                && (s.is(head + 1, INDEX) || (s.is(head + 1, UNIQUE) && s.is(head + 2, INDEX)));
        if (createIndex) {
            for (int i = head + 2; i < s.size(); i++) {
                if (s.is(i, ON)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
