package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code ?NNN}, {@code :name}, {@code @name}, {@code $name} and {@code #name} become plain {@code ?} (pgjdbc's only
 * placeholder); the plan's parameter map binds each with the application parameter SQLite would have given it, so a
 * name used twice is bound twice.
 */
final class PositionalParameters implements Rule {
    @Override
    public String id() {
        return "positional-parameters";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(TokenType.VARIABLE);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.is(i, TokenType.VARIABLE) || s.text(i).length() == 1) {
                continue;
            }
            if (s.parameterNumber(i) == 0) {
                return RuleOutcome.refused(id(), "parameter " + s.text(i) + " is out of range: SQLite numbers"
                        + " parameters ?1 to ?250000");
            }
            edits.add(Edit.replace(i, i, new Edit.Parameter(i)));
        }
        return RuleOutcome.edits(edits);
    }
}
