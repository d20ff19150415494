package dev.nana.compat.slt;

/** A record that did not behave as its script expects. {@code file} is relative to the directory that was run. */
public record SltFailure(String file, int line, String reason) {

    /** {@code file:line}, which identifies the record across runs and backends. */
    public String location() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return location() + ": " + reason;
    }
}
