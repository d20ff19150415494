package dev.nana.compat.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Runs cases on the oracle (raw SQLite) and on a target, and compares what an application would see. */
final class DifferentialRunner {

    /**
     * What one case did: {@code steps} says "ok" or "error:CLASS" for every step but the last; {@code result} is
     * the last step's rows as {@code Class:value}, its update count, or its error class.
     */
    record Outcome(List<String> steps, String result) {}

    record Verdict(DifferentialCase testCase, Outcome oracle, Outcome target) {
        boolean equal() {
            return oracle.equals(target);
        }
    }

    private DifferentialRunner() {}

    /** The cases of every {@code differential/*.cases} resource, the file name (without extension) as the area. */
    static List<DifferentialCase> loadCases() {
        try (Stream<Path> files = Files.list(Path.of(DifferentialRunner.class.getResource("/differential").toURI()))) {
            List<DifferentialCase> cases = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".cases")).sorted().toList()) {
                String area = file.getFileName().toString().replaceFirst("\\.cases$", "");
                cases.addAll(DifferentialCase.parse(area, Files.readString(file)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every case on both. A case whose steps do not fail on SQLite exactly where it says ({@code !}) is broken,
     * not a difference: that throws, as does anything but an SQLException from either side.
     */
    static List<Verdict> run(List<DifferentialCase> cases, DifferentialTarget oracle, DifferentialTarget target)
            throws SQLException {
        List<Verdict> verdicts = new ArrayList<>();
        for (DifferentialCase testCase : cases) {
            Outcome expected = run(testCase, oracle);
            checkMarkers(testCase, expected);
            verdicts.add(new Verdict(testCase, expected, run(testCase, target)));
        }
        return verdicts;
    }

    static Outcome run(DifferentialCase testCase, DifferentialTarget target) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (Connection connection = target.freshDatabase()) {
            List<DifferentialCase.Step> all = testCase.steps();
            for (DifferentialCase.Step step : all.subList(0, all.size() - 1)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(step.sql());
                    steps.add("ok");
                } catch (SQLException e) {
                    steps.add("error:" + target.errorClass(e));
                }
            }
            String result;
            try {
                result = last(connection, testCase);
            } catch (SQLException e) {
                result = "error:" + target.errorClass(e);
            }
            return new Outcome(List.copyOf(steps), result);
        }
    }

    private static String last(Connection connection, DifferentialCase testCase) throws SQLException {
        String sql = testCase.last().sql();
        if (testCase.params().isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                return statement.execute(sql) ? rows(statement.getResultSet()) : "count:" + statement.getUpdateCount();
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Params.bind(statement, testCase.params());
            return statement.execute() ? rows(statement.getResultSet()) : "count:" + statement.getUpdateCount();
        }
    }

    private static String rows(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        StringBuilder text = new StringBuilder();
        while (rows.next()) {
            text.append(text.length() == 0 ? "(" : "\n(");
            for (int i = 1; i <= columns; i++) {
                text.append(i == 1 ? "" : ", ").append(value(rows.getObject(i)));
            }
            text.append(')');
        }
        return text.length() == 0 ? "no rows" : text.toString();
    }

    /** The Java class matters as much as the value: Integer 3 is not Long 3, Double 1.0 not BigDecimal 1.0. */
    static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return "byte[]:" + HexFormat.of().formatHex(bytes);
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static void checkMarkers(DifferentialCase testCase, Outcome oracle) {
        List<DifferentialCase.Step> steps = testCase.steps();
        for (int i = 0; i < oracle.steps().size(); i++) {
            boolean failed = oracle.steps().get(i).startsWith("error:");
            if (failed != steps.get(i).expectError()) {
                throw new IllegalStateException("broken case " + testCase.id() + " (line " + testCase.line()
                        + "): on SQLite step " + (i + 1) + " '" + steps.get(i).sql() + "' "
                        + (failed ? "fails (" + oracle.steps().get(i) + ") without a '!' mark" : "succeeds but is marked '!'"));
            }
        }
    }
}
