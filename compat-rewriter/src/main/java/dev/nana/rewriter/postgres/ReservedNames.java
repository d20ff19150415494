package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Ascii;
import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * Words that SQLite reads as names and PostgreSQL reserves: {@code CREATE TABLE user(...)} fails there, and
 * {@code SELECT user FROM t} would give the session's role instead of the column. Such a bare name is written quoted
 * (in lower case, as {@link QuotedIdentifier} writes every name).
 */
final class ReservedNames implements Rule {
    /** PostgreSQL's reserved key words (its manual's appendix C) that are not SQLite's. */
    private static final List<String> RESERVED = List.of("analyse", "any", "array", "asymmetric", "authorization",
            "binary", "both", "collation", "concurrently", "current_catalog", "current_role", "current_schema",
            "current_user", "fetch", "freeze", "grant", "ilike", "lateral", "leading", "localtime", "localtimestamp",
            "only", "overlaps", "placing", "session_user", "similar", "some", "symmetric", "system_user",
            "tablesample", "trailing", "user", "variadic", "verbose");

    @Override
    public String id() {
        return "reserved-names";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.anyToken(i -> isReserved(s, i));
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (isReserved(s, i)) {
                edits.add(Edit.replace(i, i, Edit.text(Identifiers.quoted(Ascii.toLowerCase(s.text(i))))));
            }
        }
        return RuleOutcome.edits(edits);
    }

    /** Compared in place, without a lower-case copy: every statement's names pass here once, on a plan miss. */
    private static boolean isReserved(StatementTokens s, int i) {
        if (!s.is(i, TokenType.WORD) || s.keyword(i) != null) {
            return false;
        }
        for (String word : RESERVED) {
            if (s.isIdentifier(i, word)) {
                return true;
            }
        }
        return false;
    }
}
