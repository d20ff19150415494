package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite's JSON functions that give JSON text, and those that give a number or a word about it, as PostgreSQL's
 * {@code json} with SQLite's text: minified, keys in their order ({@code json}, {@code json_object},
 * {@code json_array}, {@code json_quote}, {@code json_group_array}, {@code json_group_object}, the {@code ->}
 * operator), and {@code json_valid}, {@code json_type}, {@code json_array_length}. Being {@code json}, a result
 * nested in another call is JSON there too, as SQLite's JSON subtype is. Those that give a SQL value of the JSON's
 * type ({@code json_extract}, {@code ->>}, {@code json_each}) or edit a document ({@code json_set}, ...) are not
 * rewritten yet, and fail on PostgreSQL naming the function.
 */
final class JsonFunctions implements Rule {
    private static final Map<String, CallForm> FORMS = Map.of(
            "json", new CallForm(1, 1, "nana.json((%0)::text)"),
            "json_valid", new CallForm(1, 1, "nana.json_valid((%0)::text)"),
            "json_type", new CallForm(1, 2, "nana.json_type((%0)::text)", "nana.json_type((%0)::text, (%1)::text)"),
            "json_array_length", new CallForm(1, 2, "nana.json_array_length((%0)::text)",
                    "nana.json_array_length((%0)::text, (%1)::text)"),
            "json_quote", new CallForm(1, 1, "to_json(%t)"),
            "json_object", CallForm.anyArity("nana.json_minify(json_build_object(%*))"),
            "json_array", CallForm.anyArity("nana.json_minify(json_build_array(%*))"),
            "json_group_array", new CallForm(1, 1, "coalesce(nana.json_minify(json_agg(%0)), '[]'::json)"),
            "json_group_object", new CallForm(2, 2,
                    "coalesce(nana.json_minify(json_object_agg(%0, %1)), '{}'::json)"));

    @Override
    public String id() {
        return "json-functions";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        for (String function : s.functions()) {
            if (FORMS.containsKey(function)) {
                return true;
            }
        }
        return s.has(TokenType.OPERATOR) && s.anyToken(i -> s.isOperator(i, "->"));
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.isOperator(i, "->")) {
                edits.add(Edit.replace(i, i, Edit.text("OPERATOR(" + NanaSchema.JSON_ARROW + ")")));
                continue;
            }
            String function = FunctionName.calledAt(s, i);
            CallForm form = function == null ? null : FORMS.get(function);
            if (form != null) {
                List<Expressions.Range> arguments = Expressions.arguments(s, i + 1);
                if (form.takes(arguments)) {
                    edits.add(Edit.replace(i, s.closing(i + 1), form.write(s, arguments)));
                }
            }
        }
        return RuleOutcome.edits(edits);
    }
}
