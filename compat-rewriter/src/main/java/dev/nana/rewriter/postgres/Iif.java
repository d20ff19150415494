package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * {@code iif(c1, v1 [, c2, v2 ...] [, else])} and its alias {@code if(...)} are a CASE:
 * {@code CASE WHEN c1 THEN v1 ... [ELSE else] END}. With fewer than two arguments it is left for PostgreSQL to
 * refuse, as SQLite does.
 */
final class Iif implements Rule {
    @Override
    public String id() {
        return "iif";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.calls("iif") || s.calls("if");
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!FunctionName.isCall(s, i, "iif") && !FunctionName.isCall(s, i, "if")) {
                continue;
            }
            List<Expressions.Range> arguments = Expressions.arguments(s, i + 1);
            if (arguments == null || arguments.size() < 2) {
                continue;
            }
            List<Edit.Part> parts = new ArrayList<>();
            parts.add(Edit.text("CASE"));
            int k = 0;
            for (; k + 1 < arguments.size(); k += 2) {
                parts.add(Edit.text(" WHEN "));
                parts.add(tokens(arguments.get(k)));
                parts.add(Edit.text(" THEN "));
                parts.add(tokens(arguments.get(k + 1)));
            }
            if (k < arguments.size()) {
                parts.add(Edit.text(" ELSE "));
                parts.add(tokens(arguments.get(k)));
            }
            parts.add(Edit.text(" END"));
            edits.add(Edit.replace(i, s.closing(i + 1), parts.toArray(Edit.Part[]::new)));
        }
        return RuleOutcome.edits(edits);
    }

    private static Edit.Part tokens(Expressions.Range range) {
        return Edit.tokens(range.first(), range.last());
    }
}
