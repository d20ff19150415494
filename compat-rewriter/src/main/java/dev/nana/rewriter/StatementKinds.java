package dev.nana.rewriter;

import static dev.nana.rewriter.Keyword.AS;
import static dev.nana.rewriter.Keyword.MATERIALIZED;
import static dev.nana.rewriter.Keyword.NOT;
import static dev.nana.rewriter.Keyword.RECURSIVE;

/** Decides what a statement is from its leading keywords. */
final class StatementKinds {
    private StatementKinds() {
    }

    /** The kind of the statement starting at token {@code i}. */
    static StatementKind kindAt(Span s, int i) {
        Keyword keyword = s.keyword(i);
        if (keyword == null) {
            return s.is(i, TokenType.WORD) ? jdbcCommand(s.name(i)) : StatementKind.UNKNOWN;
        }
        return switch (keyword) {
            case SELECT -> StatementKind.SELECT;
            case VALUES -> StatementKind.VALUES;
            case INSERT -> StatementKind.INSERT;
            case REPLACE -> StatementKind.REPLACE;
            case UPDATE -> StatementKind.UPDATE;
            case DELETE -> StatementKind.DELETE;
            case CREATE -> StatementKind.CREATE;
            case DROP -> StatementKind.DROP;
            case ALTER -> StatementKind.ALTER;
            case PRAGMA -> StatementKind.PRAGMA;
            case BEGIN -> StatementKind.BEGIN;
            case COMMIT, END -> StatementKind.COMMIT;
            case ROLLBACK -> StatementKind.ROLLBACK;
            case SAVEPOINT -> StatementKind.SAVEPOINT;
            case RELEASE -> StatementKind.RELEASE;
            case ATTACH -> StatementKind.ATTACH;
            case DETACH -> StatementKind.DETACH;
            case VACUUM -> StatementKind.VACUUM;
            case ANALYZE -> StatementKind.ANALYZE;
            case REINDEX -> StatementKind.REINDEX;
            case EXPLAIN -> StatementKind.EXPLAIN;
            case WITH -> withMain(s, mainStatement(s, i));
            default -> StatementKind.UNKNOWN;
        };
    }

    /** Where the statement that {@code EXPLAIN [QUERY PLAN]} at {@code i} explains starts. */
    static int explained(Span s, int i) {
        return s.is(i + 1, Keyword.QUERY) && s.is(i + 2, Keyword.PLAN) ? i + 3 : i + 1;
    }

    /** sqlite-jdbc runs {@code backup ...} and {@code restore ...} itself, before SQLite sees them. */
    private static StatementKind jdbcCommand(String word) {
        return switch (word) {
            case "backup" -> StatementKind.BACKUP;
            case "restore" -> StatementKind.RESTORE;
            default -> StatementKind.UNKNOWN;
        };
    }

    /**
     * Where the statement at {@code i} really starts: past {@code WITH [RECURSIVE] name [(columns)] AS [[NOT]
     * MATERIALIZED] (select) [, ...]} when it has one; -1 when that clause is malformed.
     */
    static int mainStatement(Span s, int i) {
        if (!s.is(i, Keyword.WITH)) {
            return i;
        }
        i++;
        if (s.is(i, RECURSIVE)) {
            i++;
        }
        while (true) {
            if (!s.isName(i)) {
                return -1;
            }
            i++;
            if (s.is(i, TokenType.LPAREN)) {
                int close = s.closing(i);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            }
            if (!s.is(i, AS)) {
                return -1;
            }
            i++;
            if (s.is(i, NOT) && s.is(i + 1, MATERIALIZED)) {
                i += 2;
            } else if (s.is(i, MATERIALIZED)) {
                i++;
            }
            int close = s.is(i, TokenType.LPAREN) ? s.closing(i) : -1;
            if (close < 0) {
                return -1;
            }
            i = close + 1;
            if (!s.is(i, TokenType.COMMA)) {
                return i;
            }
            i++;
        }
    }

    /** What a WITH clause can introduce. */
    private static StatementKind withMain(Span s, int main) {
        StatementKind kind = main < 0 ? StatementKind.UNKNOWN : kindAt(s, main);
        return switch (kind) {
            case SELECT, VALUES, INSERT, REPLACE, UPDATE, DELETE -> kind;
            default -> StatementKind.UNKNOWN;
        };
    }
}
