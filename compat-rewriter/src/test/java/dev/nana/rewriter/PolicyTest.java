package dev.nana.rewriter;

import static dev.nana.rewriter.Policies.NON_STRICT;
import static dev.nana.rewriter.Policies.allowing;
import static dev.nana.rewriter.Policies.assertForbidden;
import static dev.nana.rewriter.Policies.assertRefused;
import static dev.nana.rewriter.Policies.lifting;
import static dev.nana.rewriter.Policies.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "PRAGMA trusted_schema",
            "PRAGMA main.journal_mode",
            "PRAGMA table_info(t)",
            "PRAGMA main.table_info('t')",
            "PRAGMA table_info = t",
            "PRAGMA index_xinfo(i)",
            "PRAGMA foreign_key_check(t)",
            "PRAGMA integrity_check(10)",
            "PRAGMA quick_check",
            "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout(5000)",
            "PRAGMA user_version = 3",
            "PRAGMA main.journal_mode = WAL",
            "PRAGMA synchronous = NORMAL",
            "PRAGMA cache_size = -2000",
            "PRAGMA wal_checkpoint(TRUNCATE)",
            "PRAGMA optimize",
            "PRAGMA optimize(0x10002)",
            "PRAGMA query_only = 1",
            "PRAGMA query_only(ON)",
            "PRAGMA query_only = 'yes'",
            "PRAGMA query_only = true",
            "EXPLAIN PRAGMA foreign_keys = 1"})
    void pragmaReadsAndListedWritesRun(String sql) throws RejectedSqlException {
        assertEquals(1, plan(PolicyConfig.DEFAULT, sql).statements().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            PRAGMA trusted_schema = ON                 | trusted_schema
            PRAGMA trusted_schema(1)                   | trusted_schema
            PRAGMA "trusted_schema" = 1                | trusted_schema
            PRAGMA 'trusted_schema' = 1                | trusted_schema
            PRAGMA [TRUSTED_SCHEMA] = 1                | trusted_schema
            pragma main.Trusted_Schema = 1             | trusted_schema
            EXPLAIN PRAGMA trusted_schema = 1          | trusted_schema
            EXPLAIN QUERY PLAN PRAGMA trusted_schema=1 | trusted_schema
            PRAGMA writable_schema = 1                 | writable_schema
            PRAGMA schema_version = 7                  | schema_version
            PRAGMA temp_store_directory = '/tmp'       | temp_store_directory
            PRAGMA data_store_directory = '/tmp'       | data_store_directory
            PRAGMA mmap_size = 268435456               | mmap_size
            PRAGMA legacy_alter_table = ON             | legacy_alter_table
            PRAGMA cell_size_check = OFF               | cell_size_check
            PRAGMA no_such_pragma = 1                  | no_such_pragma
            PRAGMA trusted_schema = 1 junk             | trusted_schema
            """)
    void otherPragmaWritesAreRefused(String sql, String pragma) {
        assertForbidden(PolicyConfig.DEFAULT, sql, "nana: PRAGMA " + pragma + " may not be written (read-only by policy)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PRAGMA query_only = 0", "PRAGMA query_only = OFF", "PRAGMA query_only(false)",
            "PRAGMA query_only = 'no'", "PRAGMA query_only = 2", "PRAGMA query_only = -1"})
    void queryOnlyMayOnlyBeSwitchedOn(String sql) {
        assertForbidden(PolicyConfig.DEFAULT, sql, "nana: PRAGMA query_only may only be switched on (read-only by policy)");
    }

    @Test
    void pragmaMessageNeverEchoesTheValue() {
        assertForbidden(PolicyConfig.DEFAULT, "PRAGMA key = 'hunter2'", "nana: PRAGMA key may not be written (read-only by policy)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ATTACH 'other.db' AS other              | ATTACH      | ATTACH
            ATTACH DATABASE ':memory:' AS m         | ATTACH      | ATTACH
            EXPLAIN ATTACH 'other.db' AS other      | ATTACH      | ATTACH
            DETACH other                            | DETACH      | DETACH
            VACUUM INTO '/tmp/copy.db'              | VACUUM INTO | VACUUM
            VACUUM main INTO '/tmp/copy.db'         | VACUUM INTO | VACUUM
            backup to '/tmp/copy.db'                | BACKUP      | BACKUP
            restore from '/tmp/copy.db'             | RESTORE     | RESTORE
            """)
    void forbiddenStatementsAreLiftedOneByOne(String sql, String shown, StatementKind kind) throws RejectedSqlException {
        assertForbidden(PolicyConfig.DEFAULT, sql, "nana: statement " + shown + " is forbidden by policy");
        assertForbidden(NON_STRICT, sql, "nana: statement " + shown + " is forbidden by policy");
        assertEquals(1, plan(lifting(kind), sql).statements().size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"VACUUM", "VACUUM main", "PRAGMA foreign_keys"})
    void plainVacuumAndPragmaReadsNeedNoLifting(String sql) throws RejectedSqlException {
        assertEquals(1, plan(PolicyConfig.DEFAULT, sql).statements().size());
    }

    @Test
    void liftingPragmaAllowsAnyPragmaWrite() throws RejectedSqlException {
        assertEquals(2, plan(lifting(StatementKind.PRAGMA), "PRAGMA trusted_schema = 1; PRAGMA query_only = 0")
                .statements().size());
    }

    @Test
    void liftingStatementsNeverLiftsForbiddenFunctions() {
        PolicyConfig everything = lifting(PolicyConfig.LIFTABLE_STATEMENTS.toArray(StatementKind[]::new));
        assertForbidden(everything, "ATTACH 'f.db' AS load_extension('x')",
                "nana: function load_extension is forbidden by policy");
    }

    @Test
    void allowListModeRefusesUnlistedFunctions() throws RejectedSqlException {
        assertForbidden(allowing("lower"), "SELECT lower(a), upper(a) FROM t", "nana: function upper is not in the allowed list");
        assertEquals(1, plan(allowing("lower", "count"), "SELECT count(*), LOWER(a) FROM t").statements().size());
    }

    @Test
    void allowListIsCaseInsensitive() throws RejectedSqlException {
        assertEquals(1, plan(allowing("Lower"), "SELECT \"LOWER\"(a) FROM t").statements().size());
    }

    @Test
    void forbiddenWinsOverAllowed() {
        assertForbidden(allowing("load_extension"), "SELECT load_extension('x')",
                "nana: function load_extension is forbidden by policy");
    }

    @Test
    void forbiddenReportedBeforeUnlisted() {
        assertForbidden(allowing("lower"), "SELECT upper(load_extension('x'))",
                "nana: function load_extension is forbidden by policy");
    }

    @Test
    void forbiddenFunctionsAddToTheDefaults() throws RejectedSqlException {
        PolicyConfig config = new PolicyConfig(true, Set.of("upper"), null, Set.of());
        assertForbidden(config, "SELECT upper(a) FROM t", "nana: function upper is forbidden by policy");
        assertForbidden(config, "SELECT load_extension('x')", "nana: function load_extension is forbidden by policy");
        assertEquals(1, plan(config, "SELECT lower(a) FROM t").statements().size());
    }

    @Test
    void strictRefusesWhatTheLexerCannotRead() {
        assertRefused(PolicyConfig.DEFAULT, "SELECT 'abc", "nana: unterminated string literal at offset 7",
                RejectedSqlException.UNREADABLE);
        assertRefused(PolicyConfig.DEFAULT, "SELECT 1; SELECT [abc", "nana: unterminated quoted identifier at offset 17 "
                + "(statement 2 of 2)", RejectedSqlException.UNREADABLE);
        assertRefused(PolicyConfig.DEFAULT, "SELECT 1\0; SELECT 2", "nana: NUL character at offset 8",
                RejectedSqlException.UNREADABLE);
        assertRefused(PolicyConfig.DEFAULT, "\0SELECT 1", "nana: NUL character at offset 0", RejectedSqlException.UNREADABLE);
    }

    @Test
    void strictRefusesUnknownStatements() {
        assertRefused(PolicyConfig.DEFAULT, "FROB the database", "nana: unrecognised statement starting with frob "
                + "(strict mode)", RejectedSqlException.UNREADABLE);
        assertRefused(PolicyConfig.DEFAULT, "(SELECT 1)", "nana: unrecognised statement (strict mode)",
                RejectedSqlException.UNREADABLE);
    }

    @Test
    void nonStrictPassesUnreadableAndUnknownSqlToTheDatabase() throws RejectedSqlException {
        assertEquals(List.of("SELECT 'abc"), sqlOf(plan(NON_STRICT, "SELECT 'abc")));
        assertEquals(List.of("FROB the database"), sqlOf(plan(NON_STRICT, "FROB the database")));
    }

    @Test
    void nonStrictDropsWhatFollowsNulLikeSqliteDoes() throws RejectedSqlException {
        assertEquals(List.of("SELECT 1"), sqlOf(plan(NON_STRICT, "SELECT 1\0; ATTACH 'f' AS g")));
    }

    @Test
    void nonStrictStillEnforcesFunctionsAndStatements() {
        assertForbidden(NON_STRICT, "FROB (load_extension('x'))", "nana: function load_extension is forbidden by policy");
        assertForbidden(NON_STRICT, "SELECT 1; ATTACH 'f' AS g; SELECT 'abc",
                "nana: statement ATTACH is forbidden by policy (statement 2 of 3)");
        assertForbidden(NON_STRICT, "SELECT 'a', load_extension('x'), 'b", "nana: function load_extension is forbidden by policy");
    }

    @Test
    void firstBadStatementOfAScriptIsReported() {
        assertForbidden(PolicyConfig.DEFAULT, "SELECT 1; PRAGMA writable_schema = 1; SELECT load_extension('x')",
                "nana: PRAGMA writable_schema may not be written (read-only by policy) (statement 2 of 3)");
    }

    @Test
    void scriptWithAForbiddenStatementIsRefusedWhole() {
        assertForbidden(PolicyConfig.DEFAULT, "INSERT INTO t VALUES (1); DETACH x", "nana: statement DETACH is forbidden by policy "
                + "(statement 2 of 2)");
    }

    private static List<String> sqlOf(Plan plan) {
        return plan.statements().stream().map(PlannedStatement::sql).toList();
    }
}
