package dev.nana.rewriter;

import java.util.List;
import java.util.Set;

/** Applies a {@link PolicyConfig} to the lexer's facts about every statement of a script (docs/security.md). */
final class Policy {
    private final boolean strict;
    private final Set<String> forbiddenFunctions;
    /** Null unless in allow-list mode. */
    private final Set<String> allowedFunctions;
    private final Set<StatementKind> allowedStatements;

    Policy(PolicyConfig config) {
        strict = config.strict();
        forbiddenFunctions = config.effectiveForbiddenFunctions();
        allowedFunctions = config.allowedFunctions();
        allowedStatements = config.allowedStatements();
    }

    /** The first reason the script may not run, checking statement by statement; null if all of it may. */
    Rejection firstViolation(ScriptAnalyzer.Script script) {
        List<StatementFacts> statements = script.statements();
        for (int i = 0; i < statements.size(); i++) {
            Rejection rejection = violation(statements.get(i));
            if (rejection != null) {
                return statements.size() > 1 ? rejection.inStatement(i + 1, statements.size()) : rejection;
            }
        }
        return strict && script.stray() != null ? Rejection.unreadable(script.stray().message()) : null;
    }

    private Rejection violation(StatementFacts statement) {
        if (strict && statement.problem() != null) {
            return Rejection.unreadable(statement.problem().message());
        }
        if (statement.kv() != null && statement.kv().refusal() != null) {
            return statement.kv().refusal();
        }
        for (String function : statement.functions()) {
            if (forbiddenFunctions.contains(function)) {
                return Rejection.policy("function " + function + " is forbidden by policy");
            }
        }
        Rejection forbiddenStatement = statementViolation(statement);
        if (forbiddenStatement != null) {
            return forbiddenStatement;
        }
        if (allowedFunctions != null) {
            for (String function : statement.functions()) {
                if (!allowedFunctions.contains(function)) {
                    return Rejection.policy("function " + function + " is not in the allowed list");
                }
            }
        }
        if (statement.sealingRefusal() != null) {
            return statement.sealingRefusal();
        }
        if (statement.target() != null && statement.target().refusal() != null) {
            return statement.target().refusal();
        }
        if (strict && statement.effectiveKind() == StatementKind.UNKNOWN) {
            return Rejection.unreadable(statement.leadingWord() == null ? "unrecognised statement (strict mode)"
                    : "unrecognised statement starting with " + statement.leadingWord() + " (strict mode)");
        }
        return null;
    }

    private Rejection statementViolation(StatementFacts statement) {
        StatementKind kind = statement.effectiveKind();
        switch (kind) {
            case ATTACH, DETACH, BACKUP, RESTORE:
                return allowedStatements.contains(kind) ? null
                        : Rejection.policy("statement " + kind + " is forbidden by policy");
            case VACUUM:
                return statement.vacuumInto() && !allowedStatements.contains(kind)
                        ? Rejection.policy("statement VACUUM INTO is forbidden by policy") : null;
            case PRAGMA:
                String refusal = allowedStatements.contains(kind) ? null : PragmaRules.refusal(statement.pragma());
                return refusal == null ? null : Rejection.policy(refusal);
            default:
                return null;
        }
    }
}
