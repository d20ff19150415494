package dev.nana.compat.slt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** How a query's formatted values are ordered before they are compared or hashed. */
enum SortMode {
    NOSORT, ROWSORT, VALUESORT;

    private static final Comparator<List<String>> BY_COLUMNS = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    /** The mode a {@code query} line names; a missing name means {@code nosort}. */
    static Optional<SortMode> named(String name) {
        return name.isEmpty()
                ? Optional.of(NOSORT)
                : Arrays.stream(values()).filter(mode -> mode.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The values in this mode's order. Values are compared as strings, which matches the reference runner's
     * strcmp because formatted values are plain ASCII.
     */
    List<String> apply(List<String> values, int columns) {
        switch (this) {
            case ROWSORT:
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < values.size(); i += columns) {
                    rows.add(values.subList(i, i + columns));
                }
                rows.sort(BY_COLUMNS);
                return rows.stream().flatMap(List::stream).toList();
            case VALUESORT:
                return values.stream().sorted().toList();
            default:
                return values;
        }
    }
}
