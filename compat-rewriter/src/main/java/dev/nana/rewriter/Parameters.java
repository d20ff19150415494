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
        return assign(s, null);
    }

    /** The number of each parameter, by token index: 0 for other tokens and for an invalid {@code ?N}. */
    static int[] numbers(Span s) {
        int[] numbers = new int[s.size()];
        assign(s, numbers);
        return numbers;
    }

    /** Numbers the parameters in order, into {@code numbers} unless null; returns the count. */
    private static int assign(Span s, int[] numbers) {
        int count = 0;
        Map<String, Integer> names = null;
        for (int i = 0; i < s.size(); i++) {
            if (!s.is(i, TokenType.VARIABLE)) {
                continue;
            }
            String sql = s.text(i);
            char prefix = sql.charAt(0);
            int number;
            if (prefix == '$' || prefix == '@' || prefix == ':' || prefix == '#') {
                if (names == null) {
                    names = new HashMap<>();
                }
                Integer known = names.get(sql);
                number = known != null ? known : ++count;
                names.put(sql, number);
            } else if (sql.length() == 1) {
                number = ++count;
            } else {
                number = number(sql);
                count = Math.max(count, number);
            }
            if (numbers != null) {
                numbers[i] = number;
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
