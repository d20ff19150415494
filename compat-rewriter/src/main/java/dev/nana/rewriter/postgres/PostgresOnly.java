package dev.nana.rewriter.postgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.RuleOutcome;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/**
 * SQLite-dialect SQL reaches none of the PostgreSQL server's own powers: it may call only SQLite's functions (so
 * not {@code pg_read_file}, {@code lo_import}, {@code dblink}, {@code set_config}, {@code pg_terminate_backend},
 * {@code query_to_xml}, ... however spelled or qualified), and only the statements SQLite's grammar has: CREATE and
 * DROP of tables, views, indexes and triggers, ALTER TABLE, an EXPLAIN that does not run the statement, WITH whose
 * queries do not write. Anything the lexer cannot classify (COPY, SET, DO, GRANT, ...) is refused here even when the
 * policy is not strict, since PostgreSQL, unlike SQLite, would run it; so is a token SQLite does not read, such
 * as the braces of a JDBC escape ({@code {fn f(x)}}), which pgjdbc expands and sqlite-jdbc does not.
 */
final class PostgresOnly implements Rule {
    static final Set<String> SQLITE_FUNCTIONS = load("sqlite-functions.txt");
    /** SQLite's table-valued pragma functions ({@code pragma_table_info('t')}): no PostgreSQL function has the prefix. */
    private static final String PRAGMA_FUNCTION = "pragma_";

    @Override
    public String id() {
        return "postgres-only";
    }

    @Override
    public boolean appliesTo(StatementTokens s) {
        return true;
    }

    @Override
    public RuleOutcome apply(StatementTokens s) {
        String statement = statementRefusal(s);
        if (statement != null) {
            return RuleOutcome.refused(id(), statement + " is not SQLite's; PostgreSQL would run it");
        }
        for (String function : s.functions()) {
            if (!SQLITE_FUNCTIONS.contains(function) && !function.startsWith(PRAGMA_FUNCTION)) {
                return RuleOutcome.refused(id(), "function " + function + " is not a SQLite function; SQLite-dialect"
                        + " SQL cannot call the PostgreSQL server's own functions");
            }
        }
        return RuleOutcome.unchanged();
    }

    /** What of the statement SQLite's grammar does not have, or null. */
    private static String statementRefusal(StatementTokens s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, TokenType.ILLEGAL)) { // SQLite: "unrecognized token"; pgjdbc expands {fn ...} escapes
                return "the token " + s.text(i);
            }
        }
        int head = s.mainStatement();
        switch (s.kind()) {
            case UNKNOWN:
                return s.size() == 0 ? null : "a statement starting with " + word(s, 0);
            case CREATE: {
                int object = head + 1;
                if (s.is(object, Keyword.TEMP) || s.is(object, Keyword.TEMPORARY) || s.is(object, Keyword.UNIQUE)
                        || s.is(object, Keyword.VIRTUAL)) {
                    object++;
                }
                return isSqliteObject(s, object) ? null : "CREATE " + word(s, object);
            }
            case DROP:
                return isSqliteObject(s, head + 1) ? null : "DROP " + word(s, head + 1);
            case ALTER:
                return s.is(head + 1, Keyword.TABLE) ? null : "ALTER " + word(s, head + 1);
            case EXPLAIN:
                return s.is(head + 1, TokenType.LPAREN) || s.isIdentifier(head + 1, "analyze")
                        || s.isIdentifier(head + 1, "analyse") ? "EXPLAIN " + word(s, head + 1) : null;
            default:
                return writingWith(s);
        }
    }

    private static String word(StatementTokens s, int i) {
        return i < s.size() ? s.text(i).toUpperCase(Locale.ROOT) : "";
    }

    private static boolean isSqliteObject(StatementTokens s, int i) {
        return s.is(i, Keyword.TABLE) || s.is(i, Keyword.VIEW) || s.is(i, Keyword.INDEX) || s.is(i, Keyword.TRIGGER);
    }

    /** {@code WITH d AS (DELETE ... RETURNING *) SELECT ...}: SQLite's common table expressions only read. */
    private static String writingWith(StatementTokens s) {
        if (!s.has(Keyword.WITH)) {
            return null;
        }
        for (int i = 0; i + 2 < s.size(); i++) {
            if (s.is(i, Keyword.AS) && s.is(i + 1, TokenType.LPAREN) && (s.is(i + 2, Keyword.INSERT)
                    || s.is(i + 2, Keyword.UPDATE) || s.is(i + 2, Keyword.DELETE) || s.isIdentifier(i + 2, "merge"))) {
                return "a WITH query that writes (" + s.text(i + 2) + ")";
            }
        }
        return null;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PostgresOnly.class.getResourceAsStream(resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
