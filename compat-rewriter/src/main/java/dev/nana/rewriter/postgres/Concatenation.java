package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite's {@code a || b} writes each operand as text the SQLite way (a real as {@code 2.0}, a blob's bytes as text)
 * and binds tighter than any other binary operator, where PostgreSQL writes {@code 2} and {@code \x41}, concatenates
 * two blobs into a blob, and reads {@code 'a' || 1 + 2} as {@code 'a' || 3}: a chain of concatenations becomes
 * {@code (nana.cast_text(a) || nana.cast_text(b) ...)}.
 */
final class Concatenation implements Rule {
    @Override
    public String id() {
        return "concatenation";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.anyToken(i -> s.isOperator(i, "||"));
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        chains(s, 0, s.size(), edits);
        return RuleOutcome.edits(edits);
    }

    /** Edits each chain of concatenations in tokens {@code from..to-1}, and the chains inside its operands. */
    private static void chains(StatementTokens s, int from, int to, List<Edit> edits) {
        for (int i = from; i < to; i++) {
            if (i > 0 && (s.is(i - 1, TokenType.DOT) || s.is(i, TokenType.OPERATOR) && Expressions.endsOperand(s, i - 1))) {
                continue; // the middle of a name, or a binary operator
            }
            int end = Expressions.concatenandEnd(s, i);
            if (end == i || end >= to || !s.isOperator(end, "||")) {
                continue;
            }
            List<Expressions.Range> operands = new ArrayList<>(List.of(new Expressions.Range(i, end - 1)));
            while (end < to && s.isOperator(end, "||")) {
                int next = Expressions.concatenandEnd(s, end + 1);
                if (next == end + 1 || next > to) {
                    return; // an operand missing: the server's syntax error stands
                }
                operands.add(new Expressions.Range(end + 1, next - 1));
                end = next;
            }
            List<Edit.Part> parts = new ArrayList<>();
            for (Expressions.Range operand : operands) {
                parts.add(Edit.text((parts.isEmpty() ? "(" : " || ") + NanaSchema.CAST_TEXT + "("));
                parts.add(Edit.tokens(operand.first(), operand.last()));
                parts.add(Edit.text(")"));
            }
            parts.add(Edit.text(")"));
            edits.add(Edit.replace(i, end - 1, parts.toArray(Edit.Part[]::new)));
            for (Expressions.Range operand : operands) {
                chains(s, operand.first(), operand.last() + 1, edits);
            }
            i = end - 1;
        }
    }
}
