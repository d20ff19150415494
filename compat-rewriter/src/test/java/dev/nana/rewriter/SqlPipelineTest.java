package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlPipelineTest {
    private final SqlPipeline pipeline = SqlPipeline.shared(PolicyConfig.DEFAULT, "kv", 100);

    @Test
    void sameSqlGivesTheSamePlan() throws RejectedSqlException {
        String sql = "SELECT a FROM t WHERE id = ?";
        assertSame(pipeline.plan(sql), pipeline.plan(sql));
    }

    @Test
    void rejectionIsCachedAndThrownAfreshEachTime() {
        String sql = "SELECT readfile('secret') -- cache me";
        RejectedSqlException first = assertThrows(RejectedSqlException.class, () -> pipeline.plan(sql));
        assertTrue(pipeline.isCached(sql));
        RejectedSqlException second = assertThrows(RejectedSqlException.class, () -> pipeline.plan(sql));
        assertNotSame(first, second);
        assertEquals(first.getMessage(), second.getMessage());
        assertEquals(RejectedSqlException.POLICY, second.sqlState());
    }

    @Test
    void zeroSizedCacheKeepsNothing() throws RejectedSqlException {
        SqlPipeline uncached = SqlPipeline.shared(PolicyConfig.DEFAULT, "kv", 0);
        String sql = "SELECT 1";
        assertEquals(uncached.plan(sql).statements(), uncached.plan(sql).statements());
        assertFalse(uncached.isCached(sql));
    }

    @Test
    void planOnceUsesTheCacheButDoesNotFillIt() throws RejectedSqlException {
        String once = "SELECT 'only once'";
        assertEquals(1, pipeline.planOnce(once).statements().size());
        assertFalse(pipeline.isCached(once));
        String prepared = "SELECT 'prepared first'";
        Plan cached = pipeline.plan(prepared);
        assertSame(cached, pipeline.planOnce(prepared));
        assertThrows(RejectedSqlException.class, () -> pipeline.planOnce("SELECT load_extension('x')"));
    }

    @Test
    void veryLongSqlIsCheckedButNotCached() throws RejectedSqlException {
        String sql = "SELECT 1" + " ".repeat(SqlPipeline.MAX_CACHED_SQL_LENGTH);
        assertEquals(1, pipeline.plan(sql).statements().size());
        assertFalse(pipeline.isCached(sql));
        String forbidden = "SELECT load_extension('x')" + " ".repeat(SqlPipeline.MAX_CACHED_SQL_LENGTH);
        assertThrows(RejectedSqlException.class, () -> pipeline.plan(forbidden));
    }

    @Test
    void equalConfigurationsShareOnePipeline() {
        PolicyConfig a = new PolicyConfig(true, Set.of("Upper"), null, Set.of());
        PolicyConfig b = new PolicyConfig(true, Set.of("upper"), null, Set.of());
        assertSame(SqlPipeline.shared(a, "kv", 10), SqlPipeline.shared(b, "kv", 10));
        assertNotSame(SqlPipeline.shared(a, "kv", 10), SqlPipeline.shared(a, "kv", 11));
        assertNotSame(SqlPipeline.shared(a, "kv", 10), SqlPipeline.shared(PolicyConfig.DEFAULT, "kv", 10));
        assertEquals(a, SqlPipeline.shared(a, "kv", 10).policy());
    }

    @Test
    void badArgumentsAreRefusedClearly() {
        RejectedSqlException nullSql = assertThrows(RejectedSqlException.class, () -> pipeline.plan(null));
        assertEquals(RejectedSqlException.UNREADABLE, nullSql.sqlState());
        assertThrows(IllegalArgumentException.class, () -> SqlPipeline.shared(PolicyConfig.DEFAULT, "kv", -1));
    }

    @Test
    void kvSchemaIsPartOfTheSharingKey() {
        PolicyConfig policy = PolicyConfig.DEFAULT;
        assertSame(SqlPipeline.shared(policy, "kv", 10), SqlPipeline.shared(policy, "KV", 10));
        assertNotSame(SqlPipeline.shared(policy, "kv", 10), SqlPipeline.shared(policy, "store", 10));
        assertNotSame(SqlPipeline.shared(policy, "kv", 10), SqlPipeline.shared(policy, null, 10));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "1kv", "k v", "kv.x", "\"kv\"", "kv-store", "main", "TEMP"})
    void kvSchemaMustBeAPlainIdentifier(String schema) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SqlPipeline.shared(PolicyConfig.DEFAULT, schema, 10));
        assertTrue(e.getMessage().startsWith("kvSchema must be a plain identifier"), e.getMessage());
    }

    @Test
    void theJsonWrapperIsNotTheApplicationsCallButItsOwnCallsStillAre() throws RejectedSqlException {
        SqlPipeline allowNothing = SqlPipeline.shared(Policies.allowing(), "kv", 10);
        assertEquals("INSERT INTO \"users\" VALUES (?, nana_json(?))",
                allowNothing.plan("INSERT INTO kv.users VALUES (?, ?)").statements().get(0).sql());
        RejectedSqlException e = assertThrows(RejectedSqlException.class,
                () -> allowNothing.plan("UPDATE kv.users SET value = json_set(value, '$.a', 1)"));
        assertEquals("nana: function json_set is not in the allowed list", e.getMessage());
    }

    @Test
    void planHoldsEachStatementWithKindAndParameters() throws RejectedSqlException {
        Plan plan = pipeline.plan("/* setup */ INSERT INTO t VALUES (?, :b);\n"
                + "UPDATE t SET a = ?2 WHERE b = :b ; -- done\n SELECT 1;");
        assertEquals(List.of(
                new PlannedStatement("INSERT INTO t VALUES (?, :b)", StatementKind.INSERT, 2, null, null,
                        new Insertion(null, "t", false)),
                new PlannedStatement("UPDATE t SET a = ?2 WHERE b = :b", StatementKind.UPDATE, 3),
                new PlannedStatement("SELECT 1", StatementKind.SELECT, 0)), plan.statements());
        assertTrue(plan.isScript());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "   ", ";", "-- nothing", "/* nothing */ ;;"})
    void emptySqlHasNoStatements(String sql) throws RejectedSqlException {
        Plan plan = pipeline.plan(sql);
        assertEquals(List.of(), plan.statements());
        assertFalse(plan.isScript());
    }

    @Test
    void scriptsOfDataStatementsRunAtomically() throws RejectedSqlException {
        assertTrue(pipeline.plan("INSERT INTO t VALUES (1); UPDATE t SET a = 2; SELECT 1").runsAtomically());
        assertTrue(pipeline.plan("CREATE TABLE n(a); DROP TABLE n").runsAtomically());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BEGIN; INSERT INTO t VALUES (1)",
            "INSERT INTO t VALUES (1); COMMIT",
            "SAVEPOINT s; RELEASE s",
            "INSERT INTO t VALUES (1); ROLLBACK",
            "PRAGMA foreign_keys = ON; INSERT INTO t VALUES (1)",
            "VACUUM",
            "ATTACH 'f.db' AS f",
            "DETACH f",
            "backup to 'f.db'",
            "restore from 'f.db'"})
    void transactionControlAndFileLevelStatementsDoNot(String sql) throws RejectedSqlException {
        PolicyConfig everything = new PolicyConfig(true, Set.of(), null, PolicyConfig.LIFTABLE_STATEMENTS);
        assertFalse(SqlPipeline.shared(everything, "kv", 10).plan(sql).runsAtomically());
    }
}
