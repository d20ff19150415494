package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * {@code group_concat([DISTINCT] x [, sep] [ORDER BY ...])} is
 * {@code string_agg([DISTINCT] nana.cast_text(x), (sep)::text [ORDER BY ...])}, sep defaulting to {@code ','}: each
 * value as SQLite writes it as text (a real as {@code 2.0}); both skip NULLs and give NULL over no rows.
 */
final class GroupConcat implements Rule {
    @Override
    public String id() {
        return "group-concat";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.calls("group_concat");
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            List<Expressions.Range> arguments = FunctionName.arguments(s, i, "group_concat");
            if (arguments == null || arguments.isEmpty() || arguments.size() > 2) {
                continue;
            }
            Expressions.Range last = arguments.get(arguments.size() - 1);
            int order = orderBy(s, last);
            List<Expressions.Range> values = new ArrayList<>(arguments);
            if (order >= 0) {
                values.set(values.size() - 1, new Expressions.Range(last.first(), order - 1));
            }
            Expressions.Range value = values.get(0);
            List<Edit.Part> parts = new ArrayList<>();
            parts.add(Edit.text("string_agg("));
            int from = value.first();
            if (s.is(from, Keyword.DISTINCT)) {
                parts.add(Edit.text("DISTINCT "));
                from++;
            }
            parts.add(Edit.text(NanaSchema.CAST_TEXT + "("));
            parts.add(Edit.tokens(from, value.last()));
            parts.add(Edit.text("), "));
            if (values.size() == 2) {
                parts.add(Edit.text("("));
                parts.add(Edit.tokens(values.get(1).first(), values.get(1).last()));
                parts.add(Edit.text(")::text"));
            } else {
                parts.add(Edit.text("','"));
            }
            if (order >= 0) {
                parts.add(Edit.text(" "));
                parts.add(Edit.tokens(order, last.last()));
            }
            parts.add(Edit.text(")"));
            edits.add(Edit.replace(i, s.closing(i + 1), parts.toArray(Edit.Part[]::new)));
        }
        return RuleOutcome.edits(edits);
    }

    /** Where {@code ORDER BY} starts in the argument, outside parentheses; -1 when it has none. */
    private static int orderBy(StatementTokens s, Expressions.Range argument) {
        for (int i = argument.first(); i <= argument.last(); i = Expressions.skip(s, i)) {
            if (s.is(i, Keyword.ORDER) && s.is(i + 1, Keyword.BY)) {
                return i;
            }
        }
        return -1;
    }
}
