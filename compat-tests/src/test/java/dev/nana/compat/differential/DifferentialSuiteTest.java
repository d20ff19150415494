package dev.nana.compat.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nana.compat.differential.DifferentialRunner.Verdict;
import dev.nana.jdbc.TestPostgres;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every case in {@code differential/*.cases} on raw SQLite and on the target named by
 * {@code -Dnana.differential.target}: {@code raw-postgresql} (plain pgjdbc, the baseline, the default) or
 * {@code nana-postgresql} ({@code jdbc:nana:postgresql://} on the same kind of database). Writes
 * target/differential-report.md. A measurement on raw PostgreSQL: differences fail the test only on a nana target
 * or with {@code -Dnana.differential.failOnDifference=true}; a broken case or runner always does.
 */
class DifferentialSuiteTest {

    static final Path REPORT = Path.of("target", "differential-report.md");

    @Test
    void everyCaseOnTheTarget() throws Exception {
        String targetName = System.getProperty("nana.differential.target", "raw-postgresql");
        boolean failOnDifference = Boolean.parseBoolean(System.getProperty("nana.differential.failOnDifference",
                String.valueOf(!targetName.startsWith("raw-"))));
        List<DifferentialCase> cases = DifferentialRunner.loadCases();
        try (DifferentialTarget oracle = new DifferentialTarget.Sqlite(); DifferentialTarget target = target(targetName)) {
            List<Verdict> verdicts = DifferentialRunner.run(cases, oracle, target);
            String targetLabel = target.name() + " (" + target.version() + ")";
            DifferentialReport.write(REPORT, oracle.version(), targetLabel, verdicts);
            String summary = DifferentialReport.summary(oracle.version(), targetLabel, verdicts);
            System.out.println(summary + "; details in " + REPORT.toAbsolutePath());
            if (failOnDifference) {
                assertEquals(verdicts.size(), DifferentialReport.equal(verdicts), summary + ", see " + REPORT);
            }
        }
    }

    static DifferentialTarget target(String name) throws SQLException {
        String url = TestPostgres.newDatabaseUrl();
        switch (name) {
            case "raw-postgresql":
                return new DifferentialTarget.Postgres(name, url, url);
            case "nana-postgresql":
                return new DifferentialTarget.Postgres(name, "jdbc:nana:" + url.substring("jdbc:".length()), url);
            default:
                throw new IllegalArgumentException("nana.differential.target must be raw-postgresql or nana-postgresql,"
                        + " not " + name);
        }
    }
}
