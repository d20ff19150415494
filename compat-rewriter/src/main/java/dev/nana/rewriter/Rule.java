package dev.nana.rewriter;

/**
 * One single-purpose change that makes a SQLite construct give SQLite's result on a {@link Target}. A rule reads the
 * lexer's tokens of the statement as the application wrote it, never another rule's output.
 */
public interface Rule {
    /** Lower-case, hyphenated; names its golden case file and its row in the docs. */
    String id();

    /** A cheap check on lexer facts (keywords, token types, function names present); most statements fail it. */
    boolean appliesTo(StatementTokens s);

    /** Called only when {@link #appliesTo} is true. */
    RuleOutcome apply(StatementTokens s);
}
