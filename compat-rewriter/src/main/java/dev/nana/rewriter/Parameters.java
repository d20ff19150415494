package dev.nana.rewriter;

import java.util.HashMap;
import java.util.Map;

/** Numbers parameters as sqlite3ExprAssignVarNumber does, so the count equals sqlite3_bind_parameter_count. */
final class Parameters {
    /**
     * sqlite-jdbc's SQLITE_MAX_VARIABLE_NUMBER. SQLite refuses {@code ?0} and {@code ?N} beyond it, so they must not
     * inflate the count (a driver sizes its binding arrays by it).
     */
    static final int MAX_NUMBER = 250_000;

    private Parameters() {
    }

    /** {@code ?} takes the next number, {@code ?N} is N, a name keeps the number of its first appearance. */
    static int count(Span s) {
        int count = 0;
        Map<String, Integer> names = null;
        for (int i = 0; i < s.size(); i++) {
            if (!s.is(i, TokenType.VARIABLE)) {
                continue;
            }
            String sql = s.text(i);
            char prefix = sql.charAt(0);
            if (prefix == '$' || prefix == '@' || prefix == ':' || prefix == '#') {
                if (names == null) {
                    names = new HashMap<>();
                }
                if (!names.containsKey(sql)) {
                    names.put(sql, ++count);
                }
            } else if (sql.length() == 1) {
                count++;
            } else {
                count = Math.max(count, number(sql));
            }
        }
        return count;
    }

    /** The N of {@code ?N} (the first char may be an unpaired surrogate that reaches SQLite as {@code ?}), 0 if invalid. */
    private static int number(String parameter) {
        int n = 0;
        for (int i = 1; i < parameter.length(); i++) {
            n = n * 10 + (parameter.charAt(i) - '0');
            if (n > MAX_NUMBER) {
                return 0;
            }
        }
        return n;
    }
}
