package dev.nana.rewriter;

import java.util.ArrayList;
import java.util.List;

/** Lexes a SQL string, splits it into statements and gathers what the policy needs about each. */
final class ScriptAnalyzer {
    private ScriptAnalyzer() {
    }

    /**
     * @param statements  in order, empty ones dropped
     * @param stray       a problem outside every statement (a NUL before any statement), or null
     */
    record Script(List<StatementFacts> statements, Tokens.Problem stray) {
    }

    /**
     * @param kv        the key-value schema; null when that rewrite is off
     * @param encrypted the columns the driver encrypts
     */
    static Script analyze(String sql, KvTables kv, EncryptedColumns encrypted) {
        return analyze(sql, kv, encrypted, Target.SQLITE);
    }

    /** @param target whose rules rewrite each statement (none for SQLite) */
    static Script analyze(String sql, KvTables kv, EncryptedColumns encrypted, Target target) {
        Tokens tokens = Lexer.lex(sql);
        List<Span> spans = StatementSplitter.split(tokens);
        List<StatementFacts> statements = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            int from = i == 0 ? 0 : span.start(0);
            int to = i + 1 < spans.size() ? spans.get(i + 1).start(0) : Integer.MAX_VALUE;
            statements.add(facts(span, kv, encrypted, firstProblem(tokens, from, to), target));
        }
        Tokens.Problem stray = spans.isEmpty() && !tokens.problems().isEmpty() ? tokens.problems().get(0) : null;
        return new Script(statements, stray);
    }

    private static StatementFacts facts(Span s, KvTables kv, EncryptedColumns encrypted, Tokens.Problem problem,
                                        Target target) {
        StatementKind kind = StatementKinds.kindAt(s, 0);
        int head = kind == StatementKind.EXPLAIN ? StatementKinds.explained(s, 0) : 0;
        StatementKind effectiveKind = head == 0 ? kind : StatementKinds.kindAt(s, head);
        if (effectiveKind == StatementKind.EXPLAIN) {
            effectiveKind = StatementKind.UNKNOWN; // EXPLAIN EXPLAIN is a syntax error
        }
        ColumnSealing sealing = null;
        Rejection sealingRefusal = null;
        if (!encrypted.isEmpty() && problem == null && head == 0 && ColumnAnalyzer.namesEncryptedTable(s, encrypted)) {
            try {
                sealing = ColumnAnalyzer.analyze(s, kind, encrypted);
            } catch (ColumnAnalyzer.Refusal refusal) {
                sealingRefusal = Rejection.encryptedColumn(refusal.getMessage());
            }
        }
        int parameterCount = Parameters.count(s);
        List<String> functions = FunctionCalls.find(s, effectiveKind, head);
        KvTables.Rewrite kvRewrite = kv == null ? null : kv.rewrite(s, effectiveKind, head);
        return new StatementFacts(s.sql(), kind, effectiveKind, parameterCount, functions,
                effectiveKind == StatementKind.PRAGMA ? PragmaRules.analyze(s, head) : null,
                effectiveKind == StatementKind.VACUUM && contains(s, head, Keyword.INTO),
                s.is(0, TokenType.WORD) ? s.name(0) : null,
                kvRewrite, problem, sealing, sealingRefusal, insertion(s, kind),
                target == Target.SQLITE ? null
                        : problem != null ? TargetRewriter.TargetSql.refused(Rejection.unreadable(problem.message()))
                        : forTarget(s, kind, effectiveKind, functions, parameterCount, kvRewrite, target));
    }

    /**
     * The statement rewritten by the target's rules (text the lexer could not read cannot be rewritten, so it is
     * refused even when the policy is not strict). The key-value rewrite produces SQLite SQL (nana_json is a SQLite
     * function), so a statement naming a namespace is refused for now.
     */
    private static TargetRewriter.TargetSql forTarget(Span s, StatementKind kind, StatementKind effectiveKind,
                                                      List<String> functions, int parameterCount,
                                                      KvTables.Rewrite kv, Target target) {
        if (kv != null && kv.refusal() == null) {
            return TargetRewriter.TargetSql.refused(Rejection.unsupported("kv-schema", "key-value namespace "
                    + kv.access().namespaces().get(0) + " is not available on " + target.displayName() + " yet"));
        }
        return TargetRewriter.rewrite(new StatementTokens(s, kind, effectiveKind, functions), target.rules(),
                parameterCount);
    }

    /** {@code [WITH ...] INSERT [OR x] INTO [schema.]table} or {@code REPLACE INTO ...}; null for other kinds. */
    private static Insertion insertion(Span s, StatementKind kind) {
        if (kind != StatementKind.INSERT && kind != StatementKind.REPLACE) {
            return null;
        }
        boolean upsertUpdates = containsPair(s, 0, Keyword.DO, Keyword.UPDATE);
        int main = StatementKinds.mainStatement(s, 0);
        int into = s.is(main, Keyword.INSERT) && s.is(main + 1, Keyword.OR) ? main + 3 : main + 1;
        if (!s.is(into, Keyword.INTO) || !s.isName(into + 1)) {
            return new Insertion(null, null, upsertUpdates);
        }
        if (s.is(into + 2, TokenType.DOT) && s.isName(into + 3)) {
            return new Insertion(s.name(into + 1), s.name(into + 3), upsertUpdates);
        }
        return new Insertion(null, s.name(into + 1), upsertUpdates);
    }

    /** A problem belongs to the statement whose text (up to where the next one starts) holds its offset. */
    private static Tokens.Problem firstProblem(Tokens tokens, int from, int to) {
        for (Tokens.Problem problem : tokens.problems()) {
            if (problem.offset() >= from && problem.offset() < to) {
                return problem;
            }
        }
        return null;
    }

    /** {@code first} directly followed by {@code second}, at or after token {@code from}. */
    private static boolean containsPair(Span s, int from, Keyword first, Keyword second) {
        for (int i = from; i + 1 < s.size(); i++) {
            if (s.is(i, first) && s.is(i + 1, second)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Span s, int from, Keyword keyword) {
        for (int i = from; i < s.size(); i++) {
            if (s.is(i, keyword)) {
                return true;
            }
        }
        return false;
    }
}
