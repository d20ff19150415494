package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code rewrite/encrypted-columns.cases} (its header describes the format) through the real
 * pipeline configured with the columns the header names.
 */
class EncryptedColumnCasesTest {
    private static final String CASES = "/rewrite/encrypted-columns.cases";
    static final EncryptedColumns COLUMNS = EncryptedColumns.parse("users.ssn, orders.note",
            "users.email, orders.customer_email=users.email, audit.email");

    record Case(String name, Map<String, String> lines) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analysesAsExpected(Case c) throws RejectedSqlException {
        SqlPipeline pipeline = SqlPipeline.shared(PolicyConfig.DEFAULT, "kv", 100, COLUMNS);
        String sql = c.lines().get("sql");
        String rejected = c.lines().get("rejected");
        if (rejected != null) {
            RejectedSqlException e = assertThrows(RejectedSqlException.class, () -> pipeline.plan(sql));
            assertEquals("nana: " + rejected, e.getMessage());
            assertEquals(RejectedSqlException.ENCRYPTED_COLUMN, e.sqlState());
            return;
        }
        PlannedStatement planned = pipeline.plan(sql).statements().get(0);
        assertEquals(sql, planned.sql(), "the SQL text is never changed");
        ColumnSealing sealing = planned.sealing();
        if (c.lines().containsKey("none")) {
            assertNull(sealing, "sealing");
            return;
        }
        RowCopy copy = sealing.copy();
        assertEquals(c.lines().get("copy-select"), copy == null ? null : copy.select(), "copy-select");
        assertEquals(c.lines().get("copy-insert"), copy == null ? null : copy.insert(), "copy-insert");
        assertEquals(c.lines().getOrDefault("params", ""), describeParameters(sealing), "params");
        assertEquals(c.lines().getOrDefault("results", ""), describeResults(sealing), "results");
        assertEquals(c.lines().getOrDefault("stars", ""), String.join(", ", new TreeSet<>(sealing.starTables())),
                "stars");
        assertEquals(c.lines().getOrDefault("reads", ""), String.join(", ", new TreeSet<>(sealing.readTables())),
                "reads");
    }

    /** {@code 1 users.email =} for a compared parameter, {@code 2 users.ssn w} for a written one. */
    private static String describeParameters(ColumnSealing sealing) {
        List<String> parts = new ArrayList<>();
        for (SealedParameter parameter : sealing.parameters()) {
            parts.add(parameter.number() + " " + parameter.column().name() + (parameter.compared() ? " =" : " w"));
        }
        return String.join(", ", parts);
    }

    /** {@code users/e users.email}: origin table and label, then the column. */
    private static String describeResults(ColumnSealing sealing) {
        Map<String, String> sorted = new TreeMap<>();
        sealing.results().forEach((key, column) -> sorted.put(key.replace('\u0000', '/'), column.name()));
        List<String> parts = new ArrayList<>();
        sorted.forEach((key, column) -> parts.add(key + " " + column));
        return String.join(", ", parts);
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        String name = null;
        Map<String, String> lines = null;
        for (String line : read().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (name != null) {
                    cases.add(new Case(name, lines));
                }
                name = line.substring(3).strip();
                lines = new LinkedHashMap<>();
                continue;
            }
            int colon = line.indexOf(':');
            if (lines == null) {
                throw new IllegalStateException("cannot read line of " + CASES + ": " + line);
            }
            if (colon < 0) {
                lines.put(line.strip(), "");
            } else {
                lines.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        if (name != null) {
            cases.add(new Case(name, lines));
        }
        return cases;
    }

    private static String read() throws IOException {
        try (InputStream in = EncryptedColumnCasesTest.class.getResourceAsStream(CASES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
