package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyConfigTest {

    @Test
    void propertiesAreCommaSeparatedTrimmedAndCaseInsensitive() {
        PolicyConfig config = PolicyConfig.fromProperties(false, " Upper , ,LOWER,", "abs, Count", "attach, Pragma ,VACUUM");
        assertEquals(false, config.strict());
        assertEquals(Set.of("upper", "lower"), config.forbiddenFunctions());
        assertEquals(Set.of("abs", "count"), config.allowedFunctions());
        assertEquals(Set.of(StatementKind.ATTACH, StatementKind.PRAGMA, StatementKind.VACUUM), config.allowedStatements());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", " , "})
    void absentAllowedFunctionsMeansNoAllowList(String allowedFunctions) {
        assertNull(PolicyConfig.fromProperties(true, null, allowedFunctions, null).allowedFunctions());
    }

    @Test
    void absentPropertiesGiveTheDefault() {
        assertEquals(PolicyConfig.DEFAULT, PolicyConfig.fromProperties(true, null, null, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT", "vacuum into", "FROB", "bac\u212Aup"})
    void unknownAllowedStatementIsNamed(String entry) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyConfig.fromProperties(true, null, null, "ATTACH," + entry));
        assertTrue(e.getMessage().contains("\"" + entry + "\""), e.getMessage());
    }

    @Test
    void effectiveForbiddenFunctionsAreDefaultsPlusExtras() {
        Set<String> expected = new HashSet<>(PolicyConfig.DEFAULT_FORBIDDEN_FUNCTIONS);
        expected.add("upper");
        assertEquals(expected, new PolicyConfig(true, Set.of("UPPER"), null, Set.of()).effectiveForbiddenFunctions());
        assertEquals(PolicyConfig.DEFAULT_FORBIDDEN_FUNCTIONS, PolicyConfig.DEFAULT.effectiveForbiddenFunctions());
    }

    @Test
    void namesAreFoldedLikeSqliteFoldsThem() {
        // ASCII letters only: the dotted capital I stays, as SQLite would not match it to "i"
        assertEquals(Set.of("load_extensİon"), new PolicyConfig(true, Set.of("LOAD_EXTENSİON"), null, Set.of()).forbiddenFunctions());
    }

    @Test
    void nullSetsCountAsEmpty() {
        PolicyConfig config = new PolicyConfig(true, null, null, null);
        assertEquals(PolicyConfig.DEFAULT, config);
    }
}
