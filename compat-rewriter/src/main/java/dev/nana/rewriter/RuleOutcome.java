package dev.nana.rewriter;

import java.util.List;

/**
 * What a {@link Rule} made of a statement: edits and result transforms (possibly none), or the reason it cannot run
 * on the target.
 */
public record RuleOutcome(List<Edit> edits, List<ResultTransform> transforms, Rejection refusal) {
    private static final RuleOutcome UNCHANGED = new RuleOutcome(List.of(), List.of(), null);

    public static RuleOutcome unchanged() {
        return UNCHANGED;
    }

    public static RuleOutcome edits(List<Edit> edits) {
        return edits.isEmpty() ? UNCHANGED : new RuleOutcome(List.copyOf(edits), List.of(), null);
    }

    public static RuleOutcome transforms(List<ResultTransform> transforms) {
        return transforms.isEmpty() ? UNCHANGED : new RuleOutcome(List.of(), List.copyOf(transforms), null);
    }

    /**
     * @param ruleId the refusing rule
     * @param what   the construct and why, without {@code nana: }: {@code INSERT OR IGNORE cannot run on PostgreSQL}
     */
    public static RuleOutcome refused(String ruleId, String what) {
        return new RuleOutcome(List.of(), List.of(), Rejection.unsupported(ruleId, what));
    }
}
