package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;

/**
 * SQLite's LIKE folds ASCII letters only and has no escape character unless ESCAPE names one; PostgreSQL's folds
 * none and escapes with a backslash. {@code x LIKE p} becomes {@code x::text OPERATOR(nana.~~) nana.like_pattern(p)}:
 * nana's operator compares with ASCII letters folded ({@link NanaSchema}), and the pattern function writes SQLite's
 * pattern (and ESCAPE character) as PostgreSQL reads it. GLOB, case-sensitive with {@code * ? [...]}, becomes a
 * regular expression match, {@code x::text COLLATE "C" ~ nana.glob_pattern(p)}. The operand is compared as text, as in SQLite
 * ({@code 123 LIKE '1%'}). The function forms {@code like(p, x[, e])} and {@code glob(p, x)} too.
 */
final class LikeGlob implements Rule {
    @Override
    public String id() {
        return "like-glob";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(Keyword.LIKE) || s.has(Keyword.GLOB) || s.calls("like") || s.calls("glob");
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            boolean like = s.is(i, Keyword.LIKE);
            boolean negated = s.is(i - 1, Keyword.NOT);
            if ((like || s.is(i, Keyword.GLOB)) && Expressions.endsOperand(s, negated ? i - 2 : i - 1)) {
                int patternEnd = Expressions.operandEnd(s, i + 1);
                if (patternEnd == i + 1) {
                    continue; // no operand: PostgreSQL reports the syntax error
                }
                int last = patternEnd - 1;
                Edit.Part escape = null;
                if (like && s.is(patternEnd, Keyword.ESCAPE)) {
                    int escapeEnd = Expressions.operandEnd(s, patternEnd + 1);
                    escape = Edit.tokens(patternEnd + 1, escapeEnd - 1);
                    last = escapeEnd - 1;
                }
                edits.add(Edit.replace(negated ? i - 1 : i, last,
                        matching(like, negated, Edit.tokens(i + 1, patternEnd - 1), escape)));
            }
        }
        for (int i = 0; i < s.size(); i++) {
            boolean like = FunctionName.isCall(s, i, "like");
            if (!like && !FunctionName.isCall(s, i, "glob") || Expressions.endsOperand(s, i - 1)) {
                continue; // not a call, or the operator with a parenthesised pattern
            }
            List<Expressions.Range> arguments = Expressions.arguments(s, i + 1);
            if (arguments.size() != 2 && !(like && arguments.size() == 3)) {
                continue; // SQLite refuses other arities; so does PostgreSQL, which has no such function
            }
            List<Edit.Part> parts = new ArrayList<>();
            parts.add(Edit.text("(("));
            parts.add(Edit.tokens(arguments.get(1).first(), arguments.get(1).last()));
            parts.add(Edit.text(")"));
            parts.addAll(List.of(matching(like, false, Edit.tokens(arguments.get(0).first(), arguments.get(0).last()),
                    arguments.size() == 3 ? Edit.tokens(arguments.get(2).first(), arguments.get(2).last()) : null)));
            parts.add(Edit.text(")"));
            edits.add(Edit.replace(i, s.closing(i + 1), parts.toArray(Edit.Part[]::new)));
        }
        return RuleOutcome.edits(edits);
    }

    /** What follows the left operand: the cast to text, the operator and the pattern. */
    private static Edit.Part[] matching(boolean like, boolean negated, Edit.Part pattern, Edit.Part escape) {
        String operator = like ? (negated ? "OPERATOR(nana.!~~)" : "OPERATOR(nana.~~)") : negated ? "!~" : "~";
        // GLOB in byte order: PostgreSQL's regular expressions refuse a nondeterministic collation (nana.nocase).
        String operand = like ? "::text " : "::text COLLATE \"C\" ";
        List<Edit.Part> parts = new ArrayList<>(List.of(Edit.text(operand + operator + " nana."
                + (like ? "like" : "glob") + "_pattern(("), pattern, Edit.text(")::text")));
        if (escape != null) {
            parts.add(Edit.text(", ("));
            parts.add(escape);
            parts.add(Edit.text(")::text"));
        }
        parts.add(Edit.text(")"));
        return parts.toArray(Edit.Part[]::new);
    }
}
