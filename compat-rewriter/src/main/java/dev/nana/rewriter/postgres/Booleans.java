package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite has no boolean values: a comparison, AND, OR, NOT, IN, LIKE, BETWEEN, EXISTS or IS gives the integer 0 or 1,
 * TRUE and FALSE are 1 and 0, and any value can be a condition ({@code WHERE flag}, {@code WHERE 1}, {@code NOT 5}).
 * PostgreSQL keeps booleans and integers apart. So a condition used as a value becomes {@code CAST((c) AS INTEGER)},
 * a value used as a condition becomes {@code ((v) <> 0)}, and TRUE and FALSE used as values become 1 and 0. Which
 * is which is read from the syntax alone: the shape of an expression and where it stands (WHERE, HAVING, ON, WHEN,
 * CHECK and FILTER take conditions; select lists, VALUES, SET, arguments and operands take values).
 */
final class Booleans implements Rule {
    private static final Keyword[] SELECT_LIST_END = {Keyword.FROM, Keyword.WHERE, Keyword.GROUP, Keyword.HAVING,
        Keyword.WINDOW, Keyword.ORDER, Keyword.LIMIT, Keyword.UNION, Keyword.EXCEPT, Keyword.INTERSECT};
    private static final Keyword[] CONDITION_END = {Keyword.GROUP, Keyword.HAVING, Keyword.WINDOW, Keyword.ORDER,
        Keyword.LIMIT, Keyword.UNION, Keyword.EXCEPT, Keyword.INTERSECT, Keyword.JOIN, Keyword.INNER, Keyword.LEFT,
        Keyword.RIGHT, Keyword.FULL, Keyword.CROSS, Keyword.NATURAL, Keyword.WHERE, Keyword.ON, Keyword.RETURNING,
        Keyword.DO, Keyword.BEGIN, Keyword.THEN};
    private static final Keyword[] SET_END = {Keyword.FROM, Keyword.WHERE, Keyword.RETURNING, Keyword.ORDER,
        Keyword.LIMIT};

    @Override
    public String id() {
        return "booleans";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(TokenType.EQ) || s.has(TokenType.OPERATOR) || s.has(Keyword.WHERE) || s.has(Keyword.ON)
                || s.has(Keyword.HAVING) || s.has(Keyword.WHEN) || s.has(Keyword.CHECK) || s.has(Keyword.NOT)
                || s.has(Keyword.AND) || s.has(Keyword.OR) || s.has(Keyword.IS) || s.has(Keyword.IN)
                || s.has(Keyword.LIKE) || s.has(Keyword.GLOB) || s.has(Keyword.BETWEEN) || s.has(Keyword.EXISTS)
                || s.has(Keyword.ISNULL) || s.has(Keyword.NOTNULL) || hasBooleanLiteral(s);
    }

    private static boolean hasBooleanLiteral(StatementTokens s) {
        return s.anyToken(i -> isBooleanLiteral(s, i));
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        Walk walk = new Walk(s);
        walk.statement(0, s.size() - 1);
        return RuleOutcome.edits(walk.edits);
    }

    /** A bare TRUE or FALSE that is not a function name or a qualified column. */
    private static boolean isBooleanLiteral(StatementTokens s, int i) {
        return s.is(i, TokenType.WORD) && (s.isIdentifier(i, "true") || s.isIdentifier(i, "false"))
                && !s.is(i + 1, TokenType.LPAREN) && !s.is(i - 1, TokenType.DOT) && !s.is(i + 1, TokenType.DOT);
    }

    /** One pass over a statement, collecting the edits. */
    private static final class Walk {
        private final StatementTokens s;
        final List<Edit> edits = new ArrayList<>();

        Walk(StatementTokens s) {
            this.s = s;
        }

        /** Clauses of a statement (or of a subquery, a CREATE TABLE body, a trigger body) in {@code from..to}. */
        void statement(int from, int to) {
            boolean afterJoin = false;
            int i = from;
            while (i <= to) {
                Keyword keyword = s.keyword(i);
                if (keyword == Keyword.SELECT) {
                    i = selectList(i + 1, to);
                } else if (keyword == Keyword.WHERE || keyword == Keyword.HAVING
                        || (keyword == Keyword.ON && afterJoin && !s.is(i + 1, Keyword.CONFLICT))
                        || keyword == Keyword.WHEN) {
                    int end = Math.min(Expressions.clauseEnd(s, i + 1, CONDITION_END), to + 1);
                    expression(i + 1, end - 1, true);
                    i = end;
                } else if (keyword == Keyword.CHECK && s.is(i + 1, TokenType.LPAREN)) {
                    int close = s.closing(i + 1);
                    expression(i + 2, close - 1, true);
                    i = close + 1;
                } else if (keyword == Keyword.VALUES) {
                    i = valuesRows(i + 1, to);
                } else if (keyword == Keyword.SET) {
                    i = assignments(i + 1, to);
                } else if (keyword == Keyword.RETURNING) {
                    i = items(i + 1, to);
                } else if (keyword == Keyword.DEFAULT && s.is(i + 1, TokenType.LPAREN)) {
                    int close = s.closing(i + 1);
                    expression(i + 1, close, false);
                    i = close + 1;
                } else if (isBooleanLiteral(s, i) && s.is(i - 1, Keyword.DEFAULT)) {
                    asInteger(i);
                    i++;
                } else if (keyword == Keyword.CASE) {
                    int end = Expressions.skip(s, i) - 1;
                    caseArms(i, end);
                    i = end + 1;
                } else if (s.is(i, TokenType.LPAREN) && s.closing(i) > i) {
                    statement(i + 1, s.closing(i) - 1);
                    i = s.closing(i) + 1;
                } else {
                    afterJoin |= keyword == Keyword.JOIN;
                    i++;
                }
            }
        }

        private int selectList(int from, int to) {
            if (s.is(from, Keyword.DISTINCT) || s.is(from, Keyword.ALL)) {
                from++;
            }
            return items(from, to, SELECT_LIST_END);
        }

        /** Comma-separated value expressions with optional aliases; returns the index after them. */
        private int items(int from, int to, Keyword... stops) {
            while (from <= to) {
                int end = Math.min(Expressions.clauseEnd(s, from, stops), to + 1);
                while (s.is(end, Keyword.FROM) && s.is(end - 1, Keyword.DISTINCT)) { // a IS DISTINCT FROM b
                    end = Math.min(Expressions.clauseEnd(s, end + 1, stops), to + 1);
                }
                expression(from, Expressions.aliasStart(s, from, end - 1) - 1, false);
                if (!s.is(end, TokenType.COMMA) || end > to) {
                    return end;
                }
                from = end + 1;
            }
            return from;
        }

        private int valuesRows(int from, int to) {
            int i = from;
            while (i <= to && s.is(i, TokenType.LPAREN)) {
                arguments(i);
                i = s.closing(i) + 1;
                if (!s.is(i, TokenType.COMMA)) {
                    break;
                }
                i++;
            }
            return i;
        }

        /** {@code a = v, b = w}: the values. */
        private int assignments(int from, int to) {
            while (from <= to) {
                int end = Math.min(Expressions.clauseEnd(s, from, SET_END), to + 1);
                for (int i = from; i < end; i = Expressions.skip(s, i)) {
                    if (s.is(i, TokenType.EQ)) {
                        expression(i + 1, end - 1, false);
                        break;
                    }
                }
                if (!s.is(end, TokenType.COMMA) || end > to) {
                    return end;
                }
                from = end + 1;
            }
            return from;
        }

        /**
         * Values, except the conditions of {@code iif(c, a, b)} and {@code if(c1, v1, c2, v2, e)}: every argument
         * before a value, at an even position.
         */
        private void arguments(int open) {
            List<Expressions.Range> arguments = Expressions.arguments(s, open);
            if (arguments == null) {
                return;
            }
            boolean conditional = s.isIdentifier(open - 1, "iif") || s.isIdentifier(open - 1, "if");
            for (int i = 0; i < arguments.size(); i++) {
                Expressions.Range argument = arguments.get(i);
                int first = s.is(argument.first(), Keyword.DISTINCT) ? argument.first() + 1 : argument.first();
                expression(first, argument.last(), conditional && i % 2 == 0 && i + 1 < arguments.size());
            }
        }

        /**
         * The expression {@code first..last}, standing where SQLite wants a condition ({@code condition}) or a
         * value. Reads it from the loosest operator in: OR, AND, NOT, then the comparisons.
         */
        void expression(int first, int last, boolean condition) {
            if (last < first) {
                return;
            }
            List<Integer> ors = topLevel(first, last, Keyword.OR);
            List<Integer> ands = ors.isEmpty() ? topLevel(first, last, Keyword.AND) : List.of();
            List<Integer> splits = ors.isEmpty() ? ands : ors;
            if (!splits.isEmpty()) {
                int from = first;
                for (int at : splits) {
                    expression(from, at - 1, true);
                    from = at + 1;
                }
                expression(from, last, true);
            } else if (s.is(first, Keyword.NOT)) {
                expression(first + 1, last, true);
            } else if (!comparison(first, last)) {
                value(first, last, condition);
                return;
            }
            if (!condition) {
                edits.add(Edit.replace(first, last, Edit.text("CAST(("), Edit.tokens(first, last),
                        Edit.text(") AS INTEGER)")));
            }
        }

        /**
         * The top-level AND or OR tokens of the range; an AND that closes {@code BETWEEN x AND y} is not one.
         */
        private List<Integer> topLevel(int first, int last, Keyword logical) {
            List<Integer> found = new ArrayList<>();
            int betweens = 0;
            for (int i = first; i <= last; i = Expressions.skip(s, i)) {
                if (s.is(i, Keyword.BETWEEN)) {
                    betweens++;
                } else if (s.is(i, Keyword.AND) && betweens > 0) {
                    betweens--;
                } else if (s.is(i, logical)) {
                    found.add(i);
                }
            }
            return found;
        }

        /**
         * A comparison at the top of the range (its operands are values): SQLite's equality level ({@code = == != <>
         * IS IN LIKE GLOB MATCH REGEXP BETWEEN ISNULL NOTNULL NOT NULL}) binds looser than {@code < <= > >=}, and
         * both group from the left, so the last operator of the loosest level splits. Also {@code EXISTS (...)}.
         */
        private boolean comparison(int first, int last) {
            int equality = -1;
            int relational = -1;
            int betweens = 0;
            for (int i = first; i <= last; ) {
                int next = Expressions.skip(s, i);
                Keyword keyword = s.keyword(i);
                if (keyword == Keyword.AND && betweens > 0) {
                    betweens--;
                } else if (keyword == Keyword.IS) {
                    equality = i;
                    next = s.is(i + 1, Keyword.NOT) ? i + 2 : i + 1;
                } else if (keyword == Keyword.NOT && isNegatable(i + 1)) {
                    equality = i;
                    betweens += s.is(i + 1, Keyword.BETWEEN) ? 1 : 0;
                    next = i + 2;
                } else if (isEqualityOperator(i)) {
                    equality = i;
                    betweens += keyword == Keyword.BETWEEN ? 1 : 0;
                    next = keyword == Keyword.NOT ? i + 2 : next;
                } else if (isRelationalOperator(i) && betweens == 0) {
                    relational = i;
                }
                i = next;
            }
            if (equality > first) {
                equalityOperands(first, equality, last);
                return true;
            }
            if (relational > first) {
                expression(first, relational - 1, false);
                expression(relational + 1, last, false);
                return true;
            }
            if (s.is(first, Keyword.EXISTS) && s.is(first + 1, TokenType.LPAREN) && s.closing(first + 1) == last) {
                statement(first + 2, last - 1);
                return true;
            }
            return false;
        }

        /** What NOT turns into a negated operator: NOT IN, NOT LIKE, ..., NOT BETWEEN. */
        private boolean isNegatable(int i) {
            Keyword keyword = s.keyword(i);
            return keyword == Keyword.IN || keyword == Keyword.LIKE || keyword == Keyword.GLOB
                    || keyword == Keyword.MATCH || keyword == Keyword.REGEXP || keyword == Keyword.BETWEEN;
        }

    private boolean isEqualityOperator(int i) {
            if (s.is(i, TokenType.EQ) || s.isOperator(i, "!=") || s.isOperator(i, "<>")) {
                return true;
            }
            Keyword keyword = s.keyword(i);
            return isNegatable(i) || s.is(i, Keyword.ISNULL) || s.is(i, Keyword.NOTNULL)
                    || (s.is(i, Keyword.NOT) && s.is(i + 1, Keyword.NULL));
        }

        private boolean isRelationalOperator(int i) {
            return s.isOperator(i, "<") || s.isOperator(i, "<=") || s.isOperator(i, ">") || s.isOperator(i, ">=");
        }

        /** The operands of the equality-level operator at {@code at} ({@code NOT} of NOT IN included). */
        private void equalityOperands(int first, int at, int last) {
            int operator = s.is(at, Keyword.NOT) && !s.is(at + 1, Keyword.NULL) ? at + 1 : at;
            Keyword keyword = s.keyword(operator);
            if (keyword == Keyword.IS) {
                int right = s.is(operator + 1, Keyword.NOT) ? operator + 2 : operator + 1;
                if (right == last && isBooleanLiteral(s, right)) {
                    expression(first, at - 1, true); // x IS TRUE: PostgreSQL's IS TRUE wants a boolean
                    return;
                }
                if (s.is(right, Keyword.DISTINCT) && s.is(right + 1, Keyword.FROM)) {
                    right += 2;
                }
                expression(first, at - 1, false);
                expression(right, last, false);
                return;
            }
            expression(first, at - 1, false);
            if (keyword == Keyword.IN) {
                if (s.is(operator + 1, TokenType.LPAREN) && s.closing(operator + 1) == last) {
                    if (s.is(operator + 2, Keyword.SELECT) || s.is(operator + 2, Keyword.WITH)
                            || s.is(operator + 2, Keyword.VALUES)) {
                        statement(operator + 2, last - 1);
                    } else {
                        arguments(operator + 1);
                    }
                }
            } else if (keyword == Keyword.BETWEEN) {
                List<Integer> ands = topLevel(operator + 1, last, Keyword.AND);
                if (!ands.isEmpty()) {
                    expression(operator + 1, ands.get(0) - 1, false);
                    expression(ands.get(0) + 1, last, false);
                }
            } else if (keyword == Keyword.LIKE || keyword == Keyword.GLOB || keyword == Keyword.MATCH
                    || keyword == Keyword.REGEXP) {
                int escape = -1;
                for (int i = operator + 1; i <= last; i = Expressions.skip(s, i)) {
                    escape = s.is(i, Keyword.ESCAPE) ? i : escape;
                }
                expression(operator + 1, escape < 0 ? last : escape - 1, false);
                if (escape > 0) {
                    expression(escape + 1, last, false);
                }
            } else if (keyword != Keyword.ISNULL && keyword != Keyword.NOTNULL && keyword != Keyword.NOT) {
                expression(operator + 1, last, false);
            }
        }

        /** An expression with no condition at its top: a literal, a name, a call, arithmetic, CASE, a subquery. */
        private void value(int first, int last, boolean condition) {
            if (first == last && isBooleanLiteral(s, first)) {
                if (!condition) {
                    asInteger(first);
                }
                return;
            }
            if (s.is(first, TokenType.LPAREN) && s.closing(first) == last && !isSubquery(first)) {
                expression(first + 1, last - 1, condition);
                return;
            }
            if (condition) {
                edits.add(Edit.replace(first, last, Edit.text("(("), Edit.tokens(first, last),
                        Edit.text(") <> 0)")));
            }
            parts(first, last);
        }

        private boolean isSubquery(int open) {
            return s.is(open + 1, Keyword.SELECT) || s.is(open + 1, Keyword.WITH) || s.is(open + 1, Keyword.VALUES);
        }

        /** The values inside a value expression: parentheses, call arguments, CASE arms, CAST operands. */
        private void parts(int first, int last) {
            int i = first;
            while (i <= last) {
                if (isBooleanLiteral(s, i)) {
                    asInteger(i);
                    i++;
                } else if (s.is(i, Keyword.CASE)) {
                    int end = Expressions.skip(s, i) - 1;
                    caseArms(i, end);
                    i = end + 1;
                } else if (s.is(i, TokenType.LPAREN)) {
                    int close = s.closing(i);
                    if (close < 0) {
                        return;
                    }
                    if (isSubquery(i)) {
                        statement(i + 1, close - 1);
                    } else if (s.is(i - 1, Keyword.CAST)) {
                        int as = close;
                        for (int j = i + 1; j < close; j = Expressions.skip(s, j)) {
                            as = s.is(j, Keyword.AS) ? j : as;
                        }
                        expression(i + 1, as - 1, false);
                    } else if (i > first && (s.is(i - 1, TokenType.WORD) || s.is(i - 1, TokenType.QUOTED_ID))
                            && s.keyword(i - 1) != Keyword.FILTER && s.keyword(i - 1) != Keyword.OVER) {
                        arguments(i);
                    } else if (s.is(i - 1, Keyword.FILTER) && s.is(i + 1, Keyword.WHERE)) {
                        expression(i + 2, close - 1, true);
                    } else if (!s.is(i - 1, Keyword.OVER)) {
                        expression(i + 1, close - 1, false);
                    }
                    i = close + 1;
                } else {
                    i++;
                }
            }
        }

        /** {@code CASE [x] WHEN c THEN v ... [ELSE e] END}: conditions after WHEN unless there is an operand. */
        private void caseArms(int caseToken, int end) {
            List<Integer> marks = new ArrayList<>();
            for (int i = caseToken + 1; i < end; i = Expressions.skip(s, i)) {
                if (s.is(i, Keyword.WHEN) || s.is(i, Keyword.THEN) || s.is(i, Keyword.ELSE)) {
                    marks.add(i);
                }
            }
            marks.add(end);
            if (marks.isEmpty()) {
                return;
            }
            boolean operand = marks.get(0) > caseToken + 1;
            if (operand) {
                expression(caseToken + 1, marks.get(0) - 1, false);
            }
            for (int m = 0; m + 1 < marks.size(); m++) {
                int mark = marks.get(m);
                expression(mark + 1, marks.get(m + 1) - 1, s.is(mark, Keyword.WHEN) && !operand);
            }
        }

        private void asInteger(int literal) {
            edits.add(Edit.replace(literal, literal, Edit.text(s.isIdentifier(literal, "true") ? "1" : "0")));
        }
    }
}
