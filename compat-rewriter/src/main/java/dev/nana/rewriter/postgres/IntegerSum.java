package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * SQLite's {@code sum(x)} of integers fails with "integer overflow" past 64 bits, where PostgreSQL's sum of bigint is
 * an exact numeric that would come back as a double: {@code nana.integer_sum(sum(x))} raises SQLite's error for a
 * whole sum out of range and passes every other sum through (FILTER and OVER stay on the sum).
 */
final class IntegerSum implements Rule {
    @Override
    public String id() {
        return "integer-sum";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.calls("sum");
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            List<Expressions.Range> arguments = FunctionName.arguments(s, i, "sum");
            if (arguments != null && arguments.size() == 1) {
                int end = FunctionName.aggregateEnd(s, i);
                edits.add(Edit.replace(i, end - 1, Edit.text(NanaSchema.INTEGER_SUM + "("), Edit.tokens(i, end - 1),
                        Edit.text(")")));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
