package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected counts are what sqlite3_bind_parameter_count said for each text (sqlite-jdbc 3.54.1.0). */
class ParameterCountTest {

    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of("SELECT ?", 1),
                Arguments.of("SELECT ?, ?", 2),
                Arguments.of("SELECT ?5", 5),
                Arguments.of("SELECT ?, ?5, ?", 6),
                Arguments.of("SELECT ?2, ?", 3),
                Arguments.of("SELECT ?5, ?2", 5),
                Arguments.of("SELECT ?01, ?1", 1),
                Arguments.of("SELECT ?1, ?001, ?", 2),
                Arguments.of("SELECT ?000000000000000000001", 1),
                Arguments.of("SELECT ?250000", 250000),
                Arguments.of("SELECT :a, :a", 1),
                Arguments.of("SELECT :a, :A", 2),
                Arguments.of("SELECT :a, @a, $a, #a", 4),
                Arguments.of("SELECT ?1, :a, ?", 3),
                Arguments.of("SELECT :a, ?1", 1),
                Arguments.of("SELECT :a, ?1, :b", 2),
                Arguments.of("SELECT ?3, :a", 4),
                Arguments.of("SELECT :1, :1", 1),
                Arguments.of("SELECT :a$b, :a", 2),
                Arguments.of("SELECT $a::b(c), $a::b(c)", 1),
                Arguments.of("SELECT $a::, $a", 2),
                Arguments.of("SELECT @x(y), @x", 2),
                Arguments.of("SELECT ?a", 1),
                Arguments.of("SELECT x'00', ?", 1),
                Arguments.of("SELECT * FROM t WHERE a = :id OR b = :id", 1),
                Arguments.of("INSERT INTO t VALUES (?, ?, ?)", 3),
                Arguments.of("SELECT 'a?' AS [c?], \"d?\", `e?`, ? -- ?\n /* ? */", 1),
                Arguments.of("SELECT 'a'||?\0, ?", 1),
                Arguments.of("SELECT \uD800", 1),
                Arguments.of("SELECT \uD800, ?", 2));
    }

    @ParameterizedTest(name = "{0} has {1}")
    @MethodSource("counts")
    void countsLikeSqlite(String sql, int expected) {
        assertEquals(expected, ScriptAnalyzer.analyze(sql, null, EncryptedColumns.NONE).statements().get(0).parameterCount());
    }

    @ParameterizedTest(name = "{0} adds nothing")
    @MethodSource
    void outOfRangeNumbersAddNothing(String sql) {
        // SQLite refuses these ("variable number must be between ?1 and ?250000"); a count must stay small
        assertEquals(0, ScriptAnalyzer.analyze(sql, null, EncryptedColumns.NONE).statements().get(0).parameterCount());
    }

    static Stream<String> outOfRangeNumbersAddNothing() {
        return Stream.of("SELECT ?0", "SELECT ?250001", "SELECT ?99999999999999999999");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eachStatementOfAScriptCountsItsOwn(String sql) {
        assertEquals(java.util.List.of(2, 1), ScriptAnalyzer.analyze(sql, null, EncryptedColumns.NONE).statements().stream()
                .map(StatementFacts::parameterCount).toList());
    }

    static Stream<String> eachStatementOfAScriptCountsItsOwn() {
        return Stream.of("SELECT ?, :a; SELECT :a", "SELECT ?2; SELECT ?");
    }
}
