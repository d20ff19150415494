package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite's date and time functions ({@code date}, {@code time}, {@code datetime}, {@code julianday},
 * {@code unixepoch}, {@code strftime}) are nana's functions of the same names ({@link NanaSchema}), which read
 * SQLite's time values and modifiers and write its text: each argument as text in an array, so that a number (a
 * julian day, seconds with {@code 'unixepoch'}), a string and a parameter all pass. {@code CURRENT_TIMESTAMP},
 * {@code CURRENT_DATE} and {@code CURRENT_TIME} are SQLite's UTC text too, except as the default of a column that
 * PostgreSQL types as a date or time, where its own value is what the column holds.
 */
final class DateTime implements Rule {
    private static final Set<String> FUNCTIONS = Set.of("date", "time", "datetime", "julianday", "unixepoch",
            "strftime");

    @Override
    public String id() {
        return "date-time";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        for (String function : FUNCTIONS) {
            if (s.calls(function)) {
                return true;
            }
        }
        return s.has(Keyword.CURRENT_TIMESTAMP) || s.has(Keyword.CURRENT_DATE) || s.has(Keyword.CURRENT_TIME);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String now = now(s, i);
            if (now != null) {
                if (!inDateTypedColumn(s, i)) {
                    edits.add(Edit.replace(i, i, Edit.text("(nana." + now + "(ARRAY['now']))")));
                }
                continue;
            }
            String function = FunctionName.calledAt(s, i);
            if (function == null || !FUNCTIONS.contains(function)) {
                continue;
            }
            List<Expressions.Range> arguments = Expressions.arguments(s, i + 1);
            boolean strftime = function.equals("strftime");
            if (strftime && arguments.isEmpty()) {
                continue; // SQLite refuses it, and so does PostgreSQL, which has no strftime
            }
            List<Edit.Part> parts = new ArrayList<>();
            parts.add(Edit.text("nana." + function + "("));
            int values = 0;
            if (strftime) {
                parts.add(Edit.text("("));
                parts.add(Edit.tokens(arguments.get(0).first(), arguments.get(0).last()));
                parts.add(Edit.text(")::text, "));
                values = 1;
            }
            if (values == arguments.size()) {
                parts.add(Edit.text("ARRAY['now']::text[]"));
            } else {
                parts.addAll(FunctionName.castArray(arguments, values, "text"));
            }
            parts.add(Edit.text(")"));
            edits.add(Edit.replace(i, s.closing(i + 1), parts.toArray(Edit.Part[]::new)));
        }
        return RuleOutcome.edits(edits);
    }

    /** The function that {@code CURRENT_TIMESTAMP}, {@code CURRENT_DATE} or {@code CURRENT_TIME} at {@code i} is. */
    private static String now(StatementTokens s, int i) {
        Keyword keyword = s.keyword(i);
        return keyword == Keyword.CURRENT_TIMESTAMP ? "datetime" : keyword == Keyword.CURRENT_DATE ? "date"
                : keyword == Keyword.CURRENT_TIME ? "time" : null;
    }

    /** Whether token {@code i} is in the definition of a column of CREATE TABLE that PostgreSQL types natively. */
    private static boolean inDateTypedColumn(StatementTokens s, int i) {
        if (s.kind() != StatementKind.CREATE || !s.has(Keyword.TABLE)) {
            return false;
        }
        int open = 0;
        while (open < s.size() && !s.is(open, TokenType.LPAREN)) {
            open++;
        }
        if (open == s.size()) {
            return false;
        }
        for (Expressions.Range definition : Expressions.arguments(s, open)) {
            if (definition.first() <= i && i <= definition.last() && DeclaredTypes.isColumn(s, definition.first())) {
                int typeLast = DeclaredTypes.typeLast(s, definition.first(), definition.last());
                String declared = typeLast > definition.first()
                        ? s.text(definition.first() + 1, typeLast).toUpperCase(Locale.ROOT) : "";
                return !declared.isEmpty() && DeclaredTypes.pgType(declared) == null;
            }
        }
        return false;
    }
}
