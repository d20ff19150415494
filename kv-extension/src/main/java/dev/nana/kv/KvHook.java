package dev.nana.kv;

import java.sql.SQLException;

/**
 * Runs around a store's reads and writes (NanaSQLite's hooks): validation, uniqueness, derived values. Values are in
 * their plain Java form (see {@link KvCodec#normalize}). Throwing refuses the operation and nothing is written; use
 * {@link KvHooks#refuse} for a check violation with your own message.
 */
public interface KvHook {
    /** The value to store instead of {@code value} (return it unchanged to only check it). */
    default Object beforeWrite(KvStore store, String key, Object value) throws SQLException {
        return value;
    }

    /** The value to give the caller instead of {@code value}; not applied to what the cache holds. */
    default Object afterRead(KvStore store, String key, Object value) throws SQLException {
        return value;
    }

    default void beforeDelete(KvStore store, String key) throws SQLException {
    }
}
