package dev.nana.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the suite through the JMH Runner API in rounds and prints Markdown tables: per round the raw score, the
 * nana score and their ratio; at the end the median ratio over all rounds against the target, and for the
 * key-value store ({@link KvBenchmark}, {@link KvAsyncBenchmark}) nana's median ops/s against NanaSQLite's.
 *
 * <p>Usage: {@code Report [-rounds N] [JMH options] [benchmark regex]}, e.g. {@code Report Kv} for the key-value
 * store alone. One round runs each benchmark once per driver with the settings on {@link NanaVsRawBenchmark}
 * (about 2.5 minutes, plus about 3 for the key-value store); results go to {@code bench/target/jmh-roundN.json}
 * unless {@code -rff} is given. On a shared 2-core machine a single round's ratio moves by 10-20% from one run to
 * the next, so raw and nana alternate round by round and the median over rounds is what is judged.
 */
public final class Report {
    private static final int DEFAULT_ROUNDS = 3;
    private static final String RESULT_FILE = "bench/target/jmh-round%d.json";

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
            "batchInsert100k", new Target(0.95, false),
            "kvPut", new Target(0.90, false));

    /**
     * NanaSQLite 1.6.0's ops/s on the reference machine (FACTS.md) and the multiple nana must reach (NaN: no target,
     * the number is there to compare with).
     */
    private record NanaSqlite(double opsPerSecond, double factor) {
    }

    private static final Map<String, NanaSqlite> NANASQLITE = Map.of(
            "kvPut", new NanaSqlite(29_000, 2.0),
            "kvColdGet", new NanaSqlite(117_000, 1.5),
            "kvWarmGet", new NanaSqlite(5_500_000, 1.0),
            "kvWarmGetHotSet", new NanaSqlite(5_500_000, 1.0),
            "kvBatchPut100k", new NanaSqlite(225_000, 3.0),
            "kvAsyncColdGet1Thread", new NanaSqlite(12_700, Double.NaN));

    private static final String ASYNC_ONE = "kvAsyncColdGet1Thread";
    private static final String ASYNC_TWO = "kvAsyncColdGet2Threads";
    private static final double ASYNC_SCALING = 1.6;
    /** The variant without a key of KvEncryptionBenchmark and ColumnEncryptionBenchmark. */
    private static final String PLAINTEXT = "none";
    /**
     * Encrypted put, cold get and prepared point select on encrypted columns may cost at most this much more time
     * than plaintext (throughput benchmarks).
     */
    private static final double ENCRYPTION_COST = 1.3;

    /**
     * One round's primary results: benchmark method name to driver ("raw", "nana") to result. A benchmark with no
     * raw counterpart has no driver parameter and counts as nana's.
     */
    private record Round(Map<String, Map<String, Result<?>>> byBenchmark) {
        static Round of(Collection<RunResult> results) {
            Map<String, Map<String, Result<?>>> byBenchmark = new TreeMap<>();
            for (RunResult run : results) {
                String fullName = run.getParams().getBenchmark();
                String benchmark = fullName.substring(fullName.lastIndexOf('.') + 1);
                byBenchmark.computeIfAbsent(benchmark, name -> new TreeMap<>())
                        .put(variant(run), run.getPrimaryResult());
            }
            return new Round(byBenchmark);
        }

        /** raw or nana ({@code driver}), a cipher or none ({@code cipher}); nana for a benchmark with neither. */
        private static String variant(RunResult run) {
            String driver = run.getParams().getParam("driver");
            String cipher = run.getParams().getParam("cipher");
            return driver != null ? driver : Objects.requireNonNullElse(cipher, "nana");
        }

        /**
         * nana's median iteration over raw's, or NaN when a driver did not run. Other work on a shared machine
         * only ever slows an iteration down, so the median is steadier than the mean.
         */
        double ratio(String benchmark) {
            Map<String, Result<?>> byDriver = byBenchmark.getOrDefault(benchmark, Map.of());
            Result<?> raw = byDriver.get("raw");
            Result<?> nana = byDriver.get("nana");
            return raw == null || nana == null ? Double.NaN : median(nana) / median(raw);
        }
    }

    private Report() {
    }

    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        int rounds = DEFAULT_ROUNDS;
        String[] jmhArgs = args;
        if (args.length >= 2 && args[0].equals("-rounds")) {
            rounds = Integer.parseInt(args[1]);
            jmhArgs = Arrays.copyOfRange(args, 2, args.length);
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("-rounds must be at least 1, got " + rounds);
        }
        CommandLineOptions commandLine = new CommandLineOptions(jmhArgs);
        List<Round> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Round result = Round.of(new Runner(options(commandLine, round)).run());
            results.add(result);
            System.out.printf("%nRound %d of %d%n%n%s", round, rounds, roundTable(result));
        }
        System.out.printf("%nMedian over %d round(s)%n%n%s", rounds, summaryTable(results));
        if (results.get(0).byBenchmark().keySet().stream().anyMatch(NANASQLITE::containsKey)) {
            System.out.printf("%nKey-value store against NanaSQLite 1.6.0 (median over rounds)%n%n%s",
                    nanaSqliteTable(results));
        }
        if (results.get(0).byBenchmark().values().stream().anyMatch(variants -> variants.containsKey(PLAINTEXT))) {
            System.out.printf("%nEncryption cost against plaintext (time per operation, median over rounds)%n%n%s",
                    encryptionTable(results));
        }
        if (results.get(0).byBenchmark().keySet().containsAll(List.of(ASYNC_ONE, ASYNC_TWO))) {
            System.out.printf("%nAsync cold reads, 2 calling threads / 1%n%n%s", asyncScalingLine(results));
        }
    }

    /** The parallel-read target: 2 calling threads' cold reads at least 1.6x one thread's, per round. */
    private static String asyncScalingLine(List<Round> rounds) {
        double[] ratios = rounds.stream().mapToDouble(round -> median(nanaOf(round, ASYNC_TWO))
                / median(nanaOf(round, ASYNC_ONE))).toArray();
        double ratio = median(ratios);
        return "| by round | median | target | met |\n|---|---:|---|---|\n| "
                + Arrays.stream(ratios).mapToObj(Report::format).collect(Collectors.joining(", "))
                + " | " + format(ratio) + " | >= " + format(ASYNC_SCALING) + " | "
                + (ratio >= ASYNC_SCALING ? "yes" : "**no**") + " |\n";
    }

    /** Each cipher's time per operation over plaintext's, per round, against the limit. */
    private static String encryptionTable(List<Round> rounds) {
        StringBuilder table = new StringBuilder("| benchmark | cipher | cost by round | median | target | met |\n")
                .append("|---|---|---|---:|---|---|\n");
        rounds.get(0).byBenchmark().forEach((benchmark, variants) -> {
            if (!variants.containsKey(PLAINTEXT)) {
                return;
            }
            variants.keySet().stream().filter(cipher -> !cipher.equals(PLAINTEXT)).forEach(cipher -> {
                double[] costs = rounds.stream().mapToDouble(round -> {
                    Map<String, Result<?>> byCipher = round.byBenchmark().get(benchmark);
                    return median(byCipher.get(PLAINTEXT)) / median(byCipher.get(cipher));
                }).toArray();
                double cost = median(costs);
                table.append("| ").append(benchmark).append(" | ").append(cipher)
                        .append(" | ").append(Arrays.stream(costs).mapToObj(Report::format)
                                .collect(Collectors.joining(", ")))
                        .append(" | ").append(format(cost))
                        .append(" | <= ").append(format(ENCRYPTION_COST))
                        .append(" | ").append(cost <= ENCRYPTION_COST ? "yes" : "**no**").append(" |\n");
            });
        });
        return table.toString();
    }

    /** Null when nana did not run {@code benchmark} in {@code round}. */
    private static Result<?> nanaOf(Round round, String benchmark) {
        return round.byBenchmark().getOrDefault(benchmark, Map.of()).get("nana");
    }

    private static Options options(CommandLineOptions commandLine, int round) {
        OptionsBuilder options = new OptionsBuilder();
        options.parent(commandLine);
        if (commandLine.getIncludes().isEmpty()) {
            options.include(NanaVsRawBenchmark.class.getName());
            options.include(KvBenchmark.class.getName());
            options.include(KvAsyncBenchmark.class.getName());
            options.include(KvEncryptionBenchmark.class.getName());
            options.include(ColumnEncryptionBenchmark.class.getName());
        }
        if (!commandLine.getResult().hasValue()) {
            options.result(String.format(Locale.ROOT, RESULT_FILE, round));
        }
        if (!commandLine.getResultFormat().hasValue()) {
            options.resultFormat(ResultFormatType.JSON);
        }
        return options.build();
    }

    private static String roundTable(Round round) {
        StringBuilder table = new StringBuilder("| benchmark | unit | raw | nana | nana/raw (medians) |\n")
                .append("|---|---|---:|---:|---:|\n");
        round.byBenchmark().forEach((benchmark, variants) -> {
            if (variants.containsKey("raw") || variants.containsKey("nana")) {
                Result<?> raw = variants.get("raw");
                Result<?> nana = variants.get("nana");
                table.append(row(benchmark, raw != null ? raw : nana, score(raw), score(nana),
                        format(round.ratio(benchmark))));
            } else {
                // Variants of another kind (KvEncryptionBenchmark's ciphers): one row each, in the nana column.
                variants.forEach((variant, result) -> table.append(row(benchmark + " (" + variant + ")", result, "-",
                        score(result), "-")));
            }
        });
        return table.toString();
    }

    private static String row(String name, Result<?> unitOf, String raw, String nana, String ratio) {
        return "| " + name + " | " + unitOf.getScoreUnit() + " | " + raw + " | " + nana + " | " + ratio + " |\n";
    }

    private static String summaryTable(List<Round> rounds) {
        StringBuilder table = new StringBuilder("| benchmark | nana/raw by round | median | target | met |\n")
                .append("|---|---|---:|---|---|\n");
        rounds.get(0).byBenchmark().keySet().forEach(benchmark -> {
            double[] ratios = rounds.stream().mapToDouble(round -> round.ratio(benchmark)).toArray();
            double ratio = median(ratios);
            Target target = TARGETS.get(benchmark);
            table.append("| ").append(benchmark)
                    .append(" | ").append(Arrays.stream(ratios).mapToObj(Report::format).collect(Collectors.joining(", ")))
                    .append(" | ").append(format(ratio))
                    .append(" | ").append(target == null ? "-" : target)
                    .append(" | ").append(target == null || Double.isNaN(ratio) ? "-"
                            : target.metBy(ratio) ? "yes" : "**no**").append(" |\n");
        });
        return table.toString();
    }

    private static String nanaSqliteTable(List<Round> rounds) {
        StringBuilder table = new StringBuilder("| benchmark | nana ops/s | NanaSQLite ops/s | nana/NanaSQLite | target | met |\n")
                .append("|---|---:|---:|---:|---|---|\n");
        rounds.get(0).byBenchmark().keySet().stream().filter(NANASQLITE::containsKey).forEach(benchmark -> {
            NanaSqlite reference = NANASQLITE.get(benchmark);
            double nana = median(rounds.stream().mapToDouble(round -> median(nanaOf(round, benchmark))).toArray());
            double ratio = nana / reference.opsPerSecond();
            table.append("| ").append(benchmark)
                    .append(" | ").append(format(nana))
                    .append(" | ").append(format(reference.opsPerSecond()))
                    .append(" | ").append(format(ratio))
                    .append(" | ").append(Double.isNaN(reference.factor()) ? "-" : ">= " + format(reference.factor()))
                    .append(" | ").append(Double.isNaN(ratio) || Double.isNaN(reference.factor()) ? "-"
                            : ratio >= reference.factor() ? "yes" : "**no**")
                    .append(" |\n");
        });
        return table.toString();
    }

    /** NaN for a result that is not there. */
    private static double median(Result<?> result) {
        return result == null ? Double.NaN : result.getStatistics().getPercentile(50);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
        if (Double.isNaN(value)) {
            return "-";
        }
        return Math.abs(value) >= 1000 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }
}
