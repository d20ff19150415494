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
 * ALTER TABLE changes the records of {@link CatalogRecord} as SQLite changes sqlite_master, in the same {@code DO}
 * block as the change itself: RENAME TO writes the new name quoted ({@code CREATE TABLE "u"(...)}) in the table's
 * record and wherever its schema's records name the table; RENAME COLUMN writes the new name quoted in the table's
 * record, its indexes' and the REFERENCES that name the column; ADD COLUMN writes the definition as written after
 * the last column's; DROP COLUMN takes the definition out. The server edits the text
 * ({@code nana.ddl_renamed}, {@code nana.ddl_column_added}, {@code nana.ddl_column_dropped}), since only it has the
 * records.
 */
final class AlterTableRecord implements Rule {
    @Override
    public String id() {
        return "alter-table-record";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.kind() == StatementKind.ALTER && s.has(Keyword.TABLE);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        if (!s.is(0, Keyword.ALTER) || !s.is(1, Keyword.TABLE)) {
            return RuleOutcome.unchanged();
        }
        int nameLast = s.is(3, TokenType.DOT) ? 4 : 2;
        String record = record(s, nameLast);
        if (record == null) {
            return nameLast + 1 < s.size() ? RuleOutcome.refused(id(), "ALTER TABLE ... " + s.text(nameLast + 1)
                    + " is not SQLite's; PostgreSQL would run it") : RuleOutcome.unchanged();
        }
        String tag = Identifiers.dollarQuote(s.sql(), "nana");
        String table = Identifiers.literal(Identifiers.qualified(s, 2, nameLast));
        return RuleOutcome.edits(List.of(
                Edit.replace(0, 0, Edit.text("DO " + tag + " DECLARE altered oid := to_regclass(" + table
                        + "); BEGIN "), Edit.tokens(0, 0)),
                Edit.insertAfter(s.size() - 1, "; PERFORM " + record + "; END " + tag)));
    }

    /** The call that changes the records for the action after the table's name, or null for none SQLite has. */
    private static String record(StatementTokens s, int nameLast) {
        int action = nameLast + 1;
        int last = s.size() - 1;
        boolean column = s.is(action + 1, Keyword.COLUMN);
        int name = column ? action + 2 : action + 1;
        if (s.is(action, Keyword.RENAME) && s.is(action + 1, Keyword.TO) && action + 2 == last) {
            return NanaSchema.DDL_RENAMED + "(altered, " + Identifiers.literal(CatalogRecord.written(s, nameLast))
                    + ", " + Identifiers.literal(CatalogRecord.written(s, last)) + ", false)";
        }
        if (s.is(action, Keyword.RENAME) && s.is(name + 1, Keyword.TO) && name + 2 == last) {
            return NanaSchema.DDL_RENAMED + "(altered, " + Identifiers.literal(CatalogRecord.written(s, name))
                    + ", " + Identifiers.literal(CatalogRecord.written(s, last)) + ", true)";
        }
        if (s.is(action, Keyword.ADD) && name <= last) {
            return NanaSchema.DDL_COLUMN_ADDED + "(altered, " + Identifiers.literal(s.text(name, last)) + ", "
                    + CatalogRecord.column(s, name, last) + ")";
        }
        if (s.is(action, Keyword.DROP) && name == last) {
            return NanaSchema.DDL_COLUMN_DROPPED + "(altered, " + Identifiers.literal(CatalogRecord.written(s, name))
                    + ")";
        }
        return null;
    }
}
