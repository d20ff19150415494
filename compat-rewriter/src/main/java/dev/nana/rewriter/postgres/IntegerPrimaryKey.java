package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.nana.rewriter.Edit;
import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * A column declared {@code INTEGER PRIMARY KEY} is SQLite's rowid: a row inserted without a key, or with NULL, gets
 * the largest key so far plus one, or with AUTOINCREMENT one more than the largest the table ever held. The table is
 * created together with a trigger that assigns that key and one that records it for last_insert_rowid()
 * ({@link NanaSchema}), appended inside the {@code DO} block that {@link CatalogRecord} makes of every CREATE TABLE,
 * so the statement stays one statement and one transaction. SQLite's exceptions are kept: {@code INTEGER PRIMARY KEY
 * DESC} on the column, another type name ({@code INT}, {@code BIGINT}) and {@code WITHOUT ROWID} tables make no
 * rowid, and need none on PostgreSQL (rule {@code table-options} drops {@code WITHOUT ROWID}); AUTOINCREMENT on them
 * is refused as SQLite refuses it.
 */
final class IntegerPrimaryKey implements Rule {
    /** The trigger's name, which PostgreSQL scopes to its table. */
    private static final String TRIGGER = "nana_rowid";
    private static final String RECORDED = "nana_rowid_inserted";

    @Override
    public String id() {
        return "integer-primary-key";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.kind() == StatementKind.CREATE && s.has(Keyword.TABLE) && s.has(Keyword.PRIMARY)
                && !s.has(Keyword.VIRTUAL);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        int nameFirst = s.mainStatement() + 1;
        if (s.is(nameFirst, Keyword.TEMP) || s.is(nameFirst, Keyword.TEMPORARY)) {
            nameFirst++;
        }
        if (!s.is(nameFirst, Keyword.TABLE)) {
            return RuleOutcome.unchanged();
        }
        nameFirst++;
        if (s.is(nameFirst, Keyword.IF) && s.is(nameFirst + 1, Keyword.NOT) && s.is(nameFirst + 2, Keyword.EXISTS)) {
            nameFirst += 3;
        }
        int open = nameFirst;
        while (open < s.size() && !s.is(open, TokenType.LPAREN)) {
            if (s.is(open, Keyword.AS)) {
                return RuleOutcome.unchanged();
            }
            open++;
        }
        List<Expressions.Range> definitions = open < s.size() ? Expressions.arguments(s, open) : null;
        if (definitions == null || open == nameFirst) {
            return RuleOutcome.unchanged(); // malformed: PostgreSQL reports it as SQLite would
        }
        boolean autoincrement = s.has(Keyword.AUTOINCREMENT);
        List<Edit> edits = sortOrdersDropped(s, definitions);
        for (int without = s.closing(open) + 1; without < s.size(); without++) {
            if (s.is(without, Keyword.WITHOUT) && s.isIdentifier(without + 1, "rowid")) {
                if (autoincrement) {
                    return RuleOutcome.refused(id(), "AUTOINCREMENT not allowed on WITHOUT ROWID tables");
                }
                return RuleOutcome.edits(edits); // no rowid; rule table-options drops the option
            }
        }
        int key = rowidColumn(s, definitions);
        if (key < 0) {
            return autoincrement ? RuleOutcome.refused(id(), "AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY")
                    : RuleOutcome.edits(edits);
        }
        String column = Identifiers.stored(s, key);
        String table = Identifiers.qualified(s, nameFirst, open - 1);
        String argument = "(" + Identifiers.literal(column) + ")";
        String trigger = "CREATE OR REPLACE TRIGGER " + TRIGGER + " BEFORE INSERT ON " + table + " FOR EACH ROW ";
        if (autoincrement) {
            for (int i = open; i < s.size(); i++) {
                if (s.is(i, Keyword.AUTOINCREMENT)) {
                    edits.add(Edit.delete(i, i));
                }
            }
            // Every insert runs it, as an explicit key moves the sequence too.
            trigger = NanaSchema.STALE_SEQUENCES_DELETED + "; " + trigger + "EXECUTE FUNCTION "
                    + NanaSchema.ASSIGN_AUTOINCREMENT + argument;
        } else {
            trigger += "WHEN (NEW." + Identifiers.quoted(column) + " IS NULL) EXECUTE FUNCTION "
                    + NanaSchema.ASSIGN_ROWID + argument;
        }
        // After the insert, so that a row ON CONFLICT DO NOTHING skipped is no last_insert_rowid().
        String recorded = "CREATE OR REPLACE TRIGGER " + RECORDED + " AFTER INSERT ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION " + NanaSchema.RECORD_ROWID + argument;
        edits.add(Edit.insertAfter(s.size() - 1, "; " + trigger + "; " + recorded));
        return RuleOutcome.edits(edits);
    }

    /**
     * The ASC or DESC of a primary key, which PostgreSQL does not take there: its index serves both orders, and
     * SQLite's own effect of DESC (no rowid) is decided before they are dropped.
     */
    private static List<Edit> sortOrdersDropped(StatementTokens s, List<Expressions.Range> definitions) {
        List<Edit> edits = new ArrayList<>();
        for (Expressions.Range definition : definitions) {
            int primary = primaryKey(s, definition);
            if (primary < 0) {
                continue;
            }
            List<Integer> orders = new ArrayList<>();
            if (DeclaredTypes.isColumn(s, definition.first())) {
                orders.add(primary + 2); // id INTEGER PRIMARY KEY DESC
            } else if (s.is(primary + 2, TokenType.LPAREN)) {
                for (Expressions.Range column : Expressions.arguments(s, primary + 2)) {
                    orders.add(column.last()); // PRIMARY KEY (a DESC, b)
                }
            }
            for (int order : orders) {
                if (s.is(order, Keyword.ASC) || s.is(order, Keyword.DESC)) {
                    edits.add(Edit.delete(order, order));
                }
            }
        }
        return edits;
    }

    /** The name token of the column that is the rowid, or -1. */
    private static int rowidColumn(StatementTokens s, List<Expressions.Range> definitions) {
        String tableKey = null;
        for (Expressions.Range definition : definitions) {
            int primary = primaryKey(s, definition);
            if (primary >= 0 && !DeclaredTypes.isColumn(s, definition.first())) {
                List<Expressions.Range> keyColumns = s.is(primary + 2, TokenType.LPAREN)
                        ? Expressions.arguments(s, primary + 2) : null;
                if (keyColumns == null || keyColumns.size() != 1) {
                    return -1;
                }
                tableKey = Identifiers.stored(s, keyColumns.get(0).first());
            }
        }
        for (Expressions.Range definition : definitions) {
            if (!DeclaredTypes.isColumn(s, definition.first())) {
                continue;
            }
            int typeLast = DeclaredTypes.typeLast(s, definition.first(), definition.last());
            boolean integer = typeLast > definition.first()
                    && s.text(definition.first() + 1, typeLast).toUpperCase(Locale.ROOT).equals("INTEGER");
            int primary = primaryKey(s, definition);
            if (primary >= 0 && !s.is(primary + 2, Keyword.DESC)
                    || Identifiers.stored(s, definition.first()).equals(tableKey)) {
                return integer ? definition.first() : -1;
            }
        }
        return -1;
    }

    /** The PRIMARY token of a {@code PRIMARY KEY} in {@code definition}, or -1. */
    private static int primaryKey(StatementTokens s, Expressions.Range definition) {
        for (int i = definition.first(); i < definition.last(); i++) {
            if (s.is(i, Keyword.PRIMARY) && s.is(i + 1, Keyword.KEY)) {
                return i;
            }
        }
        return -1;
    }
}
