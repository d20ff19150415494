package dev.nana.kv;

import java.sql.SQLException;

/**
 * A database error while a stream of keys, values or entries is consumed: Stream cannot throw checked exceptions,
 * so the SQLException travels as this cause.
 */
public final class KvIterationException extends RuntimeException {
    KvIterationException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
