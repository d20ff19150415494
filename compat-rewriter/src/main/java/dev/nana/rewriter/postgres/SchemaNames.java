package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite's names for the connection's own databases: {@code main.t} is the table of the current schema, written
 * {@code t}, and {@code temp.t} the session's temporary one, PostgreSQL's {@code pg_temp.t}. Another schema name is
 * PostgreSQL's own (ATTACH has no PostgreSQL counterpart: rule {@code database-files}); the catalogue tables are rule
 * {@code catalog-tables}'.
 */
final class SchemaNames implements Rule {
    @Override
    public String id() {
        return "schema-names";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.anyToken(i -> isQualifier(s, i));
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!isQualifier(s, i) || CatalogTables.view(s, i + 2) != null) {
                continue;
            }
            edits.add(s.isIdentifier(i, "main") ? Edit.replace(i, i + 2, Edit.tokens(i + 2, i + 2))
                    : Edit.replace(i, i, Edit.text("pg_temp")));
        }
        return RuleOutcome.edits(edits);
    }

    /** {@code main} or {@code temp} before a dot and a name, not itself after a dot. */
    static boolean isQualifier(StatementTokens s, int i) {
        return (s.isIdentifier(i, "main") || s.isIdentifier(i, "temp")) && s.is(i + 1, TokenType.DOT)
                && (s.is(i + 2, TokenType.WORD) || s.is(i + 2, TokenType.QUOTED_ID)) && !s.is(i - 1, TokenType.DOT);
    }
}
