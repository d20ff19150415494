package dev.nana.rewriter;

import java.util.Arrays;

/**
 * Which application parameter each {@code ?} of a rewritten statement takes. The application numbers its
 * parameters as SQLite does ({@code ?}, {@code ?NNN}, {@code :name}, ...); the rewritten text has only plain
 * {@code ?}, in its own order, and one application parameter may fill several of them (a named parameter used
 * twice, or an argument a rule repeats).
 */
public final class ParameterMap {
    private static final ParameterMap NONE = new ParameterMap(new int[0]);

    /** sources[p - 1] is the application parameter of position p. */
    private final int[] sources;

    private ParameterMap(int[] sources) {
        this.sources = sources;
    }

    /** Position p takes application parameter p, for p in 1..count. */
    static ParameterMap identity(int count) {
        if (count == 0) {
            return NONE;
        }
        int[] sources = new int[count];
        for (int p = 0; p < count; p++) {
            sources[p] = p + 1;
        }
        return new ParameterMap(sources);
    }

    static ParameterMap of(int... sources) {
        return new ParameterMap(sources.clone());
    }

    /** How many {@code ?} the rewritten statement has. */
    public int size() {
        return sources.length;
    }

    /**
     * @param position 1-based position of a {@code ?} in the rewritten text
     * @return the 1-based application parameter (as sqlite3_bind_parameter_index numbers it) to bind there
     */
    public int source(int position) {
        return sources[position - 1];
    }

    /** True when position p takes parameter p for every p: binding can copy the parameters in order. */
    public boolean isIdentity() {
        for (int p = 0; p < sources.length; p++) {
            if (sources[p] != p + 1) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterMap other && Arrays.equals(sources, other.sources);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sources);
    }

    /** The sources in position order, comma-separated: {@code 2,1}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int source : sources) {
            out.append(out.length() == 0 ? "" : ",").append(source);
        }
        return out.toString();
    }
}
