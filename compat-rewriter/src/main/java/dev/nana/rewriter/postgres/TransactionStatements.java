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
 * SQLite's transaction statements in the one PostgreSQL form each has: {@code BEGIN}, {@code COMMIT},
 * {@code ROLLBACK}, {@code SAVEPOINT "n"}, {@code RELEASE SAVEPOINT "n"}, {@code ROLLBACK TO SAVEPOINT "n"}.
 * {@code DEFERRED}, {@code IMMEDIATE} and {@code EXCLUSIVE} choose when SQLite takes its file lock; the server locks
 * rows as they are written, so they go. {@code END} is COMMIT, and a transaction's name (SQLite ignores it) goes.
 * SQLite compares savepoint names ignoring ASCII case, quoted or not, so the name is written quoted in lower case:
 * PostgreSQL would keep the case of a quoted name. What SQLite's grammar refuses is refused, as PostgreSQL would
 * accept some of it ({@code BEGIN ISOLATION LEVEL ...}). The driver reads these forms to run the statements with
 * SQLite's rules (a SAVEPOINT outside a transaction begins one, a nested BEGIN fails).
 */
final class TransactionStatements implements Rule {
    @Override
    public String id() {
        return "transaction-statements";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.kind().controlsTransaction();
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        String canonical = canonical(s);
        if (canonical == null) {
            return RuleOutcome.refused(id(), "'" + s.sql().strip() + "' is not a transaction statement SQLite"
                    + " runs (BEGIN [DEFERRED|IMMEDIATE|EXCLUSIVE] [TRANSACTION], COMMIT, END, ROLLBACK [TO name],"
                    + " SAVEPOINT name, RELEASE name)");
        }
        return RuleOutcome.edits(List.of(Edit.replace(0, s.size() - 1, Edit.text(canonical))));
    }

    /** The PostgreSQL form, or null when SQLite's grammar refuses the statement. */
    private static String canonical(StatementTokens s) {
        int i = 1;
        StatementKind kind = s.kind();
        if (kind == StatementKind.BEGIN && (s.is(i, Keyword.DEFERRED) || s.is(i, Keyword.IMMEDIATE)
                || s.is(i, Keyword.EXCLUSIVE))) {
            i++;
        }
        if (kind == StatementKind.SAVEPOINT) {
            return isName(s, i) && i == s.size() - 1 ? "SAVEPOINT " + name(s, i) : null;
        }
        if (kind == StatementKind.RELEASE) {
            i += s.is(i, Keyword.SAVEPOINT) ? 1 : 0;
            return isName(s, i) && i == s.size() - 1 ? "RELEASE SAVEPOINT " + name(s, i) : null;
        }
        if (s.is(i, Keyword.TRANSACTION)) {
            i++;
            if (isName(s, i) && !s.is(i, Keyword.TO)) {
                i++;
            }
        }
        if (kind == StatementKind.ROLLBACK && s.is(i, Keyword.TO)) {
            i += s.is(i + 1, Keyword.SAVEPOINT) ? 2 : 1;
            return isName(s, i) && i == s.size() - 1 ? "ROLLBACK TO SAVEPOINT " + name(s, i) : null;
        }
        if (i != s.size()) {
            return null;
        }
        return kind == StatementKind.BEGIN ? "BEGIN" : kind == StatementKind.COMMIT ? "COMMIT" : "ROLLBACK";
    }

    /** SQLite's {@code nm}: a name, quoted or not, or a string. */
    private static boolean isName(StatementTokens s, int i) {
        return i < s.size() && (s.is(i, TokenType.WORD) || s.is(i, TokenType.QUOTED_ID)
                || s.is(i, TokenType.STRING));
    }

    private static String name(StatementTokens s, int i) {
        StringBuilder name = new StringBuilder(s.unquoted(i));
        for (int c = 0; c < name.length(); c++) {
            char ch = name.charAt(c);
            if (ch >= 'A' && ch <= 'Z') {
                name.setCharAt(c, (char) (ch + ('a' - 'A')));
            }
        }
        return '"' + name.toString().replace("\"", "\"\"") + '"';
    }
}
