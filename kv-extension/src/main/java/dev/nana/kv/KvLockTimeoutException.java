package dev.nana.kv;

import java.sql.SQLTimeoutException;

/**
 * A store operation waited longer than {@link KvOptions#lockTimeout()} for the store's lock (NanaSQLite's
 * NanaSQLiteLockError). SQLState HYT00; nothing was done, so the operation may be retried.
 */
public final class KvLockTimeoutException extends SQLTimeoutException {
    public static final String SQL_STATE = "HYT00";

    KvLockTimeoutException(String message) {
        super(KvErrors.PREFIX + message, SQL_STATE);
    }
}
