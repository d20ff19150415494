package dev.nana.compat.slt;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The outcome of running sqllogictest files: records that passed and the failures, in file order. */
public record SltResult(int passed, List<SltFailure> failures) {

    public SltResult {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }

    /** Records executed; records skipped by skipif/onlyif or after a halt are not counted. */
    public int executed() {
        return passed + failed();
    }

    /** The {@code file:line} of every failure, sorted: two backends agree when these sets are equal. */
    public Set<String> failureLocations() {
        Set<String> locations = new TreeSet<>();
        failures.forEach(failure -> locations.add(failure.location()));
        return locations;
    }

    /** {@code N passed, N failed}. */
    public String summaryLine() {
        return passed + " passed, " + failed() + " failed";
    }
}
