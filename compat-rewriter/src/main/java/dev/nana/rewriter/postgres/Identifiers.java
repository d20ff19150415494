package dev.nana.rewriter.postgres;

/** Names as PostgreSQL quotes them. */
final class Identifiers {
    private Identifiers() {
    }

    /** {@code "name"}, with a {@code "} in it doubled. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
