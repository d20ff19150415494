package dev.nana.rewriter.postgres;

import dev.nana.rewriter.Keyword;
import dev.nana.rewriter.StatementTokens;
import dev.nana.rewriter.TokenType;

/** Where a parenthesis stands in a FROM list: the subquery it opens is a table there, not a value. */
final class FromList {
    private FromList() {
    }

    /** Whether the parenthesis at {@code open} follows FROM, a JOIN, or a comma between the tables of a FROM list. */
    static boolean opensTable(StatementTokens s, int open) {
        int before = open - 1;
        if (s.is(before, Keyword.FROM) || s.is(before, Keyword.JOIN)) {
            return true;
        }
        return s.is(before, TokenType.COMMA) && listedAfterFrom(s, before);
    }

    /**
     * Whether the comma at {@code comma} separates tables: walking back at its own depth, FROM comes before any
     * keyword that starts another clause. ON and USING belong to the FROM list; a comma inside parentheses (a
     * function's arguments, a VALUES row) meets the opening parenthesis first.
     */
    private static boolean listedAfterFrom(StatementTokens s, int comma) {
        int depth = 0;
        for (int i = comma - 1; i >= 0; i--) {
            if (s.is(i, TokenType.RPAREN)) {
                depth++;
            } else if (s.is(i, TokenType.LPAREN)) {
                if (depth == 0) {
                    return false;
                }
                depth--;
            } else if (depth == 0 && s.keyword(i) != null) {
                switch (s.keyword(i)) {
                    case FROM:
                        return true;
                    case SELECT: case WHERE: case GROUP: case HAVING: case ORDER: case WINDOW: case LIMIT: case SET:
                    case VALUES: case RETURNING: case UNION: case INTERSECT: case EXCEPT:
                        return false;
                    default:
                        break;
                }
            }
        }
        return false;
    }
}
