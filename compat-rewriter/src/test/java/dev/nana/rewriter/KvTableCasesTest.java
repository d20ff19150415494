package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code rewrite/kv-table.cases} (its header describes the format) through the real pipeline. */
class KvTableCasesTest {
    private static final String CASES = "/rewrite/kv-table.cases";

    /** What one planned statement must be; {@code kv} null when it must name no namespace. */
    record Expected(String sql, KvAccess kv) {
    }

    record Case(String name, String schema, String sql, List<Expected> statements, String rejectedState,
                String rejectedMessage) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rewritesAsExpected(Case c) throws RejectedSqlException {
        SqlPipeline pipeline = SqlPipeline.shared(PolicyConfig.DEFAULT, c.schema(), 100);
        if (c.rejectedState() != null) {
            RejectedSqlException e = assertThrows(RejectedSqlException.class, () -> pipeline.plan(c.sql()));
            assertEquals(c.rejectedMessage(), e.getMessage());
            assertEquals(c.rejectedState(), e.sqlState());
            return;
        }
        List<PlannedStatement> planned = pipeline.plan(c.sql()).statements();
        assertEquals(c.statements().size(), planned.size(), "statements");
        for (int i = 0; i < planned.size(); i++) {
            Expected expected = c.statements().get(i);
            assertEquals(expected.sql(), planned.get(i).sql());
            if (expected.kv() == null) {
                assertNull(planned.get(i).kv(), "kv");
            } else {
                assertEquals(expected.kv(), planned.get(i).kv());
            }
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        CaseBuilder current = null;
        for (String line : read().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (current != null) {
                    cases.add(current.build());
                }
                current = new CaseBuilder(line.substring(3).strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (current == null || colon < 0) {
                throw new IllegalStateException("cannot read line of " + CASES + ": " + line);
            }
            current.add(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        if (current != null) {
            cases.add(current.build());
        }
        return cases;
    }

    private static String read() throws IOException {
        try (InputStream in = KvTableCasesTest.class.getResourceAsStream(CASES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    private static final class CaseBuilder {
        private final String name;
        private String schema = "kv";
        private String sql;
        private final List<Expected> statements = new ArrayList<>();
        private String outSql;
        private List<String> namespaces;
        private Set<String> written = Set.of();
        private List<Integer> params = List.of();
        private String rejectedState;
        private String rejectedMessage;

        CaseBuilder(String name) {
            this.name = name;
        }

        void add(String key, String value) {
            switch (key) {
                case "schema" -> schema = value.equals("-") ? null : value;
                case "sql" -> sql = value;
                case "out" -> {
                    endStatement();
                    outSql = value;
                }
                case "namespaces" -> namespaces = list(value);
                case "written" -> written = Set.copyOf(list(value));
                case "params" -> params = list(value).stream().map(Integer::valueOf).toList();
                case "rejected" -> {
                    int space = value.indexOf(' ');
                    rejectedState = value.substring(0, space);
                    rejectedMessage = value.substring(space + 1);
                }
                default -> throw new IllegalStateException("unknown key " + key + " in case " + name);
            }
        }

        private void endStatement() {
            if (outSql != null) {
                boolean kv = namespaces != null || !written.isEmpty() || !params.isEmpty();
                statements.add(new Expected(outSql, kv ? new KvAccess(namespaces, written, params) : null));
            }
            outSql = null;
            namespaces = null;
            written = Set.of();
            params = List.of();
        }

        Case build() {
            endStatement();
            if (sql == null || (statements.isEmpty() == (rejectedState == null))) {
                throw new IllegalStateException("case " + name + " needs sql and either out or rejected");
            }
            return new Case(name, schema, sql, List.copyOf(statements), rejectedState, rejectedMessage);
        }

        private static List<String> list(String value) {
            return value.isEmpty() ? List.of()
                    : Arrays.stream(value.split(",")).map(String::strip).collect(Collectors.toList());
        }
    }
}
