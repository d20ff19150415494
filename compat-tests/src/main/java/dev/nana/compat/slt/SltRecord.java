package dev.nana.compat.slt;

import java.util.List;

/**
 * One record of a sqllogictest script. {@code line} is the line of the record's keyword ({@code statement},
 * {@code query}, ...), which is where failures are reported; {@code guards} are the skipif/onlyif lines before it.
 */
sealed interface SltRecord {

    int line();

    List<Guard> guards();

    /** Whether the record runs on the named engine: no skipif names it and every onlyif does. */
    default boolean runsOn(String engine) {
        return guards().stream().allMatch(guard -> guard.admits(engine));
    }

    /** A {@code skipif <engine>} ({@code onlyIf == false}) or {@code onlyif <engine>} line. */
    record Guard(boolean onlyIf, String engine) {
        boolean admits(String name) {
            return onlyIf == engine.equalsIgnoreCase(name);
        }
    }

    /** {@code statement ok} or {@code statement error}. */
    record StatementRecord(int line, List<Guard> guards, boolean expectError, String sql) implements SltRecord {}

    /**
     * {@code query <types> [sort] [label]}. {@code expected} holds the lines after {@code ----}: one value per
     * line, or a single {@code N values hashing to <md5>} line. {@code label} is empty when there is none.
     */
    record QueryRecord(int line, List<Guard> guards, String types, SortMode sort, String label, String sql,
                       List<String> expected) implements SltRecord {}

    /** {@code hash-threshold N}: from here on, results of more than N values are compared by their MD5. */
    record HashThresholdRecord(int line, List<Guard> guards, int threshold) implements SltRecord {}

    /** {@code halt}: the rest of the file is not run. */
    record HaltRecord(int line, List<Guard> guards) implements SltRecord {}

    /** A record the parser could not read; running it fails and ends the file, as in the reference runner. */
    record MalformedRecord(int line, List<Guard> guards, String reason) implements SltRecord {}
}
