package dev.nana.compat.differential;

import java.util.ArrayList;
import java.util.List;

/**
 * One differential case: a short SQLite script whose steps all run in order on a fresh database; the last step's
 * result is compared in full, the others only by whether they failed. {@code params} bind to the last step.
 */
record DifferentialCase(String area, String name, int line, List<Step> steps, List<Object> params) {

    /** {@code expectError}: the step is meant to fail on SQLite (a {@code !} line), so its failure is not a broken case. */
    record Step(String sql, boolean expectError) {}

    String id() {
        return area + ": " + name;
    }

    Step last() {
        return steps.get(steps.size() - 1);
    }

    /**
     * The {@code .cases} format:
     * <pre>
     * # a comment
     * == name of the case
     * CREATE TABLE t(a INTEGER);          one statement per line, a trailing ';' is dropped
     *   ...                               a line starting with blanks continues the statement before it
     * ! INSERT INTO t VALUES (NULL)       a step that fails on SQLite too
     * SELECT a FROM t WHERE a = ?         the compared step
     * params: 1, 2L, 2.5, 'text', NULL, x'0A0B', true
     * </pre>
     * Parameters: int, long (L suffix or too big for int), double, string ('' escapes a quote), null, bytes, boolean.
     */
    static List<DifferentialCase> parse(String area, String text) {
        List<DifferentialCase> cases = new ArrayList<>();
        String name = null;
        int start = 0;
        List<StringBuilder> steps = new ArrayList<>();
        List<Boolean> marks = new ArrayList<>();
        List<Object> params = List.of();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].stripTrailing() : "== ";
            if (line.startsWith("==")) {
                if (name != null) {
                    if (steps.isEmpty()) {
                        throw new IllegalArgumentException(area + " line " + start + ": case '" + name + "' has no statement");
                    }
                    List<Step> parsed = new ArrayList<>();
                    for (int s = 0; s < steps.size(); s++) {
                        parsed.add(new Step(withoutSemicolon(steps.get(s).toString()), marks.get(s)));
                    }
                    cases.add(new DifferentialCase(area, name, start, List.copyOf(parsed), params));
                }
                name = line.substring(2).strip();
                start = i + 1;
                steps = new ArrayList<>();
                marks = new ArrayList<>();
                params = List.of();
            } else if (line.isBlank() || line.startsWith("#")) {
                continue;
            } else if (name == null) {
                throw new IllegalArgumentException(area + " line " + (i + 1) + ": statement before the first '=='");
            } else if (line.startsWith("params:")) {
                params = Params.parse(line.substring("params:".length()), area + " line " + (i + 1));
            } else if (Character.isWhitespace(line.charAt(0)) && !steps.isEmpty()) {
                steps.get(steps.size() - 1).append('\n').append(line);
            } else {
                boolean mark = line.startsWith("!");
                steps.add(new StringBuilder(mark ? line.substring(1).strip() : line));
                marks.add(mark);
            }
        }
        return cases;
    }

    private static String withoutSemicolon(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1).stripTrailing() : trimmed;
    }
}
