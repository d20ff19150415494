package dev.nana.rewriter.postgres;

import java.util.ArrayList;
import java.util.EnumSet;
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
 * A column's declared type in CREATE TABLE and ALTER TABLE ... ADD COLUMN becomes the PostgreSQL type that keeps
 * SQLite's values of its affinity (SQLite's rules, in their order: a name containing INT is INTEGER, CHAR/CLOB/TEXT
 * is TEXT, BLOB is BLOB, REAL/FLOA/DOUB is REAL, anything else NUMERIC): {@code bigint} (every 64-bit integer;
 * SMALLINT is not range-checked in SQLite), {@code text} (VARCHAR(n) and CHAR(n) are neither checked nor padded),
 * {@code bytea}, {@code double precision} (PostgreSQL's REAL is 4 bytes) and, for NUMERIC and DECIMAL(p, s),
 * unconstrained {@code numeric} (SQLite neither rounds nor checks precision). BOOLEAN, whose values are 0 and 1,
 * becomes {@code bigint}. Other NUMERIC-affinity names (DATE, DATETIME, ...) stay as written for now. A column
 * without a type, which in SQLite holds any value, is refused: no PostgreSQL type does that.
 */
final class DeclaredTypes implements Rule {
    /** What ends a column's type: a constraint, or the end of the definition. */
    private static final Set<Keyword> CONSTRAINTS = EnumSet.of(Keyword.CONSTRAINT, Keyword.PRIMARY, Keyword.NOT,
            Keyword.NULL, Keyword.UNIQUE, Keyword.CHECK, Keyword.DEFAULT, Keyword.COLLATE, Keyword.REFERENCES,
            Keyword.GENERATED, Keyword.AS);
    /** What starts a table constraint instead of a column. */
    private static final Set<Keyword> TABLE_CONSTRAINTS = EnumSet.of(Keyword.CONSTRAINT, Keyword.PRIMARY,
            Keyword.UNIQUE, Keyword.CHECK, Keyword.FOREIGN);

    @Override
    public String id() {
        return "declared-types";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return (s.kind() == StatementKind.CREATE || s.kind() == StatementKind.ALTER) && s.has(Keyword.TABLE)
                && !s.has(Keyword.VIRTUAL);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        List<Edit> edits = new ArrayList<>();
        int start = s.mainStatement();
        if (s.kind() == StatementKind.ALTER) {
            int add = find(s, start, Keyword.ADD);
            if (add < 0 || s.is(add + 1, Keyword.CONSTRAINT)) {
                return RuleOutcome.unchanged();
            }
            int column = s.is(add + 1, Keyword.COLUMN) ? add + 2 : add + 1;
            return column(s, column, s.size() - 1, edits);
        }
        int open = find(s, start, Keyword.TABLE);
        while (open >= 0 && open < s.size() && !s.is(open, TokenType.LPAREN)) {
            if (s.is(open, Keyword.AS)) {
                return RuleOutcome.unchanged(); // CREATE TABLE t AS SELECT: PostgreSQL types the columns
            }
            open++;
        }
        if (open < 0 || open >= s.size()) {
            return RuleOutcome.unchanged();
        }
        List<Expressions.Range> definitions = Expressions.arguments(s, open);
        if (definitions == null) {
            return RuleOutcome.unchanged(); // unclosed: SQLite's error, PostgreSQL's too
        }
        for (Expressions.Range definition : definitions) {
            if (isColumn(s, definition.first())) {
                RuleOutcome refusal = column(s, definition.first(), definition.last(), edits);
                if (refusal.refusal() != null) {
                    return refusal;
                }
            }
        }
        return RuleOutcome.edits(edits);
    }

    /** The definition {@code name type constraints...} in {@code first..last}. */
    private RuleOutcome column(StatementTokens s, int first, int last, List<Edit> edits) {
        int typeFirst = first + 1;
        int typeLast = typeLast(s, first, last);
        if (typeLast < typeFirst) {
            return RuleOutcome.refused(id(), "column " + s.text(first) + " without a declared type: SQLite lets it"
                    + " hold any value, which no PostgreSQL column does; declare INTEGER, REAL, TEXT, BLOB or NUMERIC");
        }
        String pgType = pgType(s.text(typeFirst, typeLast).toUpperCase(Locale.ROOT));
        if (pgType != null) {
            edits.add(Edit.replace(typeFirst, typeLast, Edit.text(pgType)));
        }
        return RuleOutcome.edits(edits);
    }

    /** Whether the definition starting at {@code first} of CREATE TABLE's list is a column, not a table constraint. */
    static boolean isColumn(StatementTokens s, int first) {
        Keyword keyword = s.keyword(first);
        return keyword == null || !TABLE_CONSTRAINTS.contains(keyword);
    }

    /** The last token of the type of the column defined in {@code first..last}; {@code first} if it has none. */
    static int typeLast(StatementTokens s, int first, int last) {
        int typeLast = first;
        while (typeLast + 1 <= last && !isConstraint(s.keyword(typeLast + 1))) {
            typeLast = s.is(typeLast + 1, TokenType.LPAREN) ? s.closing(typeLast + 1) : typeLast + 1;
        }
        return typeLast;
    }

    /** SQLite's affinity rules (datatype3.html, 3.1), in their order; null to keep the name as written. */
    static String pgType(String declared) {
        if (declared.contains("INT")) {
            return "bigint";
        }
        if (declared.contains("CHAR") || declared.contains("CLOB") || declared.contains("TEXT")) {
            return "text";
        }
        if (declared.contains("BLOB")) {
            return "bytea";
        }
        if (declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB")) {
            return "double precision";
        }
        if (declared.startsWith("NUMERIC") || declared.startsWith("DECIMAL")) {
            return "numeric";
        }
        return declared.equals("BOOLEAN") || declared.equals("BOOL") ? "bigint" : null;
    }

    private static boolean isConstraint(Keyword keyword) {
        return keyword != null && CONSTRAINTS.contains(keyword);
    }

    private static int find(StatementTokens s, int from, Keyword keyword) {
        for (int i = from; i < s.size(); i++) {
            if (s.is(i, keyword)) {
                return i;
            }
        }
        return -1;
    }
}
