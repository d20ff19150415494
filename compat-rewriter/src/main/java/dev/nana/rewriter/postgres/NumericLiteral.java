package dev.nana.rewriter.postgres;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * Numbers as SQLite reads them. PostgreSQL 15 reads {@code 0x1F} and {@code 1_000} as trailing junk:
 * hexadecimal becomes decimal (a 64-bit two's complement, so {@code 0xFFFFFFFFFFFFFFFF} is {@code (-1)}) and digit
 * separators go. A literal with a point or an exponent, or an integer too big for 64 bits, is REAL in SQLite and
 * numeric in PostgreSQL ({@code 0.1 + 0.2} is exactly 0.3 there): it gets {@code ::float8}.
 */
final class NumericLiteral implements Rule {
    private static final BigInteger INT64_LIMIT = BigInteger.ONE.shiftLeft(63);

    @Override
    public String id() {
        return "numeric-literal";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.has(TokenType.NUMBER);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.is(i, TokenType.NUMBER)) {
                continue;
            }
            String text = s.text(i);
            String digits = text.replace("_", "");
            String replacement;
            if (digits.length() > 2 && (digits.charAt(1) == 'x' || digits.charAt(1) == 'X')) {
                if (digits.length() - 2 > 16 && !digits.substring(2, digits.length() - 16).matches("0*")) {
                    return RuleOutcome.refused(id(), "hex literal " + text + " is too big: SQLite refuses it too");
                }
                replacement = decimal(Long.parseUnsignedLong(digits.substring(2), 16));
            } else if (isReal(digits, s.isOperator(i - 1, "-"))) {
                replacement = digits + "::float8";
            } else {
                replacement = digits;
            }
            if (!replacement.equals(text)) {
                edits.add(Edit.replace(i, i, Edit.text(replacement)));
            }
        }
        return RuleOutcome.edits(edits);
    }

    /** In parentheses when negative: after a minus, {@code --1} would start a comment. */
    private static String decimal(long value) {
        if (value == Long.MIN_VALUE) {
            return "(-9223372036854775807-1)";
        }
        return value < 0 ? "(" + value + ")" : Long.toString(value);
    }

    /** Point or exponent; or beyond 64 bits (2^63 after a minus is SQLite's smallest integer). */
    private static boolean isReal(String digits, boolean negated) {
        if (digits.indexOf('.') >= 0 || digits.indexOf('e') >= 0 || digits.indexOf('E') >= 0) {
            return true;
        }
        if (digits.length() < 19) {
            return false;
        }
        int compared = new BigInteger(digits).compareTo(INT64_LIMIT);
        return compared > 0 || (compared == 0 && !negated);
    }
}
