package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.nana.rewriter.Ascii;
import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite's catalogue tables are nana's views of the same facts ({@link NanaSchema}): {@code sqlite_master} (and
 * {@code sqlite_schema}) lists the tables, indexes and views of the current schema with their DDL as written,
 * {@code sqlite_temp_master} (and {@code sqlite_temp_schema}, {@code temp.sqlite_master}) the session's temporary
 * ones, and {@code sqlite_sequence} the AUTOINCREMENT records, which UPDATE and DELETE reset through the view's
 * trigger; {@code pragma_table_info('t')} is nana's function of PRAGMA table_info. {@code main.} names the same
 * tables; another schema's are left as written.
 */
final class CatalogTables implements Rule {
    private static final Map<String, String> VIEWS = Map.of(
            "sqlite_master", NanaSchema.MASTER_VIEW,
            "sqlite_schema", NanaSchema.MASTER_VIEW,
            "sqlite_temp_master", NanaSchema.TEMP_MASTER_VIEW,
            "sqlite_temp_schema", NanaSchema.TEMP_MASTER_VIEW,
            "sqlite_sequence", NanaSchema.SEQUENCE_VIEW);
    /** PRAGMA table_info as a table-valued function, {@code SELECT name FROM pragma_table_info('t')}. */
    private static final String TABLE_INFO_FUNCTION = "pragma_table_info";

    @Override
    public String id() {
        return "catalog-tables";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        if (s.calls(TABLE_INFO_FUNCTION)) {
            return true;
        }
        return s.anyToken(i -> view(s, i) != null);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (FunctionName.isCall(s, i, TABLE_INFO_FUNCTION)) {
                edits.add(Edit.replace(i, i, Edit.text(NanaSchema.TABLE_INFO)));
                continue;
            }
            String view = view(s, i);
            if (view == null || s.is(i + 1, TokenType.LPAREN)) {
                continue;
            }
            if (!s.is(i - 1, TokenType.DOT)) {
                edits.add(Edit.replace(i, i, Edit.text(view)));
            } else if (i >= 2 && !s.is(i - 3, TokenType.DOT) && (s.isIdentifier(i - 2, "main")
                    || s.isIdentifier(i - 2, "temp") && view.equals(NanaSchema.MASTER_VIEW))) {
                String qualified = s.isIdentifier(i - 2, "temp") ? NanaSchema.TEMP_MASTER_VIEW : view;
                edits.add(Edit.replace(i - 2, i, Edit.text(qualified)));
            }
        }
        return RuleOutcome.edits(edits);
    }

    /** The view for the catalogue table that token {@code i} names, or null. */
    static String view(StatementTokens s, int i) {
        TokenType type = s.type(i);
        if (type != TokenType.WORD && type != TokenType.QUOTED_ID) {
            return null;
        }
        String name = type == TokenType.QUOTED_ID ? s.unquoted(i) : s.text(i);
        return name.length() < 13 || !name.regionMatches(true, 0, "sqlite_", 0, 7) ? null
                : VIEWS.get(Ascii.toLowerCase(name));
    }
}
