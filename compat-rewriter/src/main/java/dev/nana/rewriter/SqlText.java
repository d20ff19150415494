package dev.nana.rewriter;

import java.util.ArrayList;
import java.util.List;

/** SQL text as SQLite reads it, for tools that run a script one statement at a time (the {@code nana} shell). */
public final class SqlText {
    private SqlText() {
    }

    /** One statement as written, from its first token to its last (no surrounding comments, no {@code ;}). */
    public record Statement(String sql, StatementKind kind) {
    }

    /**
     * The statements of {@code script}, cut where SQLite cuts them ({@code CREATE TRIGGER} bodies stay whole), empty
     * ones dropped. Text holding a NUL comes back whole as one statement: SQLite would stop reading at the NUL, so
     * cutting it would silently drop the rest, while the driver refuses it with its own message.
     */
    public static List<Statement> statements(String script) {
        if (script.indexOf('\0') >= 0) {
            return List.of(new Statement(script, StatementKind.UNKNOWN));
        }
        List<Span> spans = StatementSplitter.split(Lexer.lex(script));
        List<Statement> statements = new ArrayList<>(spans.size());
        for (Span span : spans) {
            statements.add(new Statement(span.sql(), StatementKinds.kindAt(span, 0)));
        }
        return statements;
    }

    /** SQLite's keywords, upper case, in alphabetical order. */
    public static List<String> keywords() {
        List<String> keywords = new ArrayList<>();
        for (Keyword keyword : Keyword.values()) {
            keywords.add(keyword.name());
        }
        return keywords;
    }
}
