package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * Scalar {@code max(a, b, ...)} and {@code min(...)} (two or more arguments; one is the aggregate) are NULL when any
 * argument is NULL, where GREATEST and LEAST skip NULLs:
 * {@code CASE WHEN (a) IS NULL OR (b) IS NULL THEN NULL ELSE GREATEST(a, b) END}. Each argument is written twice,
 * so a parameter in it is bound twice (the parameter map says so).
 */
final class ScalarMinMax implements Rule {
    @Override
    public String id() {
        return "scalar-min-max";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.calls("max") || s.calls("min");
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            boolean max = FunctionName.isCall(s, i, "max");
            if (!max && !FunctionName.isCall(s, i, "min")) {
                continue;
            }
            List<Expressions.Range> arguments = Expressions.arguments(s, i + 1);
            if (arguments == null || arguments.size() < 2) {
                continue;
            }
            List<Edit.Part> parts = new ArrayList<>();
            parts.add(Edit.text("CASE WHEN "));
            for (int k = 0; k < arguments.size(); k++) {
                parts.add(Edit.text(k == 0 ? "(" : " OR ("));
                parts.add(tokens(arguments.get(k)));
                parts.add(Edit.text(") IS NULL"));
            }
            parts.add(Edit.text(max ? " THEN NULL ELSE GREATEST(" : " THEN NULL ELSE LEAST("));
            for (int k = 0; k < arguments.size(); k++) {
                if (k > 0) {
                    parts.add(Edit.text(", "));
                }
                parts.add(tokens(arguments.get(k)));
            }
            parts.add(Edit.text(") END"));
            edits.add(Edit.replace(i, s.closing(i + 1), parts.toArray(Edit.Part[]::new)));
        }
        return RuleOutcome.edits(edits);
    }

    private static Edit.Part tokens(Expressions.Range range) {
        return Edit.tokens(range.first(), range.last());
    }
}
