package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code changes()} and {@code total_changes()} read the counts the driver keeps of the rows the connection's INSERT,
 * UPDATE and DELETE statements changed, which it writes into the session settings {@link NanaSchema#CHANGES} and
 * {@link NanaSchema#TOTAL_CHANGES} before a statement that reads them ({@link NanaSchema#readsChanges}); 0 before the
 * first.
 */
final class Changes implements Rule {
    @Override
    public String id() {
        return "changes";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.calls("changes") || s.calls("total_changes");
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String setting = FunctionName.isCall(s, i, "changes") ? NanaSchema.CHANGES
                    : FunctionName.isCall(s, i, "total_changes") ? NanaSchema.TOTAL_CHANGES : null;
            if (setting != null && s.is(i + 2, TokenType.RPAREN)) {
                edits.add(Edit.replace(i, i + 2, Edit.text("(coalesce(nullif(current_setting('" + setting
                        + "', true), ''), '0')::bigint)")));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
