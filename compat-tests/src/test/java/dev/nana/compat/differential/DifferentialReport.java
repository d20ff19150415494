package dev.nana.compat.differential;

import dev.nana.compat.differential.DifferentialRunner.Outcome;
import dev.nana.compat.differential.DifferentialRunner.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The markdown summary: equal cases per area, then each difference with the script and both sides' values. */
final class DifferentialReport {

    private DifferentialReport() {}

    static long equal(List<Verdict> verdicts) {
        return verdicts.stream().filter(Verdict::equal).count();
    }

    static String summary(String oracle, String target, List<Verdict> verdicts) {
        return "differential suite: " + equal(verdicts) + " of " + verdicts.size() + " cases equal, " + oracle
                + " vs " + target;
    }

    static void write(Path file, String oracle, String target, List<Verdict> verdicts) throws IOException {
        Map<String, int[]> areas = new LinkedHashMap<>();
        for (Verdict verdict : verdicts) {
            int[] counts = areas.computeIfAbsent(verdict.testCase().area(), area -> new int[2]);
            counts[verdict.equal() ? 0 : 1]++;
        }
        StringBuilder text = new StringBuilder("# Differential suite: ").append(oracle).append(" vs ").append(target)
                .append("\n\n").append(equal(verdicts)).append(" of ").append(verdicts.size())
                .append(" cases equal.\n\n| area | cases | equal | different |\n|---|---|---|---|\n");
        areas.forEach((area, counts) -> text.append("| ").append(area).append(" | ").append(counts[0] + counts[1])
                .append(" | ").append(counts[0]).append(" | ").append(counts[1]).append(" |\n"));
        text.append("\n## Differences\n");
        for (Verdict verdict : verdicts) {
            if (!verdict.equal()) {
                DifferentialCase c = verdict.testCase();
                text.append("\n### ").append(c.id()).append(" (").append(c.area()).append(".cases line ")
                        .append(c.line()).append(")\n```sql\n")
                        .append(c.steps().stream().map(DifferentialCase.Step::sql).collect(Collectors.joining(";\n")))
                        .append("\n```\n");
                if (!c.params().isEmpty()) {
                    text.append("params: ").append(c.params().stream().map(DifferentialRunner::value)
                            .collect(Collectors.joining(", "))).append('\n');
                }
                text.append("- SQLite: ").append(describe(verdict.oracle())).append('\n')
                        .append("- target: ").append(describe(verdict.target())).append('\n');
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }

    private static String describe(Outcome outcome) {
        String steps = outcome.steps().isEmpty() ? "" : "steps " + outcome.steps() + ", ";
        return steps + "`" + outcome.result().replace("\n", "` `") + "`";
    }
}
