package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * {@code ifnull(a, b)} is {@code coalesce(a, b)}; PostgreSQL has no ifnull. Only with two arguments: SQLite refuses
 * any other number, which coalesce would accept.
 */
final class IfNull implements Rule {
    @Override
    public String id() {
        return "ifnull";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.calls("ifnull");
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            List<Expressions.Range> arguments = FunctionName.arguments(s, i, "ifnull");
            if (arguments != null && arguments.size() == 2) {
                edits.add(Edit.replace(i, i, Edit.text("coalesce")));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
