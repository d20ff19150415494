package dev.nana.rewriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** How edits of several rules are spliced into one statement, with rules made up for the purpose. */
class TargetRewriterTest {

    private record FixedRule(String id, Function<StatementTokens, List<Edit>> edits) implements Rule {
        @Override
        public boolean appliesTo(StatementTokens s) {
            return true;
        }

        @Override
        public RuleOutcome apply(StatementTokens s) {
            return RuleOutcome.edits(edits.apply(s));
        }
    }

    private static TargetRewriter.TargetSql rewrite(String sql, Rule... rules) {
        Span span = StatementSplitter.split(Lexer.lex(sql)).get(0);
        StatementKind kind = StatementKinds.kindAt(span, 0);
        return TargetRewriter.rewrite(new StatementTokens(span, kind, kind, List.of()), List.of(rules),
                Parameters.count(span));
    }

    private static Rule rule(String id, Edit... edits) {
        return new FixedRule(id, s -> List.of(edits));
    }

    @Test
    void commentsAndSpacesBetweenKeptTokensStay() {
        // tokens: 0 SELECT, 1 a, 2 /* x */ is not a token, 2 FROM, 3 t
        TargetRewriter.TargetSql out = rewrite("SELECT a  /* x */ FROM t", rule("r", Edit.replace(1, 1,
                Edit.text("b"))));
        assertEquals("SELECT b  /* x */ FROM t", out.sql());
    }

    @Test
    void aWrapperKeepsTheEditsInsideIt() {
        // tokens: 0 SELECT, 1 [a], 2 +, 3 ?2
        TargetRewriter.TargetSql out = rewrite("SELECT [a] + ?2",
                rule("wrap", Edit.replace(1, 3, Edit.text("f("), Edit.tokens(1, 3), Edit.text(")"))),
                rule("name", Edit.replace(1, 1, Edit.text("\"a\""))),
                rule("param", Edit.replace(3, 3, new Edit.Parameter(3))));
        assertEquals("SELECT f(\"a\" + ?)", out.sql());
        assertEquals("2", out.parameters().toString());
    }

    @Test
    void sameTokensNestInRuleOrder() {
        TargetRewriter.TargetSql renamed = rewrite("SELECT x",
                rule("first", Edit.replace(1, 1, Edit.text("y"))), rule("second", Edit.replace(1, 1,
                        Edit.text("z"))));
        assertEquals("SELECT y", renamed.sql());
        TargetRewriter.TargetSql wrapped = rewrite("SELECT x",
                rule("first", Edit.replace(1, 1, Edit.text("("), Edit.tokens(1, 1), Edit.text(")"))),
                rule("second", Edit.replace(1, 1, Edit.text("z"))));
        assertEquals("SELECT (z)", wrapped.sql());
    }

    @Test
    void aLaterWrapperGoesAroundAnEarlierReplacementOfTheSameTokens() {
        TargetRewriter.TargetSql out = rewrite("SELECT x",
                rule("first", Edit.replace(1, 1, Edit.text("z"))),
                rule("second", Edit.replace(1, 1, Edit.text("("), Edit.tokens(1, 1), Edit.text(")"))));
        assertEquals("SELECT (z)", out.sql());
    }

    @Test
    void movedAndRepeatedTokensCarryTheirParameters() {
        // tokens: 0 SELECT, 1 ?1, 2 ,, 3 ?2
        TargetRewriter.TargetSql out = rewrite("SELECT ?1, ?2",
                rule("swap", Edit.replace(1, 3, Edit.tokens(3, 3), Edit.text(", "), Edit.tokens(1, 1),
                        Edit.text(", "), Edit.tokens(3, 3))),
                rule("params", Edit.replace(1, 1, new Edit.Parameter(1)), Edit.replace(3, 3, new Edit.Parameter(3))));
        assertEquals("SELECT ?, ?, ?", out.sql());
        assertEquals("2,1,2", out.parameters().toString());
    }

    @Test
    void deletionTakesTheSpaceBeforeIt() {
        assertEquals("SELECT a FROM t WHERE 1",
                rewrite("SELECT a FROM t NOT INDEXED WHERE 1", rule("r", Edit.delete(4, 5))).sql());
    }

    @Test
    void insertionFollowsTheReplacementEndingAtItsToken() {
        // tokens: 0 SELECT, 1 f, 2 (, 3 a, 4 )
        TargetRewriter.TargetSql out = rewrite("SELECT f(a)",
                rule("call", Edit.replace(1, 4, Edit.text("g("), Edit.tokens(3, 3), Edit.text(")"))),
                rule("after", Edit.insertAfter(4, " DESC")));
        assertEquals("SELECT g(a) DESC", out.sql());
    }

    @Test
    void partlyOverlappingReplacementsAreRefused() {
        TargetRewriter.TargetSql out = rewrite("SELECT a, b, c",
                rule("left", Edit.replace(1, 3, Edit.text("x"))), rule("right", Edit.replace(3, 5, Edit.text("y"))));
        assertNull(out.sql());
        assertEquals("nana: this statement combines constructs that cannot be rewritten together for the target"
                + " (rules left and right)", out.refusal().message());
        assertEquals(RejectedSqlException.TARGET_UNSUPPORTED, out.refusal().sqlState());
    }

    @Test
    void anInsertionAfterARemovedTokenIsRefused() {
        TargetRewriter.TargetSql out = rewrite("SELECT a, b",
                rule("gone", Edit.replace(1, 3, Edit.text("x"))), rule("after", Edit.insertAfter(1, " y")));
        assertEquals("nana: this statement combines constructs that cannot be rewritten together for the target"
                + " (rules gone and after)", out.refusal().message());
    }
}
