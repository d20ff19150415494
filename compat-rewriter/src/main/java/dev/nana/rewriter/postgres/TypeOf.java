package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * {@code typeof(x)} names SQLite's storage class of the value: null, integer, real, text or blob. On PostgreSQL it is
 * read off the expression's type ({@code pg_typeof}), and for {@code numeric} (what NUMERIC and DECIMAL columns
 * hold, rule {@code declared-types}) off the value, as SQLite's NUMERIC affinity stores an integral value as an
 * integer. Types SQLite has no class for (dates, json) are text there, as the values SQLite would have stored.
 */
final class TypeOf implements Rule {
    @Override
    public String id() {
        return "typeof";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.calls("typeof");
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            List<Expressions.Range> arguments = FunctionName.arguments(s, i, "typeof");
            if (arguments == null || arguments.size() != 1) {
                continue; // SQLite refuses other arities, and so does PostgreSQL, which has no typeof
            }
            Edit.Part x = Edit.tokens(arguments.get(0).first(), arguments.get(0).last());
            edits.add(Edit.replace(i, s.closing(i + 1),
                    Edit.text("(CASE WHEN ("), x, Edit.text(") IS NULL THEN 'null' ELSE CASE pg_typeof("), x,
                    Edit.text(")::text WHEN 'bigint' THEN 'integer' WHEN 'integer' THEN 'integer'"
                            + " WHEN 'smallint' THEN 'integer' WHEN 'boolean' THEN 'integer'"
                            + " WHEN 'double precision' THEN 'real' WHEN 'real' THEN 'real' WHEN 'bytea' THEN 'blob'"
                            + " WHEN 'numeric' THEN CASE WHEN ("), x,
                    Edit.text(")::text ~ '^-{0,1}[0-9]+(\\.0*){0,1}$' THEN 'integer' ELSE 'real' END ELSE 'text' END END)")));
        }
        return RuleOutcome.edits(edits);
    }
}
