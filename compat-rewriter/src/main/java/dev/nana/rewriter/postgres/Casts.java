package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * {@code CAST(x AS type)} converts as SQLite does, by the type's affinity ({@link DeclaredTypes}): to INTEGER a real
 * is truncated toward zero (PostgreSQL rounds: {@code CAST(3.7 AS INTEGER)} would be 4) and clamped to 64 bits, text
 * gives its longest integer prefix or 0 ({@code '12abc'} is 12, PostgreSQL fails); to REAL text gives its longest
 * real prefix or 0.0; to NUMERIC an integral value is an integer and another a real; to BLOB the text's bytes. Each
 * is a function of nana's with one version per argument type; to TEXT a real is written as SQLite writes it
 * ({@code 2.0}, {@code 1.0e+20}), a blob's bytes are read as text.
 */
final class Casts implements Rule {
    @Override
    public String id() {
        return "casts";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.CAST);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.is(i, Keyword.CAST) || !s.is(i + 1, TokenType.LPAREN)) {
                continue;
            }
            int close = s.closing(i + 1);
            int as = typeStart(s, i + 2, close);
            if (as < 0) {
                continue;
            }
            String function = function(s.text(as + 1, close - 1).toUpperCase(Locale.ROOT));
            edits.add(Edit.replace(i, close, Edit.text(function + "("), Edit.tokens(i + 2, as - 1), Edit.text(")")));
        }
        return RuleOutcome.edits(edits);
    }

    /** The AS of the cast whose operand starts at {@code from} and whose parenthesis closes at {@code close}. */
    private static int typeStart(StatementTokens s, int from, int close) {
        for (int i = from; i < close; i = Expressions.skip(s, i)) {
            if (s.is(i, Keyword.AS)) {
                return i > from && i < close - 1 ? i : -1;
            }
        }
        return -1;
    }

    /** SQLite's affinity of the type name, in its rules' order. */
    private static String function(String type) {
        if (type.contains("INT")) {
            return NanaSchema.CAST_INTEGER;
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return NanaSchema.CAST_TEXT;
        }
        if (type.contains("BLOB")) {
            return NanaSchema.CAST_BLOB;
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return NanaSchema.CAST_REAL;
        }
        return NanaSchema.CAST_NUMERIC;
    }
}
