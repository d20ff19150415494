package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * How a call of one of SQLite's functions is written for PostgreSQL, by its number of arguments: the arities it
 * takes and one template per arity, in which {@code %0}, {@code %1}... are the arguments, {@code %t} the first one
 * given a type where it has none (a string, NULL; pgjdbc types each parameter), as nana's functions of any type
 * cannot take an untyped value, and {@code %*} all of them as written.
 */
record CallForm(int minimum, int maximum, String... templates) {
    /** Any number of arguments, all written by the one template ({@code %*}). */
    static CallForm anyArity(String template) {
        return new CallForm(0, Integer.MAX_VALUE, template);
    }

    /** Whether a call with {@code arguments} has a template here. */
    boolean takes(List<Expressions.Range> arguments) {
        return arguments.size() >= minimum && arguments.size() <= maximum;
    }

    /** The call's replacement, what other rules made of its arguments included. */
    Edit.Part[] write(StatementTokens s, List<Expressions.Range> arguments) {
        String template = templates.length == 1 ? templates[0] : templates[arguments.size() - minimum];
        List<Edit.Part> parts = new ArrayList<>();
        int from = 0;
        for (int at = template.indexOf('%'); at >= 0; at = template.indexOf('%', from)) {
            parts.add(Edit.text(template.substring(from, at)));
            char which = template.charAt(at + 1);
            if (which == '*') {
                if (!arguments.isEmpty()) {
                    parts.add(Edit.tokens(arguments.get(0).first(), arguments.get(arguments.size() - 1).last()));
                }
            } else {
                Expressions.Range argument = arguments.get(which == 't' ? 0 : which - '0');
                boolean untyped = which == 't' && argument.first() == argument.last()
                        && (s.is(argument.first(), TokenType.STRING) || s.is(argument.first(), Keyword.NULL));
                parts.add(Edit.text(untyped ? "(" : ""));
                parts.add(Edit.tokens(argument.first(), argument.last()));
                parts.add(Edit.text(untyped ? ")::text" : ""));
            }
            from = at + 2;
        }
        parts.add(Edit.text(template.substring(from)));
        return parts.toArray(Edit.Part[]::new);
    }
}
