package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite's scalar functions that PostgreSQL has not, or has with another result, as nana's functions or
 * PostgreSQL's with SQLite's conversions: {@code substr} (negative start and length), {@code length}, {@code hex},
 * {@code quote} (of any value: text, number, blob), {@code instr}, {@code trim}/{@code ltrim}/{@code rtrim} (of a
 * number too), {@code char}, {@code unicode}, {@code upper} and {@code lower} (of ASCII letters only, of a number too), {@code round} (half away from zero, always a real), {@code sign} (an integer), {@code zeroblob}, {@code randomblob}, {@code random} (a 64-bit
 * integer), {@code printf}/{@code format} and the planner hints {@code likely}, {@code unlikely},
 * {@code likelihood}.
 */
final class StringFunctions implements Rule {
    /** SQLite's upper and lower change ASCII letters only. */
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final Map<String, CallForm> FORMS = Map.ofEntries(
            Map.entry("substr", new CallForm(2, 3, "nana.substr(%t, (%1)::bigint)", "nana.substr(%t, (%1)::bigint, (%2)::bigint)")),
            Map.entry("substring", new CallForm(2, 3, "nana.substr(%t, (%1)::bigint)", "nana.substr(%t, (%1)::bigint, (%2)::bigint)")),
            Map.entry("length", new CallForm(1, 1, "nana.length(%t)")),
            Map.entry("hex", new CallForm(1, 1, "nana.hex(%t)")),
            Map.entry("quote", new CallForm(1, 1, "nana.quote(%t)")),
            Map.entry("instr", new CallForm(2, 2, "strpos((%0)::text, (%1)::text)")),
            Map.entry("trim", new CallForm(1, 2, "btrim((%0)::text)", "btrim((%0)::text, (%1)::text)")),
            Map.entry("ltrim", new CallForm(1, 2, "ltrim((%0)::text)", "ltrim((%0)::text, (%1)::text)")),
            Map.entry("rtrim", new CallForm(1, 2, "rtrim((%0)::text)", "rtrim((%0)::text, (%1)::text)")),
            Map.entry("unicode", new CallForm(1, 1, "nullif(ascii((%0)::text), 0)")),
            Map.entry("upper", new CallForm(1, 1, "translate((%0)::text, '" + LOWER + "', '" + UPPER + "')")),
            Map.entry("lower", new CallForm(1, 1, "translate((%0)::text, '" + UPPER + "', '" + LOWER + "')")),
            Map.entry("round", new CallForm(1, 2, "round(((%0)::float8)::numeric)::float8",
                    "round(((%0)::float8)::numeric, (%1)::integer)::float8")),
            Map.entry("sign", new CallForm(1, 1, "sign((%0)::float8)::bigint")),
            Map.entry("zeroblob", new CallForm(1, 1, "nana.zeroblob((%0)::bigint)")),
            Map.entry("randomblob", new CallForm(1, 1, "nana.randomblob((%0)::bigint)")),
            Map.entry("random", new CallForm(0, 0, "nana.random()")),
            Map.entry("likely", new CallForm(1, 1, "(%0)")),
            Map.entry("unlikely", new CallForm(1, 1, "(%0)")),
            Map.entry("likelihood", new CallForm(2, 2, "(%0)")));

    @Override
    public String id() {
        return "string-functions";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        for (String function : s.functions()) {
            if (FORMS.containsKey(function) || function.equals("char") || function.equals("printf")
                    || function.equals("format")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String function = FunctionName.calledAt(s, i);
            if (function == null) {
                continue;
            }
            List<Expressions.Range> arguments = Expressions.arguments(s, i + 1);
            CallForm form = FORMS.get(function);
            if (function.equals("char")) {
                edits.add(Edit.replace(i, s.closing(i + 1), chars(arguments)));
            } else if ((function.equals("printf") || function.equals("format")) && !arguments.isEmpty()) {
                edits.add(Edit.replace(i, s.closing(i + 1), printf(arguments)));
            } else if (form != null && form.takes(arguments)) {
                edits.add(Edit.replace(i, s.closing(i + 1), form.write(s, arguments)));
            }
        }
        return RuleOutcome.edits(edits);
    }

    /** {@code printf(format, a, ...)}: the format and each value as text, as nana.printf reads them. */
    private static Edit.Part[] printf(List<Expressions.Range> arguments) {
        List<Edit.Part> parts = new ArrayList<>(List.of(Edit.text("nana.printf(("),
                Edit.tokens(arguments.get(0).first(), arguments.get(0).last()), Edit.text(")::text, VARIADIC ")));
        parts.addAll(FunctionName.castArray(arguments, 1, "text"));
        parts.add(Edit.text(")"));
        return parts.toArray(Edit.Part[]::new);
    }

    /** {@code char(a, b, ...)}: any number of code points, none giving the empty string. */
    private static Edit.Part[] chars(List<Expressions.Range> arguments) {
        List<Edit.Part> parts = new ArrayList<>(List.of(Edit.text("nana.char(VARIADIC ")));
        parts.addAll(FunctionName.castArray(arguments, 0, "bigint"));
        parts.add(Edit.text(")"));
        return parts.toArray(Edit.Part[]::new);
    }
}
