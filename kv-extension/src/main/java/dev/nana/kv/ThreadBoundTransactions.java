package dev.nana.kv;

/**
 * Transactions a framework binds to the calling thread (Spring's {@code @Transactional}), for a store over a
 * {@link javax.sql.DataSource} that joins them: {@link KvStore#open(javax.sql.DataSource, String, KvOptions,
 * ThreadBoundTransactions)}. While the calling thread is in one, the data source must hand out that transaction's
 * connection (Spring's {@code TransactionAwareDataSourceProxy} does), so the store's writes commit or roll back with
 * it.
 *
 * <p>The store's cache is shared by every thread, so inside a transaction the store keeps it out of the way: reads go
 * to the transaction's connection (and see its uncommitted writes), nothing read or written is cached, and every key
 * written is forgotten when written and again when the transaction ends. No other thread is served an uncommitted
 * value, a rolled-back value is never served, and a value cached from before the commit does not outlive it.
 */
public interface ThreadBoundTransactions {
    /** Whether the calling thread is inside a transaction. */
    boolean active();

    /** Runs {@code action} once the calling thread's transaction has ended, committed or rolled back. */
    void afterCompletion(Runnable action);
}
