package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * {@code last_insert_rowid()} reads the key that nana's trigger functions recorded for the session's latest row
 * inserted into a table with an INTEGER PRIMARY KEY ({@link NanaSchema#LAST_INSERT}); 0 before the first.
 */
final class LastInsertRowid implements Rule {
    @Override
    public String id() {
        return "last-insert-rowid";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.calls("last_insert_rowid");
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            List<Expressions.Range> arguments = FunctionName.arguments(s, i, "last_insert_rowid");
            if (arguments != null && arguments.isEmpty()) {
                edits.add(Edit.replace(i, s.closing(i + 1), Edit.text("(" + NanaSchema.LAST_INSERT_ROWID + ")")));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
