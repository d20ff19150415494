package dev.nana.rewriter;

import java.util.List;

import dev.nana.rewriter.postgres.PostgresRules;

/**
 * The database a pipeline plans for. The application always speaks SQLite; on another target its statements pass
 * that target's rules, in order, and come out as that database's SQL with SQLite's results.
 */
public enum Target {
    /** SQLite itself: statements run as written (apart from the key-value rewrite). */
    SQLITE("SQLite", List.of()),
    /** PostgreSQL 15 or later, through pgjdbc: see docs/postgresql-rules.md. */
    POSTGRESQL("PostgreSQL", PostgresRules.ALL);

    private final String displayName;
    private final List<Rule> rules;

    Target(String displayName, List<Rule> rules) {
        this.displayName = displayName;
        this.rules = rules;
    }

    /** As messages spell it. */
    public String displayName() {
        return displayName;
    }

    /** In the order they are applied: when two rules replace the same tokens, the earlier one wins. */
    public List<Rule> rules() {
        return rules;
    }
}
