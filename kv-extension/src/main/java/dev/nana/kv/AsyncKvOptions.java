package dev.nana.kv;

import java.sql.SQLException;

/**
 * How an {@link AsyncKvStore} runs. Immutable; each {@code with...} returns a changed copy. Checked when the store
 * opens (a bad value is an SQLException there, SQLState HY010 or HY009).
 *
 * @param store         the options of the store itself (cache, hooks, write-behind, ...)
 * @param maxWorkers    threads running operations (NanaSQLite's max_workers, default 5): one at a time serves the
 *                      writer connection, the others the read connections, so keep it above {@code readPoolSize}
 * @param readPoolSize  read-only connections serving reads in parallel (NanaSQLite's read_pool_size, default 4); 0
 *                      sends reads to the writer connection
 * @param queueCapacity operations that may wait for a thread, for reads and for writes each; beyond that an
 *                      operation fails at once with SQLState 53000 (retry later)
 */
public record AsyncKvOptions(KvOptions store, int maxWorkers, int readPoolSize, int queueCapacity) {
    public static final int DEFAULT_MAX_WORKERS = 5;
    public static final int DEFAULT_READ_POOL_SIZE = 4;
    public static final int DEFAULT_QUEUE_CAPACITY = 10_000;

    public static AsyncKvOptions defaults() {
        return new AsyncKvOptions(KvOptions.defaults(), DEFAULT_MAX_WORKERS, DEFAULT_READ_POOL_SIZE,
                DEFAULT_QUEUE_CAPACITY);
    }

    public AsyncKvOptions withStore(KvOptions options) {
        return new AsyncKvOptions(options, maxWorkers, readPoolSize, queueCapacity);
    }

    public AsyncKvOptions withMaxWorkers(int workers) {
        return new AsyncKvOptions(store, workers, readPoolSize, queueCapacity);
    }

    public AsyncKvOptions withReadPoolSize(int connections) {
        return new AsyncKvOptions(store, maxWorkers, connections, queueCapacity);
    }

    public AsyncKvOptions withQueueCapacity(int operations) {
        return new AsyncKvOptions(store, maxWorkers, readPoolSize, operations);
    }

    void check() throws SQLException {
        KvErrors.required(store, "AsyncKvOptions.store");
        if (maxWorkers < 1) {
            throw KvErrors.misuse("AsyncKvOptions.maxWorkers must be at least 1, not " + maxWorkers);
        }
        if (readPoolSize < 0) {
            throw KvErrors.misuse("AsyncKvOptions.readPoolSize must not be negative: " + readPoolSize);
        }
        if (queueCapacity < 1) {
            throw KvErrors.misuse("AsyncKvOptions.queueCapacity must be at least 1, not " + queueCapacity);
        }
    }
}
