package dev.nana.rewriter;

import java.util.List;

/**
 * A change a {@link Rule} makes to a statement, addressed by token index on the statement as written: either
 * tokens {@code first..last} are replaced by {@link Part}s, or {@code text} is inserted after token {@code last}.
 * A part may copy original tokens, and what other rules did to those tokens is kept, so rules compose without
 * seeing each other's output. Whitespace and comments between kept tokens stay as written.
 */
public record Edit(int first, int last, List<Part> parts, String insertion) {

    /** What a replacement writes. */
    public sealed interface Part {
    }

    /** Literal SQL. */
    public record Text(String sql) implements Part {
    }

    /** Original tokens {@code first..last} (inside the replaced range), with the edits of other rules in them. */
    public record Tokens(int first, int last) implements Part {
    }

    /** A {@code ?} bound with the application parameter that token {@code token} names. */
    public record Parameter(int token) implements Part {
    }

    public static Edit replace(int first, int last, Part... parts) {
        return new Edit(first, last, List.of(parts), null);
    }

    /** Removes the tokens and the space before them. */
    public static Edit delete(int first, int last) {
        return new Edit(first, last, List.of(), null);
    }

    public static Edit insertAfter(int token, String text) {
        return new Edit(token, token, null, text);
    }

    public static Part text(String sql) {
        return new Text(sql);
    }

    public static Part tokens(int first, int last) {
        return new Tokens(first, last);
    }

    boolean isInsertion() {
        return insertion != null;
    }

    /** A replacement that writes its own tokens among other text: a wrapper such as {@code NULLIF(x, 0)}. */
    boolean wrapsItself() {
        return parts != null && parts.contains(new Tokens(first, last));
    }
}
