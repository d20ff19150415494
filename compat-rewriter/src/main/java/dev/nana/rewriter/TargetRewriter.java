package dev.nana.rewriter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a target's rules to one statement: every applicable rule sees the statement as written and returns edits
 * on its tokens; the edits are then spliced into one text. Replacements must nest or be disjoint; a part that copies original tokens carries the edits inside them along. Every
 * parameter that reaches the output becomes a plain {@code ?}, and the order in which they are written is the
 * statement's {@link ParameterMap}.
 */
final class TargetRewriter {

    /** The statement for the target, or why it cannot run there. */
    record TargetSql(String sql, ParameterMap parameters, List<ResultTransform> transforms, Rejection refusal) {
        static TargetSql refused(Rejection refusal) {
            return new TargetSql(null, null, List.of(), refusal);
        }
    }

    /** A replacement with the rule that made it; {@code order} is the rule's place in the target's list. */
    private record Placed(Edit edit, String ruleId, int order) {
    }

    private final Span span;
    private final String sql;
    private final int base;
    private final int[] numbers;
    /** Per token, the replacements starting there: the longest first, then by rule order. */
    private final List<Placed> replacements;
    private final List<List<Placed>> byStart;
    private final String[] insertions;
    /** The rule of each insertion, for the message when a replacement swallowed its token. */
    private final String[] insertionRules;
    private final boolean[] inserted;
    private final List<Placed> active = new ArrayList<>();
    private final StringBuilder out;
    private int[] params = new int[8];
    private int paramCount;

    private final List<ResultTransform> transforms;

    private TargetRewriter(Span span, List<Placed> replacements, String[] insertions, String[] insertionRules,
                           List<ResultTransform> transforms) {
        this.transforms = transforms;
        this.span = span;
        this.sql = span.sql();
        this.base = span.start(0);
        this.insertionRules = insertionRules;
        this.replacements = replacements;
        this.numbers = Parameters.numbers(span);  // the same numbering StatementTokens.parameterNumber gives rules
        this.insertions = insertions;
        this.inserted = new boolean[span.size()];
        this.out = new StringBuilder(span.sql().length() + 32);
        this.byStart = new ArrayList<>(span.size());
        for (int i = 0; i < span.size(); i++) {
            byStart.add(List.of());
        }
        for (Placed placed : replacements) {
            int first = placed.edit().first();
            if (byStart.get(first).isEmpty()) {
                byStart.set(first, new ArrayList<>(2));
            }
            byStart.get(first).add(placed);
        }
    }

    static TargetSql rewrite(StatementTokens s, List<Rule> rules, int parameterCount) {
        List<Placed> replacements = new ArrayList<>();
        String[] insertions = null;
        String[] insertionRules = null;
        List<ResultTransform> transforms = new ArrayList<>(0);
        for (int order = 0; order < rules.size(); order++) {
            Rule rule = rules.get(order);
            if (!rule.appliesTo(s)) {
                continue;
            }
            RuleOutcome outcome = rule.apply(s);
            if (outcome.refusal() != null) {
                return TargetSql.refused(outcome.refusal());
            }
            transforms.addAll(outcome.transforms());
            for (Edit edit : outcome.edits()) {
                if (edit.isInsertion()) {
                    if (insertions == null) {
                        insertions = new String[s.size()];
                        insertionRules = new String[s.size()];
                    }
                    insertionRules[edit.last()] = rule.id();
                    String earlier = insertions[edit.last()];
                    insertions[edit.last()] = earlier == null ? edit.insertion() : earlier + edit.insertion();
                } else {
                    replacements.add(new Placed(edit, rule.id(), order));
                }
            }
        }
        if (replacements.isEmpty() && insertions == null) {
            // No rule touched it: only plain ? can be in it (a ?NNN or :name is always rewritten), numbered in order.
            return new TargetSql(s.sql(), ParameterMap.identity(parameterCount), List.copyOf(transforms), null);
        }
        Rejection conflict = sortAndCheckNesting(replacements);
        if (conflict != null) {
            return TargetSql.refused(conflict);
        }
        return insertions == null
                ? new TargetRewriter(s.span(), replacements, new String[s.size()], null, transforms).render()
                : new TargetRewriter(s.span(), replacements, insertions, insertionRules, transforms).render();
    }

    /**
     * Sorts by start, longest first, then wrappers, then by rule order: replacements of the same tokens nest in that
     * order, so a wrapper keeps what another rule put in its place ({@code a / max(b, c)} divides by
     * {@code NULLIF(<max's CASE>, 0)}), while of two that do not copy the tokens the earlier rule's wins.
     */
    private static Rejection sortAndCheckNesting(List<Placed> replacements) {
        replacements.sort(Comparator.comparingInt((Placed p) -> p.edit().first())
                .thenComparing(p -> -p.edit().last()).thenComparing(p -> !p.edit().wrapsItself())
                .thenComparingInt(Placed::order));
        List<Placed> open = new ArrayList<>();
        for (int k = 0; k < replacements.size(); k++) {
            Placed placed = replacements.get(k);
            Edit edit = placed.edit();
            while (!open.isEmpty() && open.get(open.size() - 1).edit().last() < edit.first()) {
                open.remove(open.size() - 1);
            }
            if (!open.isEmpty() && open.get(open.size() - 1).edit().last() < edit.last()) {
                return conflict(open.get(open.size() - 1).ruleId(), placed.ruleId());
            }
            open.add(placed);
        }
        return null;
    }

    private static Rejection conflict(String a, String b) {
        String rules = a.equals(b) ? a : a + " and " + b;
        return new Rejection("nana: this statement combines constructs that cannot be rewritten together for the"
                + " target (rules " + rules + ")", RejectedSqlException.TARGET_UNSUPPORTED);
    }

    private TargetSql render() {
        render(0, span.size() - 1);
        for (int i = 0; i < insertions.length; i++) {
            if (insertions[i] != null && !inserted[i]) {
                return TargetSql.refused(conflict(swallowing(i).ruleId(), insertionRules[i]));
            }
        }
        return new TargetSql(out.toString(), ParameterMap.of(Arrays.copyOf(params, paramCount)),
                List.copyOf(transforms), null);
    }

    /** A replacement that drops token {@code i} without copying it: some replacement covers it, or it was written. */
    private Placed swallowing(int i) {
        for (Placed placed : replacements) {
            if (placed.edit().first() <= i && i <= placed.edit().last()) {
                return placed;
            }
        }
        throw new IllegalStateException("token " + i + " was neither written nor replaced");
    }

    /** Writes tokens {@code from..to} with their edits; the space before {@code from} is the caller's. */
    private void render(int from, int to) {
        int previousEnd = -1;
        for (int i = from; i <= to; ) {
            Placed placed = replacementAt(i, to);
            int last;
            if (placed == null) {
                gap(previousEnd, i);
                out.append(span.text(i));
                if (span.is(i, TokenType.VARIABLE)) {
                    param(i);
                }
                last = i;
            } else {
                Edit edit = placed.edit();
                if (!edit.parts().isEmpty()) {
                    gap(previousEnd, i);
                }
                active.add(placed);
                for (Edit.Part part : edit.parts()) {
                    part(part);
                }
                active.remove(active.size() - 1);
                last = edit.last();
            }
            if (insertions[last] != null && !inserted[last]) {
                inserted[last] = true;
                out.append(insertions[last]);
            }
            previousEnd = span.end(last);
            i = last + 1;
        }
    }

    private void part(Edit.Part part) {
        if (part instanceof Edit.Text text) {
            out.append(text.sql());
        } else if (part instanceof Edit.Tokens tokens) {
            render(tokens.first(), tokens.last());
        } else if (part instanceof Edit.Parameter parameter) {
            out.append('?');
            param(parameter.token());
        }
    }

    /** The outermost replacement starting at {@code i} that fits in {@code ..to} and is not being written. */
    private Placed replacementAt(int i, int to) {
        for (Placed placed : byStart.get(i)) {
            if (placed.edit().last() <= to && !isActive(placed)) {
                return placed;
            }
        }
        return null;
    }

    /** By identity: two rules may well make equal edits. */
    private boolean isActive(Placed placed) {
        for (Placed writing : active) {
            if (writing == placed) {
                return true;
            }
        }
        return false;
    }

    private void gap(int previousEnd, int i) {
        if (previousEnd >= 0) {
            out.append(sql, previousEnd - base, span.start(i) - base);
        }
    }

    private void param(int token) {
        if (paramCount == params.length) {
            params = Arrays.copyOf(params, paramCount * 2);
        }
        params[paramCount++] = numbers[token];
    }
}
