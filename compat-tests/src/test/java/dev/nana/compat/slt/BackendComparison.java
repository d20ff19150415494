package dev.nana.compat.slt;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** The same sqllogictest files run through raw sqlite-jdbc and through nana. */
record BackendComparison(SltResult raw, SltResult nana) {

    static final String RAW_URL = "jdbc:sqlite:";
    static final String NANA_URL = "jdbc:nana:";

    /** The shared corpus (../shared/slt from the project root, see the pom); the test is skipped without it. */
    static Path corpus() {
        Path corpus = Path.of(System.getProperty("slt.corpus", "../../shared/slt"));
        assumeTrue(Files.isDirectory(corpus), "no sqllogictest corpus at " + corpus.toAbsolutePath());
        return corpus;
    }

    static BackendComparison run(Path fileOrDirectory) throws IOException, SQLException {
        return new BackendComparison(
                new SltRunner(RAW_URL, SltRunner.SQLITE_ENGINE).run(fileOrDirectory),
                new SltRunner(NANA_URL, SltRunner.SQLITE_ENGINE).run(fileOrDirectory));
    }

    /**
     * Both backends' failures and counts. Deliberately not in the {@code N passed, N failed} form SltMain prints:
     * inside a passing build that line would read as a test run's verdict (raw sqlite-jdbc does fail 2 records).
     */
    String report() {
        return section(RAW_URL, raw) + section(NANA_URL, nana);
    }

    private static String section(String url, SltResult result) {
        StringBuilder text = new StringBuilder(url).append('\n');
        result.failures().forEach(failure -> text.append("  ").append(failure).append('\n'));
        return text.append("  records executed: ").append(result.executed()).append(", records failing: ")
                .append(result.failed()).append('\n').toString();
    }
}
