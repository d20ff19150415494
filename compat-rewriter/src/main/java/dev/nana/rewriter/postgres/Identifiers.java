package dev.nana.rewriter.postgres;

import dev.nana.rewriter.Ascii;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/** Names as PostgreSQL quotes them. */
final class Identifiers {
    private Identifiers() {
    }

    /** {@code "name"}, with a {@code "} in it doubled. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * The name token {@code i} gives a PostgreSQL object: folded to lower case, quoted or not, since SQLite ignores the
     * ASCII case of every name ({@link QuotedIdentifier}).
     */
    static String stored(StatementTokens s, int i) {
        return Ascii.toLowerCase(s.is(i, TokenType.QUOTED_ID) ? s.unquoted(i) : s.text(i));
    }

    /**
     * Name tokens {@code first..last} as PostgreSQL reads them: each part quoted, so a keyword stays a name; SQLite's
     * {@code main.} and {@code temp.} as rule {@code schema-names} writes them.
     */
    static String qualified(StatementTokens s, int first, int last) {
        StringBuilder name = new StringBuilder();
        if (SchemaNames.isQualifier(s, first)) {
            name.append(s.isIdentifier(first, "main") ? "" : "pg_temp.");
            first += 2;
        }
        for (int i = first; i <= last; i++) {
            name.append(s.is(i, TokenType.DOT) ? "." : quoted(stored(s, i)));
        }
        return name.toString();
    }

    /** A dollar quote {@code $base$} (or {@code $base1$}, ...) that {@code sql} does not contain. */
    static String dollarQuote(String sql, String base) {
        String tag = "$" + base + "$";
        for (int n = 1; sql.contains(tag); n++) {
            tag = "$" + base + n + "$";
        }
        return tag;
    }

    /** {@code text} as an SQL string literal (standard_conforming_strings on, as nana sets it). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
