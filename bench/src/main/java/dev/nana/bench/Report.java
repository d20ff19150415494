package dev.nana.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the suite through the JMH Runner API and prints a Markdown table of raw score, nana score and their ratio
 * against the target. Arguments are ordinary JMH options (e.g. {@code -f 2 -i 20}); without them the suite runs
 * with the settings on {@link NanaVsRawBenchmark} and writes JSON results to {@value #DEFAULT_RESULT}.
 */
public final class Report {
    static final String DEFAULT_RESULT = "bench/target/jmh.json";

    /** Times (avgt) may be at most the bound; throughputs (thrpt) must be at least the bound. */
    private record Target(double ratio, boolean atMost) {
        boolean metBy(double actual) {
            return atMost ? actual <= ratio : actual >= ratio;
        }

        @Override
        public String toString() {
            return (atMost ? "<= " : ">= ") + format(ratio);
        }
    }

    private static final Map<String, Target> TARGETS = Map.of(
            "pointSelectReusedStatement", new Target(1.05, true),
            "pointSelectPreparePerCall", new Target(1.10, true),
            "statementDistinctSql", new Target(1.30, true),
            "insertAutocommit", new Target(1.05, true),
            "batchInsert100k", new Target(0.95, false));

    private Report() {
    }

    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(commandLine);
        if (commandLine.getIncludes().isEmpty()) {
            options.include(NanaVsRawBenchmark.class.getName());
        }
        if (!commandLine.getResult().hasValue()) {
            options.result(DEFAULT_RESULT);
        }
        if (!commandLine.getResultFormat().hasValue()) {
            options.resultFormat(ResultFormatType.JSON);
        }
        System.out.println(table(new Runner(options.build()).run()));
    }

    static String table(Collection<RunResult> results) {
        Map<String, Map<String, Result<?>>> byBenchmark = new TreeMap<>();
        for (RunResult run : results) {
            String fullName = run.getParams().getBenchmark();
            String benchmark = fullName.substring(fullName.lastIndexOf('.') + 1);
            byBenchmark.computeIfAbsent(benchmark, name -> new TreeMap<>())
                    .put(run.getParams().getParam("driver"), run.getPrimaryResult());
        }
        StringBuilder table = new StringBuilder("| benchmark | unit | raw | nana | nana/raw | target | met |\n")
                .append("|---|---|---:|---:|---:|---|---|\n");
        byBenchmark.forEach((benchmark, byDriver) -> {
            Result<?> raw = byDriver.get("raw");
            Result<?> nana = byDriver.get("nana");
            Target target = TARGETS.get(benchmark);
            String ratio = "-";
            String met = "-";
            if (raw != null && nana != null) {
                double value = nana.getScore() / raw.getScore();
                ratio = format(value);
                met = target == null ? "-" : target.metBy(value) ? "yes" : "**no**";
            }
            table.append("| ").append(benchmark)
                    .append(" | ").append((raw != null ? raw : nana).getScoreUnit())
                    .append(" | ").append(score(raw))
                    .append(" | ").append(score(nana))
                    .append(" | ").append(ratio)
                    .append(" | ").append(target == null ? "-" : target)
                    .append(" | ").append(met).append(" |\n");
        });
        return table.toString();
    }

    private static String score(Result<?> result) {
        if (result == null) {
            return "-";
        }
        // A single measured iteration has no error estimate.
        double error = result.getScoreError();
        return Double.isNaN(error) ? format(result.getScore()) : format(result.getScore()) + " ± " + format(error);
    }

    private static String format(double value) {
        return Math.abs(value) >= 1000 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }
}
