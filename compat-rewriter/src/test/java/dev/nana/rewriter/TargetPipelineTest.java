package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How a pipeline's {@link Target} changes its plans (the rules themselves: rewrite/postgres/*.cases). */
class TargetPipelineTest {
    private static final SqlPipeline SQLITE = SqlPipeline.shared(PolicyConfig.DEFAULT, "kv", 100);
    private static final SqlPipeline POSTGRES = SqlPipeline.shared(PolicyConfig.DEFAULT, "kv", 100,
            EncryptedColumns.NONE, Target.POSTGRESQL);

    @Test
    void sqliteTargetKeepsTheTextAndHasNoParameterMap() throws RejectedSqlException {
        PlannedStatement statement = SQLITE.plan("SELECT a == ?2 FROM t LIMIT ?1, 2").statements().get(0);
        assertEquals("SELECT a == ?2 FROM t LIMIT ?1, 2", statement.sql());
        assertNull(statement.parameters());
        assertEquals(2, statement.parameterCount());
        assertEquals(Target.SQLITE, SQLITE.target());
    }

    @Test
    void targetIsPartOfThePipelineKey() {
        assertNotSame(SQLITE, POSTGRES);
        assertSame(POSTGRES, SqlPipeline.shared(PolicyConfig.DEFAULT, "kv", 100, EncryptedColumns.NONE,
                Target.POSTGRESQL));
        assertSame(SQLITE, SqlPipeline.shared(PolicyConfig.DEFAULT, "kv", 100, EncryptedColumns.NONE,
                Target.SQLITE));
    }

    @Test
    void plansForTheTargetAreCached() throws RejectedSqlException {
        String sql = "SELECT a FROM t WHERE b == :b";
        assertSame(POSTGRES.plan(sql), POSTGRES.plan(sql));
        assertEquals("SELECT a FROM t WHERE b = ?", POSTGRES.plan(sql).statements().get(0).sql());
    }

    @Test
    void untouchedStatementKeepsItsTextWithAnIdentityMap() throws RejectedSqlException {
        PlannedStatement statement = POSTGRES.plan("SELECT a FROM t WHERE b = ? AND c = ?").statements().get(0);
        assertEquals("SELECT a FROM t WHERE b = ? AND c = ?", statement.sql());
        assertEquals("1,2", statement.parameters().toString());
    }

    @Test
    void eachStatementOfAScriptHasItsOwnMap() throws RejectedSqlException {
        List<PlannedStatement> statements = POSTGRES.plan("UPDATE t SET a = ?2 WHERE b = ?1; SELECT ?").statements();
        assertEquals("UPDATE t SET a = ? WHERE b = ?", statements.get(0).sql());
        assertEquals("2,1", statements.get(0).parameters().toString());
        assertEquals("1", statements.get(1).parameters().toString());
    }

    @Test
    void policyAnswersBeforeTheRules() {
        RejectedSqlException e = assertThrows(RejectedSqlException.class,
                () -> POSTGRES.plan("INSERT OR IGNORE INTO t SELECT load_extension('x')"));
        assertEquals(RejectedSqlException.POLICY, e.sqlState());
    }

    @Test
    void ruleRefusalNamesTheStatementOfAScript() {
        RejectedSqlException e = assertThrows(RejectedSqlException.class,
                () -> POSTGRES.plan("SELECT 1; REPLACE INTO t VALUES (1)"));
        assertEquals(RejectedSqlException.TARGET_UNSUPPORTED, e.sqlState());
        assertEquals("nana: REPLACE INTO cannot run on PostgreSQL: its conflict resolution has no PostgreSQL"
                + " equivalent (ON CONFLICT handles unique keys only); use INSERT ... ON CONFLICT (key) DO NOTHING"
                + " or DO UPDATE (rule conflict-clause) (statement 2 of 2)", e.getMessage());
    }

    @Test
    void keyValueSchemaIsRefusedOnPostgres() {
        RejectedSqlException e = assertThrows(RejectedSqlException.class,
                () -> POSTGRES.plan("SELECT value FROM kv.users WHERE key = ?"));
        assertEquals(RejectedSqlException.TARGET_UNSUPPORTED, e.sqlState());
        assertEquals("nana: key-value namespace users is not available on PostgreSQL yet (rule kv-schema)",
                e.getMessage());
    }

    @Test
    void unreadableTextIsRefusedOnPostgresEvenWhenNotStrict() {
        SqlPipeline lenient = SqlPipeline.shared(new PolicyConfig(false, Set.of(), null, Set.of()), null, 100,
                EncryptedColumns.NONE, Target.POSTGRESQL);
        RejectedSqlException e = assertThrows(RejectedSqlException.class, () -> lenient.plan("SELECT 'open"));
        assertEquals(RejectedSqlException.UNREADABLE, e.sqlState());
    }

    @Test
    void explainedStatementsAreRewrittenToo() throws RejectedSqlException {
        assertEquals("EXPLAIN SELECT a FROM t LIMIT 2 OFFSET 1",
                POSTGRES.plan("EXPLAIN SELECT a FROM t LIMIT 1, 2").statements().get(0).sql());
    }
}
