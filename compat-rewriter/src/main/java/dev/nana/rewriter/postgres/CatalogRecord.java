package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * A table, index or view is created together with the record of its name and DDL as SQLite keeps them in
 * sqlite_master's {@code name} and {@code sql}, in nana's table {@link NanaSchema#DDL}: the name as written, unquoted;
 * the text as written from the name on, after {@code CREATE [UNIQUE] TABLE|INDEX|VIEW} without TEMP, IF NOT EXISTS
 * and a schema name. Both run in one {@code DO} block, one statement and one transaction; {@link IntegerPrimaryKey}
 * appends its trigger inside it. An object that already existed (IF NOT EXISTS) keeps its record.
 */
final class CatalogRecord implements Rule {
    @Override
    public String id() {
        return "catalog-record";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.kind() == StatementKind.CREATE && (s.has(Keyword.TABLE) || s.has(Keyword.INDEX)
                || s.has(Keyword.VIEW)) && !s.has(Keyword.VIRTUAL);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        int i = 1;
        if (s.is(i, Keyword.TEMP) || s.is(i, Keyword.TEMPORARY)) {
            i++;
        }
        boolean unique = s.is(i, Keyword.UNIQUE);
        if (unique) {
            i++;
        }
        Keyword type = s.keyword(i);
        if (!s.is(0, Keyword.CREATE) || type != Keyword.TABLE && type != Keyword.INDEX && type != Keyword.VIEW) {
            return RuleOutcome.unchanged();
        }
        i++;
        int ifNotExists = s.is(i, Keyword.IF) && s.is(i + 1, Keyword.NOT) && s.is(i + 2, Keyword.EXISTS) ? i : -1;
        if (ifNotExists > 0) {
            i += 3;
        }
        int nameFirst = i;
        int nameLast = s.is(i + 1, TokenType.DOT) ? i + 2 : i;
        if (nameLast >= s.size() || type == Keyword.TABLE && isTableAsSelect(s, nameLast)) {
            return RuleOutcome.unchanged(); // malformed, or a table whose DDL SQLite derives: the view derives it too
        }
        String name = Identifiers.literal(Identifiers.qualified(s, nameFirst, nameLast));
        String sql = "CREATE " + (unique ? "UNIQUE " : "") + type.name() + " " + s.text(nameLast, s.size() - 1);
        String tag = Identifiers.dollarQuote(s.sql(), "nana");
        boolean view = type == Keyword.VIEW;
        List<Edit> edits = new ArrayList<>();
        if (view && ifNotExists > 0) {
            edits.add(Edit.delete(ifNotExists, ifNotExists + 2)); // PostgreSQL has no CREATE VIEW IF NOT EXISTS
        }
        edits.add(Edit.replace(0, 0, Edit.text("DO " + tag + " DECLARE existed boolean := to_regclass(" + name
                + ") IS NOT NULL; BEGIN " + (view ? "IF NOT existed THEN " : "")), Edit.tokens(0, 0)));
        String viewEnd = view ? "; " + readOnly(Identifiers.qualified(s, nameFirst, nameLast)) + " END IF" : "";
        edits.add(Edit.insertAfter(s.size() - 1, viewEnd + "; " + NanaSchema.STALE_DDL_DELETED
                + "; IF NOT existed THEN INSERT INTO " + NanaSchema.DDL + " VALUES (" + name + "::regclass, "
                + Identifiers.literal(written(s, nameLast)) + ", " + Identifiers.literal(sql) + ", "
                + (type == Keyword.TABLE ? columns(s, nameLast + 1) : "NULL")
                + ") ON CONFLICT (relid) DO UPDATE SET name = excluded.name, sql = excluded.sql, columns ="
                + " excluded.columns; END IF; END " + tag));
        return RuleOutcome.edits(edits);
    }

    /**
     * SQLite refuses to write to a view ("cannot modify v because it is a view") unless an INSTEAD OF trigger does
     * the writing; PostgreSQL writes through a simple view to its table. This trigger refuses as SQLite does, and
     * lets the row on to the application's INSTEAD OF trigger for the same event when there is one.
     */
    private static String readOnly(String view) {
        return "CREATE TRIGGER " + NanaSchema.VIEW_READ_ONLY_TRIGGER + " INSTEAD OF INSERT OR UPDATE OR DELETE ON "
                + view + " FOR EACH ROW EXECUTE FUNCTION " + NanaSchema.VIEW_READ_ONLY + "();";
    }

    /**
     * Each column's name, declared type and default as written, for PRAGMA table_info: {@code ARRAY[ARRAY[name,
     * type, default], ...]}, the type {@code ''} and the default NULL when there is none.
     */
    private static String columns(StatementTokens s, int open) {
        if (!s.is(open, TokenType.LPAREN)) {
            return "NULL";
        }
        StringBuilder array = new StringBuilder("ARRAY[");
        for (Expressions.Range definition : Expressions.arguments(s, open)) {
            int first = definition.first();
            if (!DeclaredTypes.isColumn(s, first)) {
                continue;
            }
            array.append(array.length() > 6 ? ", " : "").append(column(s, first, definition.last()));
        }
        return array.length() == 6 ? "NULL" : array.append("]::text[]").toString();
    }

    /** The column defined by tokens {@code first..last}: {@code ARRAY[name, type, default]}, as {@link #columns}. */
    static String column(StatementTokens s, int first, int last) {
        int typeLast = DeclaredTypes.typeLast(s, first, last);
        String declared = typeLast > first ? s.text(first + 1, typeLast) : "";
        String value = defaultValue(s, typeLast + 1, last);
        return "ARRAY[" + Identifiers.literal(written(s, first)) + ", " + Identifiers.literal(declared) + ", "
                + (value == null ? "NULL" : Identifiers.literal(value)) + "]";
    }

    /** The name token {@code i} as written, unquoted: SQLite's name of the object in sqlite_master. */
    static String written(StatementTokens s, int i) {
        return s.is(i, TokenType.QUOTED_ID) ? s.unquoted(i) : s.text(i);
    }

    /** The DEFAULT of a column definition's constraints {@code from..last} as written, or null. */
    private static String defaultValue(StatementTokens s, int from, int last) {
        for (int i = from; i < last; i++) {
            if (s.is(i, TokenType.LPAREN)) {
                i = s.closing(i);
            } else if (s.is(i, Keyword.DEFAULT)) {
                int end = s.is(i + 1, TokenType.LPAREN) ? s.closing(i + 1)
                        : s.isOperator(i + 1, "-") || s.isOperator(i + 1, "+") ? i + 2 : i + 1;
                return s.text(i + 1, end);
            }
        }
        return null;
    }

    private static boolean isTableAsSelect(StatementTokens s, int nameLast) {
        return s.is(nameLast + 1, Keyword.AS);
    }
}
