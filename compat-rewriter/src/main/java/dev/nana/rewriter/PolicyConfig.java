package dev.nana.rewriter;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The SQL policy of one connection. Immutable; equal configurations share one {@link SqlPipeline} and its cache.
 * Function names are stored lower-case (ASCII letters only, as SQLite folds them); null sets count as empty.
 *
 * @param strict               refuse what the lexer cannot classify: an unterminated string, quoted identifier or
 *                             blob literal, a NUL character, an unknown statement kind
 * @param forbiddenFunctions   names refused in addition to {@link #DEFAULT_FORBIDDEN_FUNCTIONS}
 * @param allowedFunctions     when non-null only these functions may be called (allow-list mode), the operators
 *                             GLOB, LIKE, REGEXP and MATCH counting as the functions they call; the forbidden list
 *                             still applies on top
 * @param allowedStatements    otherwise-forbidden statements this connection may run: ATTACH, DETACH, VACUUM (for
 *                             VACUUM INTO), BACKUP, RESTORE, PRAGMA (for any pragma write); see {@link #LIFTABLE_STATEMENTS}
 */
public record PolicyConfig(boolean strict, Set<String> forbiddenFunctions, Set<String> allowedFunctions,
                           Set<StatementKind> allowedStatements) {

    public static final Set<String> DEFAULT_FORBIDDEN_FUNCTIONS =
            Set.of("load_extension", "fts3_tokenizer", "readfile", "writefile", "edit");

    /** The statement kinds that are refused by default and that {@link #allowedStatements()} can let through. */
    public static final Set<StatementKind> LIFTABLE_STATEMENTS = Set.of(StatementKind.ATTACH, StatementKind.DETACH,
            StatementKind.VACUUM, StatementKind.BACKUP, StatementKind.RESTORE, StatementKind.PRAGMA);

    public static final PolicyConfig DEFAULT = new PolicyConfig(true, Set.of(), null, Set.of());

    public PolicyConfig {
        forbiddenFunctions = lowerCase(forbiddenFunctions);
        allowedFunctions = allowedFunctions == null ? null : lowerCase(allowedFunctions);
        allowedStatements = allowedStatements == null ? Set.of() : withoutNulls(allowedStatements);
    }

    /**
     * Builds a configuration from the driver's property strings: comma-separated, case-insensitive, trimmed, empty
     * entries ignored.
     *
     * @param allowedFunctions  allow-list mode with these names; without any (null, blank): no allow-list
     * @param allowedStatements names from {@link #LIFTABLE_STATEMENTS}
     * @throws IllegalArgumentException naming the entry of allowedStatements that is not one of them
     */
    public static PolicyConfig fromProperties(boolean strict, String forbiddenFunctions, String allowedFunctions,
                                              String allowedStatements) {
        Set<StatementKind> statements = new HashSet<>();
        for (String name : entries(allowedStatements)) {
            statements.add(liftable(name));
        }
        Set<String> allowed = entries(allowedFunctions);
        return new PolicyConfig(strict, entries(forbiddenFunctions), allowed.isEmpty() ? null : allowed, statements);
    }

    /** Every function name this connection refuses: the defaults plus {@link #forbiddenFunctions()}. */
    public Set<String> effectiveForbiddenFunctions() {
        Set<String> all = new HashSet<>(DEFAULT_FORBIDDEN_FUNCTIONS);
        all.addAll(forbiddenFunctions);
        return Set.copyOf(all);
    }

    private static StatementKind liftable(String name) {
        for (StatementKind kind : LIFTABLE_STATEMENTS) {
            if (Ascii.toLowerCase(name).equals(kind.name().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("allowedStatements: \"" + name
                + "\" is not one of ATTACH, DETACH, VACUUM, BACKUP, RESTORE, PRAGMA");
    }

    private static Set<String> entries(String commaSeparated) {
        Set<String> entries = new HashSet<>();
        if (commaSeparated != null) {
            for (String entry : commaSeparated.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        return entries;
    }

    private static Set<String> lowerCase(Set<String> names) {
        Set<String> lower = new HashSet<>();
        if (names != null) {
            for (String name : names) {
                if (name != null) {
                    lower.add(Ascii.toLowerCase(name));
                }
            }
        }
        return Set.copyOf(lower);
    }

    private static <T> Set<T> withoutNulls(Set<T> values) {
        Set<T> copy = new HashSet<>(values);
        copy.remove(null);
        return Set.copyOf(copy);
    }
}
