package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * {@code NOT INDEXED} only stops SQLite from using an index, which changes no result: dropped. {@code INDEXED BY i}
 * makes SQLite fail when index i is missing or unusable; dropping it would turn that error into rows, so it is
 * refused.
 */
final class IndexHints implements Rule {
    @Override
    public String id() {
        return "index-hints";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.INDEXED);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, Keyword.INDEXED) && s.is(i + 1, Keyword.BY)) {
                return RuleOutcome.refused(id(), s.text(i, Math.min(i + 2, s.size() - 1)) + " cannot run on"
                        + " PostgreSQL: SQLite fails when that index cannot be used, PostgreSQL has no such hint");
            }
            if (s.is(i, Keyword.NOT) && s.is(i + 1, Keyword.INDEXED)) {
                edits.add(Edit.delete(i, i + 1));
            }
        }
        return RuleOutcome.edits(edits);
    }
}
