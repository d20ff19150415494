package dev.nana.jdbc;

import java.sql.SQLException;

/** unwrap/isWrapperFor for every nana wrapper: nana's own type first, then the backend object it wraps. */
final class Unwrapping {
    private Unwrapping() {
    }

    static <T> T unwrap(Object wrapper, Object raw, Class<T> type) throws SQLException {
        if (type.isInstance(wrapper)) {
            return type.cast(wrapper);
        }
        if (type.isInstance(raw)) {
            return type.cast(raw);
        }
        throw SqlErrors.misuse("not a wrapper for " + type.getName());
    }

    static boolean isWrapperFor(Object wrapper, Object raw, Class<?> type) {
        return type.isInstance(wrapper) || type.isInstance(raw);
    }
}
