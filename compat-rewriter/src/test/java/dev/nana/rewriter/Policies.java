package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

/** Shortcuts for the policy tests. */
final class Policies {
    static final PolicyConfig NON_STRICT = new PolicyConfig(false, Set.of(), null, Set.of());

    private Policies() {
    }

    static PolicyConfig allowing(String... functions) {
        return new PolicyConfig(true, Set.of(), Set.of(functions), Set.of());
    }

    static PolicyConfig lifting(StatementKind... statements) {
        return new PolicyConfig(true, Set.of(), null, Set.of(statements));
    }

    static Plan plan(PolicyConfig config, String sql) throws RejectedSqlException {
        return SqlPipeline.shared(config, "kv", 100).plan(sql);
    }

    /** Asserts that {@code sql} is refused with exactly this message and SQLState. */
    static void assertRefused(PolicyConfig config, String sql, String message, String sqlState) {
        RejectedSqlException e = assertThrows(RejectedSqlException.class, () -> plan(config, sql));
        assertEquals(message, e.getMessage());
        assertEquals(sqlState, e.sqlState());
    }

    static void assertForbidden(PolicyConfig config, String sql, String message) {
        assertRefused(config, sql, message, RejectedSqlException.POLICY);
    }
}
