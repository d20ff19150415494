package dev.nana.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.cli.ShellProcess.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shell in its own JVM with SQL on a piped stdin, as a user would in a script. */
class NanaShellPipeTest {

    @TempDir
    Path dir;

    private Run nana(String stdin, String... args) throws Exception {
        return ShellProcess.run(dir, stdin, args);
    }

    private String database() {
        return dir.resolve("app.db").toString();
    }

    @Test
    void printsResultTablesAndUpdateCounts() throws Exception {
        Run run = nana("""
                create table fruit(id integer primary key, name text, price real);
                insert into fruit(name, price) values ('apple', 1.5), ('banana', NULL), ('cherry', 12.25);
                select id, name, price from fruit order by id;
                update fruit set price = 2 where name = 'apple';
                """, database());

        assertEquals("", run.stderr());
        assertEquals(0, run.exitCode());
        assertTrue(run.stdout().contains("OK, 3 rows affected\n"), run.stdout());
        assertTrue(run.stdout().contains("""
                id | name   | price
                ---+--------+------
                 1 | apple  |   1.5
                 2 | banana |  NULL
                 3 | cherry | 12.25
                (3 rows)
                """), run.stdout());
        assertTrue(run.stdout().endsWith("OK, 1 row affected\n"), run.stdout());
    }

    @Test
    void policyDenialIsAOneLineErrorAndTheShellGoesOn() throws Exception {
        Run run = nana("""
                select load_extension('evil.so');
                select 'still here' as status;
                """, database());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.errorLines().size(), run.stderr());
        assertTrue(run.stderr().startsWith("error [42501]: nana: function load_extension is forbidden by policy"),
                run.stderr());
        assertEquals("status\n----------\nstill here\n(1 row)\n", run.stdout());
    }

    @Test
    void sqlErrorIsOneLineWithItsSqlStateAndNoStackTrace() throws Exception {
        Run run = nana("selec 1;\nselect * from missing_table;\n", database());

        assertEquals(1, run.exitCode());
        assertEquals(2, run.errorLines().size(), run.stderr());
        for (String line : run.errorLines()) {
            assertTrue(line.matches("error \\[[0-9A-Z]{5}\\]: .+"), line);
        }
        assertTrue(run.stderr().contains("missing_table"), run.stderr());
        assertFalse(run.stderr().contains("Exception"), run.stderr());
    }

    @Test
    void dataWrittenInOneRunIsVisibleInTheNext() throws Exception {
        Run write = nana("create table kv(k text primary key, v text);\ninsert into kv values ('greeting', 'hello');\n",
                database());
        Run read = nana("select v from kv where k = 'greeting';\n", database());

        assertEquals(0, write.exitCode(), write.stderr());
        assertEquals(0, read.exitCode(), read.stderr());
        assertEquals("v\n-----\nhello\n(1 row)\n", read.stdout());
    }

    @Test
    void statementsSpanLinesAndSemicolonsInStringsOrCommentsDoNotEndThem() throws Exception {
        Run run = nana("""
                create table notes(body text);
                insert into notes(body)
                    values ('one; two'); -- a comment; with a semicolon
                select body
                    from notes /* ; */
                  where body like '%;%';
                """, database());

        assertEquals("", run.stderr());
        assertTrue(run.stdout().endsWith("body\n--------\none; two\n(1 row)\n"), run.stdout());
    }

    /** Split by the driver's own splitter and run one by one, as SQLite's shell does: each prints its result. */
    @Test
    void everyStatementOfALinePrintsItsOwnResult() throws Exception {
        Run run = nana("""
                create table t(x); insert into t values (1), (2); insert into t values (3);
                select count(*) as n from t; select x from t order by x;
                """, database());

        assertEquals("", run.stderr());
        assertEquals("OK, 2 rows affected\nOK, 1 row affected\nn\n-\n3\n(1 row)\nx\n-\n1\n2\n3\n(3 rows)\n",
                run.stdout());
    }

    @Test
    void aTriggerBodyOnOneLineIsOneStatement() throws Exception {
        Run run = nana("create table t(x); create table log(y); create trigger tr after insert on t begin"
                + " insert into log values (new.x); insert into log values (new.x * 10); end;"
                + " insert into t values (4); select y from log order by y;\n", database());

        assertEquals("", run.stderr());
        assertEquals("OK, 1 row affected\n y\n--\n 4\n40\n(2 rows)\n", run.stdout());
    }

    /** As in SQLite's shell, the first failing statement ends its input line; the next line runs. */
    @Test
    void aFailingStatementSkipsTheRestOfItsLineAndNamesItsPlace() throws Exception {
        Run run = nana("select 1 as a; select * from missing_table; select 2 as b;\nselect 3 as c;\n", database());

        assertEquals(1, run.exitCode());
        assertEquals("a\n-\n1\n(1 row)\nc\n-\n3\n(1 row)\n", run.stdout());
        assertEquals(1, run.errorLines().size(), run.stderr());
        assertTrue(run.stderr().matches("error \\[[0-9A-Z]{5}\\]: .*missing_table.*"
                + " \\(statement 2 of 3; the rest did not run\\)\n"), run.stderr());
    }

    /** The count printed is the statement's own: BEGIN, DDL, PRAGMA and COMMIT change no rows and print none. */
    @Test
    void onlyStatementsThatChangeRowsPrintACount() throws Exception {
        Run run = nana("""
                create table t(x primary key);
                insert into t values (1), (2);
                BEGIN;
                CREATE TABLE u(y);
                PRAGMA user_version = 3;
                COMMIT;
                insert into t values (3); BEGIN; CREATE TABLE w(z); PRAGMA user_version; COMMIT;
                update t set x = x + 10 where x > 1; delete from t where x = 1; replace into t values (13);
                """, database());

        assertEquals("", run.stderr());
        assertEquals("""
                OK, 2 rows affected
                OK, 1 row affected
                user_version
                ------------
                           3
                (1 row)
                OK, 2 rows affected
                OK, 1 row affected
                OK, 1 row affected
                """, run.stdout());
    }

    @Test
    void finalStatementRunsWithoutItsSemicolon() throws Exception {
        Run run = nana("select 6 * 7 as answer", database());

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("answer\n------\n    42\n(1 row)\n", run.stdout());
    }

    @Test
    void dotCommandsListTablesAndShowTheSchema() throws Exception {
        Run run = nana("""
                create table person(id integer primary key, name text);
                create view person_names as select name from person;
                .tables
                .schema PERSON
                """, database());

        assertEquals("", run.stderr());
        assertTrue(run.stdout().contains("person\nperson_names\n"), run.stdout());
        assertTrue(run.stdout().endsWith("CREATE TABLE person(id integer primary key, name text);\n"), run.stdout());
    }

    @Test
    void unknownDotCommandIsNamedAndFailsTheRun() throws Exception {
        Run run = nana(".frobnicate\n.help\n", database());

        assertEquals(1, run.exitCode());
        assertEquals("error: unknown command: .frobnicate (enter .help)\n", run.stderr());
        assertTrue(run.stdout().contains(".schema [TABLE]"), run.stdout());
    }

    @Test
    void aUsageErrorNamesTheCommandAndItsUsage() throws Exception {
        Run run = nana(".mode grid\n.headers\n.timer maybe\n.read\n.import only-a-file.csv\n.tables extra\n",
                database());

        assertEquals(1, run.exitCode());
        assertEquals("""
                error: usage: .mode [table|box|csv|json|line|list]
                error: usage: .headers on|off
                error: usage: .timer on|off
                error: usage: .read FILE
                error: usage: .import [--skip N] FILE TABLE
                error: usage: .tables
                """, run.stderr());
    }

    @Test
    void quitStopsReadingInput() throws Exception {
        Run run = nana("select 1 as one;\n.quit\nselect 2 as two;\n", database());

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("one\n---\n  1\n(1 row)\n", run.stdout());
    }

    @Test
    void withoutArgumentsTheDatabaseIsInMemory() throws Exception {
        Run first = nana("create table t(x);\ninsert into t values (1);\nselect count(*) as n from t;\n");
        Run second = nana("select count(*) as n from t;\n");

        assertEquals(0, first.exitCode(), first.stderr());
        assertTrue(first.stdout().endsWith("n\n-\n1\n(1 row)\n"), first.stdout());
        assertEquals(1, second.exitCode());
        assertTrue(second.stderr().contains("no such table"), second.stderr());
    }

    @Test
    void urlOptionOpensAnyJdbcUrl() throws Exception {
        nana("create table t(x);\ninsert into t values ('via url');\n", database());

        Run run = nana("select x from t;\n", "--url", "jdbc:nana:" + database());

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("x\n-------\nvia url\n(1 row)\n", run.stdout());
    }

    @Test
    void unknownUrlIsAReadableError() throws Exception {
        Run run = nana("", "--url", "jdbc:nowhere:x");

        assertEquals(1, run.exitCode());
        assertEquals("error [08001]: No suitable driver found for jdbc:nowhere:x\n", run.stderr());
    }

    @Test
    void databaseAndUrlTogetherAreAUsageError() throws Exception {
        Run run = nana("", database(), "--url", "jdbc:nana::memory:");

        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().startsWith("Give either DATABASE or --url, not both."), run.stderr());
    }

    @Test
    void helpAndVersion() throws Exception {
        Run help = nana("", "--help");
        Run version = nana("", "--version");

        assertEquals(0, help.exitCode());
        assertTrue(help.stdout().startsWith("Usage: nana"), help.stdout());
        assertTrue(help.stdout().contains("--url=JDBC_URL"), help.stdout());
        assertEquals(0, version.exitCode());
        assertEquals(NanaShell.Version.text() + "\n", version.stdout());
        assertTrue(version.stdout().matches("nana \\d+\\.\\d+\\.\\d+.*\\n"), version.stdout());
    }
}
