package dev.nana.rewriter.postgres;

import java.nio.charset.StandardCharsets;
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
 * SQLite's {@code CREATE TRIGGER ... BEGIN stmt; ... END} as a PL/pgSQL trigger function holding the statements and a
 * row-level trigger that calls it, created in one {@code DO} block that also records the DDL as written for
 * sqlite_master ({@link NanaSchema#TRIGGERS}). What SQLite does and PostgreSQL does not is in the function:
 * <ul>
 * <li>a trigger does not fire again while it runs (SQLite's default {@code recursive_triggers = OFF}): it enters
 *     through {@code nana.trigger_entered}, which marks it in a transaction-local setting;</li>
 * <li>a body {@code SELECT} runs for its side effects ({@code PERFORM}); {@code RAISE(ABORT, msg)} is
 *     {@code nana.raise_abort(msg)} (23000, as SQLite's SQLITE_CONSTRAINT_TRIGGER), {@code RAISE(IGNORE)} leaves the
 *     row out: its statement runs in a block whose handler returns NULL;</li>
 * <li>trigger names are unique in the schema, not per table, and a second one with the same name fails (42710).</li>
 * </ul>
 * The statements of the body are rewritten by the other rules where they stand, as they read the same tokens.
 */
final class CreateTrigger implements Rule {
    /** The SQLSTATE {@code nana.raise_ignore()} raises and the trigger function catches. */
    static final String IGNORED = "NI000";
    /** PostgreSQL's 63-byte names, less the function name's prefix. */
    private static final int MAX_NAME_BYTES = 50;

    @Override
    public String id() {
        return "create-trigger";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return s.kind() == StatementKind.CREATE && s.has(Keyword.TRIGGER);
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        int i = 1;
        if (s.is(i, Keyword.TEMP) || s.is(i, Keyword.TEMPORARY)) {
            return refused("CREATE TEMP TRIGGER: PostgreSQL's triggers belong to tables, not to a session");
        }
        if (!s.is(0, Keyword.CREATE) || !s.is(i, Keyword.TRIGGER)) {
            return RuleOutcome.unchanged();
        }
        i++;
        boolean ifNotExists = s.is(i, Keyword.IF) && s.is(i + 1, Keyword.NOT) && s.is(i + 2, Keyword.EXISTS);
        if (ifNotExists) {
            i += 3;
        }
        int nameLast = s.is(i + 1, TokenType.DOT) ? i + 2 : i;
        String name = Identifiers.stored(s, nameLast);
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return refused("a name longer than " + MAX_NAME_BYTES + " bytes: PostgreSQL would cut the name of its"
                    + " function (\"nana trigger <name>\", at most 63 bytes), and two triggers could share one");
        }
        String written = s.is(nameLast, TokenType.QUOTED_ID) ? s.unquoted(nameLast) : s.text(nameLast);
        i = nameLast + 1;
        String timing = "BEFORE";
        if (s.is(i, Keyword.BEFORE) || s.is(i, Keyword.AFTER)) {
            timing = s.keyword(i).name();
            i++;
        } else if (s.is(i, Keyword.INSTEAD) && s.is(i + 1, Keyword.OF)) {
            timing = "INSTEAD OF";
            i += 2;
        }
        Keyword event = s.keyword(i);
        if (event != Keyword.INSERT && event != Keyword.UPDATE && event != Keyword.DELETE) {
            return RuleOutcome.unchanged(); // malformed: SQLite's error stands
        }
        i++;
        StringBuilder columns = new StringBuilder();
        if (event == Keyword.UPDATE && s.is(i, Keyword.OF)) {
            if (timing.equals("INSTEAD OF")) {
                return refused("INSTEAD OF UPDATE OF: PostgreSQL's INSTEAD OF triggers take no column list");
            }
            for (i++; i < s.size() && !s.is(i, Keyword.ON); i++) {
                columns.append(s.is(i, TokenType.COMMA) ? ", " : Identifiers.quoted(Identifiers.stored(s, i)));
            }
        }
        if (!s.is(i, Keyword.ON)) {
            return RuleOutcome.unchanged();
        }
        int tableFirst = i + 1;
        int tableLast = s.is(tableFirst + 1, TokenType.DOT) ? tableFirst + 2 : tableFirst;
        String table = Identifiers.qualified(s, tableFirst, tableLast);
        i = tableLast + 1;
        if (s.is(i, Keyword.FOR) && s.is(i + 1, Keyword.EACH) && s.is(i + 2, Keyword.ROW)) {
            i += 3;
        }
        int whenFirst = s.is(i, Keyword.WHEN) ? i + 1 : -1;
        int begin = i;
        while (begin < s.size() && !s.is(begin, Keyword.BEGIN)) {
            begin++;
        }
        int end = s.size() - 1;
        while (end > begin && !s.is(end, Keyword.END)) {
            end--;
        }
        if (end <= begin + 1) {
            return RuleOutcome.unchanged();
        }
        String returned = timing.equals("AFTER") ? "NULL" : event == Keyword.DELETE ? "OLD" : "NEW";
        List<Edit> edits = new ArrayList<>();
        String refusal = bodyEdits(s, begin + 1, end - 1, timing, edits);
        if (refusal != null) {
            return refused(refusal);
        }
        String block = Identifiers.dollarQuote(s.sql(), "nana");
        String body = Identifiers.dollarQuote(s.sql(), "nana_body");
        String function = Identifiers.quoted("nana trigger " + name);
        String sql = "CREATE TRIGGER " + s.text(nameLast, end);
        String nameLiteral = Identifiers.literal(name);
        String tableLiteral = Identifiers.literal(table);
        boolean whenInFunction = whenFirst > 0 && timing.equals("INSTEAD OF"); // PostgreSQL: no WHEN there
        List<Edit.Part> parts = new ArrayList<>();
        parts.add(Edit.text("DO " + block + " BEGIN IF " + NanaSchema.TRIGGER_EXISTS + "(" + nameLiteral + ", "
                + tableLiteral + ") THEN " + (ifNotExists ? "RETURN;"
                : "RAISE EXCEPTION 'trigger % already exists', " + Identifiers.literal(written)
                        + " USING ERRCODE = '42710';") + " END IF; CREATE OR REPLACE FUNCTION " + function
                + "() RETURNS trigger LANGUAGE plpgsql AS " + body + " BEGIN IF " + NanaSchema.TRIGGER_ENTERED
                + "(TG_RELID, TG_NAME) THEN " + (whenInFunction ? "IF (" : "")));
        if (whenInFunction) {
            parts.add(Edit.tokens(whenFirst, begin - 1));
            parts.add(Edit.text(") THEN "));
        }
        parts.add(Edit.tokens(begin + 1, end - 1));
        parts.add(Edit.text((whenInFunction ? " END IF;" : "") + " PERFORM " + NanaSchema.TRIGGER_LEFT
                + "(TG_RELID, TG_NAME); END IF; RETURN " + returned + "; END " + body + "; CREATE TRIGGER "
                + Identifiers.quoted(name) + " " + timing + " " + event.name()
                + (columns.length() > 0 ? " OF " + columns : "") + " ON " + table + " FOR EACH ROW"
                + (whenFirst > 0 && !whenInFunction ? " WHEN (" : "")));
        if (whenFirst > 0 && !whenInFunction) {
            parts.add(Edit.tokens(whenFirst, begin - 1));
            parts.add(Edit.text(")"));
        }
        parts.add(Edit.text(" EXECUTE FUNCTION " + function + "(); " + NanaSchema.STALE_TRIGGERS_DELETED
                + "; INSERT INTO " + NanaSchema.TRIGGERS + " SELECT t.oid, " + Identifiers.literal(written) + ", "
                + Identifiers.literal(sql) + " FROM pg_trigger t WHERE t.tgrelid = " + tableLiteral
                + "::regclass AND t.tgname = " + nameLiteral + " ON CONFLICT (tgoid) DO UPDATE SET name ="
                + " excluded.name, sql = excluded.sql; END " + block));
        edits.add(Edit.replace(0, s.size() - 1, parts.toArray(Edit.Part[]::new)));
        return RuleOutcome.edits(edits);
    }

    /**
     * The edits of the body's statements {@code first..last}: SELECT as PERFORM, RAISE as nana's functions; null, or
     * the construct refused.
     */
    private static String bodyEdits(StatementTokens s, int first, int last, String timing, List<Edit> edits) {
        int start = first;
        for (int i = first; i <= last; i++) {
            if (!s.is(i, TokenType.SEMI) && i < last) {
                continue;
            }
            int stop = s.is(i, TokenType.SEMI) ? i : last;
            boolean ignores = false;
            for (int k = start; k <= stop; k++) {
                if (!s.is(k, Keyword.RAISE) || !s.is(k + 1, TokenType.LPAREN)) {
                    continue;
                }
                int close = s.closing(k + 1);
                if (s.is(k + 2, Keyword.IGNORE)) {
                    if (timing.equals("AFTER")) {
                        return "RAISE(IGNORE) in an AFTER trigger: SQLite abandons the rest of the statement, PostgreSQL cannot";
                    }
                    ignores = true;
                    edits.add(Edit.replace(k, close, Edit.text(NanaSchema.RAISE_IGNORE + "()")));
                } else if (s.is(k + 2, Keyword.ABORT) && s.is(k + 3, TokenType.COMMA) && close > k + 4) {
                    edits.add(Edit.replace(k, close, Edit.text(NanaSchema.RAISE_ABORT + "("),
                            Edit.tokens(k + 4, close - 1), Edit.text(")")));
                } else {
                    return s.text(k, close) + ": only RAISE(ABORT, ...) and RAISE(IGNORE) have a PostgreSQL equivalent";
                }
            }
            String head = s.is(start, Keyword.SELECT) ? "PERFORM" : null;
            if (ignores) {
                edits.add(Edit.replace(start, start, Edit.text("BEGIN "),
                        head == null ? Edit.tokens(start, start) : Edit.text(head)));
                edits.add(Edit.insertAfter(stop, (s.is(stop, TokenType.SEMI) ? "" : ";") + " EXCEPTION WHEN SQLSTATE '"
                        + IGNORED + "' THEN PERFORM " + NanaSchema.TRIGGER_LEFT + "(TG_RELID, TG_NAME); RETURN NULL;"
                        + " END;"));
            } else if (head != null) {
                edits.add(Edit.replace(start, start, Edit.text(head)));
            }
            start = i + 1;
        }
        return null;
    }

    private RuleOutcome refused(String construct) {
        return RuleOutcome.refused(id(), "trigger with " + construct);
    }
}
