package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * {@code total(x)} is a REAL sum that is 0.0 over no rows: {@code coalesce(CAST(sum(x) AS float8), 0::float8)},
 * with a FILTER or OVER clause kept on the sum.
 */
final class Total implements Rule {
    @Override
    public String id() {
        return "total";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.calls("total");
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            List<Expressions.Range> arguments = FunctionName.arguments(s, i, "total");
            if (arguments == null || arguments.size() != 1) {
                continue;
            }
            int end = FunctionName.aggregateEnd(s, i);
            edits.add(Edit.replace(i, end - 1, Edit.text("coalesce(CAST(sum"), Edit.tokens(i + 1, end - 1),
                    Edit.text(" AS float8), 0::float8)")));
        }
        return RuleOutcome.edits(edits);
    }
}
