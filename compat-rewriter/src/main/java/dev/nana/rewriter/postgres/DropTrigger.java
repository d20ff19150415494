package dev.nana.rewriter.postgres;

import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite's {@code DROP TRIGGER [IF EXISTS] name} names no table, PostgreSQL's needs one: {@code nana.drop_trigger}
 * finds the trigger of that name that nana created ({@link CreateTrigger}) in the current or the temporary schema,
 * drops it and its function, or fails as SQLite does ({@code no such trigger}).
 */
final class DropTrigger implements Rule {
    @Override
    public String id() {
        return "drop-trigger";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.kind() == StatementKind.DROP && s.has(Keyword.TRIGGER);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        if (!s.is(0, Keyword.DROP) || !s.is(1, Keyword.TRIGGER)) {
            return RuleOutcome.unchanged();
        }
        boolean ifExists = s.is(2, Keyword.IF) && s.is(3, Keyword.EXISTS);
        int first = ifExists ? 4 : 2;
        int last = s.is(first + 1, TokenType.DOT) ? first + 2 : first;
        if (last != s.size() - 1) {
            return RuleOutcome.unchanged(); // malformed: SQLite's error stands
        }
        return RuleOutcome.edits(List.of(Edit.replace(0, last, Edit.text("CALL " + NanaSchema.DROP_TRIGGER + "("
                + Identifiers.literal(Identifiers.stored(s, last)) + ", " + ifExists + ")"))));
    }
}
