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
    /**
     * SQLite's name, the arities it takes, and how each call is written: {@code %0}, {@code %1}... the arguments;
     * {@code %t} the first one given a type where it has none (a string, NULL; pgjdbc types each parameter), as
     * nana's functions of any type cannot take an untyped value.
     */
    private record Form(int minimum, int maximum, String... templates) {
    }

    /** SQLite's upper and lower change ASCII letters only. */
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final Map<String, Form> FORMS = Map.ofEntries(
            Map.entry("substr", new Form(2, 3, "nana.substr(%t, (%1)::bigint)", "nana.substr(%t, (%1)::bigint, (%2)::bigint)")),
            Map.entry("substring", new Form(2, 3, "nana.substr(%t, (%1)::bigint)", "nana.substr(%t, (%1)::bigint, (%2)::bigint)")),
            Map.entry("length", new Form(1, 1, "nana.length(%t)")),
            Map.entry("hex", new Form(1, 1, "nana.hex(%t)")),
            Map.entry("quote", new Form(1, 1, "nana.quote(%t)")),
            Map.entry("instr", new Form(2, 2, "strpos((%0)::text, (%1)::text)")),
            Map.entry("trim", new Form(1, 2, "btrim((%0)::text)", "btrim((%0)::text, (%1)::text)")),
            Map.entry("ltrim", new Form(1, 2, "ltrim((%0)::text)", "ltrim((%0)::text, (%1)::text)")),
            Map.entry("rtrim", new Form(1, 2, "rtrim((%0)::text)", "rtrim((%0)::text, (%1)::text)")),
            Map.entry("unicode", new Form(1, 1, "nullif(ascii((%0)::text), 0)")),
            Map.entry("upper", new Form(1, 1, "translate((%0)::text, '" + LOWER + "', '" + UPPER + "')")),
            Map.entry("lower", new Form(1, 1, "translate((%0)::text, '" + UPPER + "', '" + LOWER + "')")),
            Map.entry("round", new Form(1, 2, "round(((%0)::float8)::numeric)::float8",
                    "round(((%0)::float8)::numeric, (%1)::integer)::float8")),
            Map.entry("sign", new Form(1, 1, "sign((%0)::float8)::bigint")),
            Map.entry("zeroblob", new Form(1, 1, "nana.zeroblob((%0)::bigint)")),
            Map.entry("randomblob", new Form(1, 1, "nana.randomblob((%0)::bigint)")),
            Map.entry("random", new Form(0, 0, "nana.random()")),
            Map.entry("likely", new Form(1, 1, "(%0)")),
            Map.entry("unlikely", new Form(1, 1, "(%0)")),
            Map.entry("likelihood", new Form(2, 2, "(%0)")));

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
            Form form = FORMS.get(function);
            if (function.equals("char")) {
                edits.add(Edit.replace(i, s.closing(i + 1), chars(arguments)));
            } else if ((function.equals("printf") || function.equals("format")) && !arguments.isEmpty()) {
                edits.add(Edit.replace(i, s.closing(i + 1), printf(arguments)));
            } else if (form != null && arguments.size() >= form.minimum() && arguments.size() <= form.maximum()) {
                edits.add(Edit.replace(i, s.closing(i + 1),
                        call(s, form.templates()[arguments.size() - form.minimum()], arguments)));
            }
        }
        return RuleOutcome.edits(edits);
    }

    /** {@code template} with each {@code %n} the tokens of argument n (what other rules made of them included). */
    private static Edit.Part[] call(StatementTokens s, String template, List<Expressions.Range> arguments) {
        List<Edit.Part> parts = new ArrayList<>();
        int from = 0;
        for (int at = template.indexOf('%'); at >= 0; at = template.indexOf('%', from)) {
            parts.add(Edit.text(template.substring(from, at)));
            boolean typed = template.charAt(at + 1) == 't';
            Expressions.Range argument = arguments.get(typed ? 0 : template.charAt(at + 1) - '0');
            boolean untyped = typed && argument.first() == argument.last()
                    && (s.is(argument.first(), TokenType.STRING) || s.is(argument.first(), Keyword.NULL));
            parts.add(Edit.text(untyped ? "(" : ""));
            parts.add(Edit.tokens(argument.first(), argument.last()));
            parts.add(Edit.text(untyped ? ")::text" : ""));
            from = at + 2;
        }
        parts.add(Edit.text(template.substring(from)));
        return parts.toArray(Edit.Part[]::new);
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
