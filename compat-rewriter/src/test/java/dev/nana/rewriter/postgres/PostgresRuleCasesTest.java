package dev.nana.rewriter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.nana.rewriter.EncryptedColumns;
import dev.nana.rewriter.PlannedStatement;
import dev.nana.rewriter.PolicyConfig;
import dev.nana.rewriter.RejectedSqlException;
import dev.nana.rewriter.Rule;
import dev.nana.rewriter.SqlPipeline;
import dev.nana.rewriter.StatementKind;
import dev.nana.rewriter.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code rewrite/postgres/<rule-id>.cases} through a pipeline planning for PostgreSQL (so all
 * rules apply, as they will in the driver), and checks that rules, case files and docs/postgresql-rules.md name
 * the same rules.
 *
 * <p>Case format: {@code == name} starts a case, then one per line: {@code sql:} what the application sends;
 * {@code out:} the next planned statement's SQL, exactly; {@code params:} that statement's parameter map (which
 * application parameter each {@code ?} takes, in order; without it the map must be the identity);
 * {@code result:} one of that statement's result transforms, in order ({@code 2 label count(*)}), or
 * {@code result: none}; without any result line they are not checked (most cases are about other rules);
 * {@code rejected: STATE MESSAGE} the whole SQL is refused so; {@code lift: ATTACH, ...} statements the policy
 * allows (default: none).
 */
class PostgresRuleCasesTest {
    private static final Path CASES = resource("/rewrite/postgres");
    private static final Path DOC = Path.of("..", "docs", "postgresql-rules.md");

    /** {@code results} null when not checked. */
    record Expected(String sql, String params, List<String> results) {
    }

    record Case(String file, String name, String sql, Set<StatementKind> lifted, List<Expected> statements,
                String rejected) {
        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rewritesAsExpected(Case c) throws RejectedSqlException {
        SqlPipeline pipeline = SqlPipeline.shared(new PolicyConfig(true, Set.of(), null, c.lifted()), null, 100,
                EncryptedColumns.NONE, Target.POSTGRESQL);
        if (c.rejected() != null) {
            RejectedSqlException e = assertThrows(RejectedSqlException.class, () -> pipeline.plan(c.sql()));
            assertEquals(c.rejected(), e.sqlState() + " " + e.getMessage());
            return;
        }
        List<PlannedStatement> planned = pipeline.plan(c.sql()).statements();
        assertEquals(c.statements().size(), planned.size(), "statements");
        for (int i = 0; i < planned.size(); i++) {
            Expected expected = c.statements().get(i);
            PlannedStatement statement = planned.get(i);
            assertEquals(expected.sql(), statement.sql());
            assertEquals(statement.parameters().size(), statement.sql().chars().filter(ch -> ch == '?').count(),
                    "one map entry per ? (cases put no ? in literals)");
            if (expected.params() == null) {
                assertTrue(statement.parameters().isIdentity(), "identity map, was " + statement.parameters());
            } else {
                assertEquals(expected.params(), statement.parameters().toString(), "params");
            }
            if (expected.results() != null) {
                assertEquals(expected.results(), statement.resultTransforms().stream().map(Object::toString).toList(),
                        "result transforms");
            }
        }
    }

    @Test
    void everyRuleHasACaseFileAndEveryCaseFileARule() throws IOException {
        assertEquals(ruleIds(), caseFiles());
    }

    @Test
    void everyRuleClassIsInTheList() throws IOException, ClassNotFoundException {
        Set<String> listed = PostgresRules.ALL.stream().map(rule -> rule.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(listed, ruleClasses());
    }

    @Test
    void ruleIdsAreUnique() {
        assertEquals(PostgresRules.ALL.size(), ruleIds().size());
    }

    @Test
    void docsHaveARowPerRuleInRuleOrder() throws IOException {
        List<String> documented = Files.readString(DOC, StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("| `")).map(line -> line.substring(3, line.indexOf('`', 3))).toList();
        assertEquals(PostgresRules.ALL.stream().map(Rule::id).toList(), documented,
                "the rule rows of docs/postgresql-rules.md");
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String id : caseFiles()) {
            cases.addAll(read(id, Files.readString(CASES.resolve(id + ".cases"), StandardCharsets.UTF_8)));
        }
        return cases;
    }

    private static List<Case> read(String file, String text) {
        List<Case> cases = new ArrayList<>();
        CaseBuilder current = null;
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (current != null) {
                    cases.add(current.build());
                }
                current = new CaseBuilder(file, line.substring(3).strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (current == null || colon < 0) {
                throw new IllegalStateException("cannot read line of " + file + ".cases: " + line);
            }
            current.add(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        if (current != null) {
            cases.add(current.build());
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException(file + ".cases has no case");
        }
        return cases;
    }

    private static Set<String> ruleIds() {
        return PostgresRules.ALL.stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> caseFiles() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".cases"))
                    .map(name -> name.substring(0, name.length() - ".cases".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The classes of this package (compiled next to PostgresRules) that implement Rule. */
    private static Set<String> ruleClasses() throws IOException, ClassNotFoundException {
        Path folder = Path.of(PostgresRules.class.getProtectionDomain().getCodeSource().getLocation().getPath(),
                "dev", "nana", "rewriter", "postgres");
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName(PostgresRules.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length()));
                    if (Rule.class.isAssignableFrom(type)) {
                        rules.add(type.getName());
                    }
                }
            }
        }
        return rules;
    }

    private static Path resource(String name) {
        try {
            return Path.of(PostgresRuleCasesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CaseBuilder {
        private final String file;
        private final String name;
        private String sql;
        private Set<StatementKind> lifted = Set.of();
        private final List<Expected> statements = new ArrayList<>();
        private String outSql;
        private String params;
        private List<String> results;
        private String rejected;

        CaseBuilder(String file, String name) {
            this.file = file;
            this.name = name;
        }

        void add(String key, String value) {
            switch (key) {
                case "sql" -> sql = value;
                case "lift" -> lifted = Stream.of(value.split(",")).map(String::strip).map(StatementKind::valueOf)
                        .collect(Collectors.toSet());
                case "out" -> {
                    endStatement();
                    outSql = value;
                }
                case "params" -> params = value.replace(" ", "");
                case "result" -> {
                    results = results == null ? new ArrayList<>() : results;
                    if (!value.equals("none")) {
                        results.add(value);
                    }
                }
                case "rejected" -> rejected = value;
                default -> throw new IllegalStateException("unknown key " + key + " in " + file + ": " + name);
            }
        }

        private void endStatement() {
            if (outSql != null) {
                statements.add(new Expected(outSql, params, results));
            }
            outSql = null;
            params = null;
            results = null;
        }

        Case build() {
            endStatement();
            if (sql == null || statements.isEmpty() == (rejected == null)) {
                throw new IllegalStateException(file + ": " + name + " needs sql and either out or rejected");
            }
            return new Case(file, name, sql, lifted, List.copyOf(statements), rejected);
        }
    }
}
