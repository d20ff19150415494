package dev.nana.kv;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * One namespace of the key-value store whose operations return {@link CompletableFuture}s and run on a bounded pool
 * of daemon threads, so that event loops and request threads never wait for the database (NanaSQLite's
 * AsyncNanaSQLite). Thread-safe.
 *
 * <p>The store takes its connections from the DataSource when it opens and holds them until it closes:
 * <ul>
 * <li>one writer connection. Every operation that is not a read runs there, one at a time and in the order the
 *     operations were called, on one thread at a time: {@code put(k, 1); put(k, 2)} leaves 2 even without waiting
 *     for the first future, and a burst of writes never holds the threads the reads need.
 * <li>{@link AsyncKvOptions#readPoolSize()} read-only connections. A read takes whichever is free, so under WAL
 *     reads run in parallel with each other and with the writer. They share the writer's cache and see its writes
 *     at once. A store with write-behind, or whose TTL expiry deletes rows, reads through the writer instead: the
 *     buffered writes and the deletions live there.
 * </ul>
 * A read the cache answers (a value, or a key known to have no row) completes on the caller's thread without a
 * thread switch. A read does not wait for writes called before it: to read what a write wrote, read once its
 * future completed ({@code thenCompose}).
 *
 * <p>A failed operation's future fails with the operation's SQLException itself ({@code join()} wraps it in a
 * CompletionException, {@code get()} in an ExecutionException). Beyond the store's own SQLStates: {@value #BUSY}
 * ({@link SQLTransientException}) when {@code queueCapacity} operations already wait, nothing was done and the
 * operation may be retried; HY010 once the store is closed.
 *
 * <p>Futures complete on the store's threads, and so do their non-async continuations ({@code thenApply}, ...):
 * keep those short or use the {@code ...Async} variants. Values are serialised on the store's threads: do not change
 * a value object until its future completes. {@link KvOptions#lockTimeout()} does not bound the wait in the queue:
 * use {@link CompletableFuture#orTimeout}. See docs/kv.md.
 */
public final class AsyncKvStore implements AutoCloseable {
    /** SQLState of an operation refused because the store's queue is full (class 53: insufficient resources). */
    public static final String BUSY = "53000";

    /** Where the cache-only store would need the database: the read goes to a connection instead. */
    private static final TableAccess CACHE_ONLY = new TableAccess() {
        @Override
        public <T> T with(Work<T> work) {
            throw CacheMiss.INSTANCE;
        }

        @Override
        public Stream<KvTable.Row> rows(boolean withValues) {
            throw CacheMiss.INSTANCE;
        }

        @Override
        public boolean bound() {
            return false;
        }

        @Override
        public void close() {
        }
    };

    private final Shared shared;
    private final Namespace namespace;
    private final KvOptions options;
    /** Whether this is the store {@link #open} returned, whose close closes every namespace and connection. */
    private final boolean owner;
    private final ValueCache cache;
    private final KvStore writer;
    /** Answers reads from the cache alone, on the caller's thread; null when the cache cannot answer. */
    private final KvStore cached;
    /** The options of this namespace's stores on the read connections: they never buffer writes of their own. */
    private final KvOptions readOptions;
    private final boolean readsOnWriter;
    /**
     * Held shared by reads on the read connections, exclusively by operations that forget the whole cache: a read
     * between its database read and caching what it read would otherwise put back a value from before a clear.
     */
    private final ReadWriteLock invalidation = new ReentrantReadWriteLock();
    private volatile boolean closed;

    private AsyncKvStore(Shared shared, Namespace namespace, KvOptions options, boolean owner, ValueCache cache,
                         KvStore writer) {
        this.shared = shared;
        this.namespace = namespace;
        this.options = options;
        this.owner = owner;
        this.cache = cache;
        this.writer = writer;
        this.readOptions = options.withWriteBehind(FlushPolicy.immediate());
        boolean expiryDeletes = options.cache().deleteExpiredRows();
        this.readsOnWriter = shared.readers == null || !options.writeBehind().isImmediate() || expiryDeletes;
        this.cached = cache.enabled() && !expiryDeletes
                ? new KvStore(namespace, readOptions, CACHE_ONLY, cache, null) : null;
    }

    /** The store of {@code namespace} on {@code dataSource}, with default options. */
    public static AsyncKvStore open(DataSource dataSource, String namespace) throws SQLException {
        return open(dataSource, namespace, AsyncKvOptions.defaults());
    }

    /** Takes the writer and the read connections from {@code dataSource}; creates the table if missing. */
    public static AsyncKvStore open(DataSource dataSource, String namespace, AsyncKvOptions options)
            throws SQLException {
        KvErrors.required(dataSource, "dataSource");
        KvErrors.required(options, "options");
        options.check();
        Namespace checked = Namespace.of(namespace);
        Connection writer = dataSource.getConnection();
        List<Reader> readers = new ArrayList<>();
        try {
            for (int i = 0; i < options.readPoolSize(); i++) {
                readers.add(Reader.open(dataSource));
            }
        } catch (SQLException | RuntimeException e) {
            SQLException cleanup = null;
            for (Reader reader : readers) {
                cleanup = attempt(cleanup, reader::close);
            }
            cleanup = attempt(cleanup, writer::close);
            if (cleanup != null) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        Shared shared = new Shared(checked.name(), options, writer, readers);
        try {
            return shared.open(checked, options.store(), true);
        } catch (SQLException | RuntimeException e) {
            SQLException cleanup = attempt(null, shared::close);
            if (cleanup != null) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static AsyncKvStore create(Shared shared, Namespace namespace, KvOptions options, boolean owner)
            throws SQLException {
        KvTable table = new KvTable(shared.writer, namespace, options.valueColumn(namespace));
        table.createIfMissing();
        KvHost host = KvStore.hostOf(shared.writer);
        ValueCache cache = KvStore.cacheOf(options, host, namespace, null);
        KvStore writer = new KvStore(namespace, options, TableAccess.bound(table), cache, host);
        if (options.bulkLoad()) {
            try {
                writer.bulkLoad();
            } catch (SQLException | RuntimeException e) {
                SQLException cleanup = attempt(null, writer::close);
                if (cleanup != null) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }
        return new AsyncKvStore(shared, namespace, options, owner, cache, writer);
    }

    public String namespace() {
        return namespace.name();
    }

    public KvOptions options() {
        return options;
    }

    /**
     * The store of another namespace on the same connections and threads, with this store's options (the same
     * store each time while it is open). Its close flushes it and leaves the others open; closing the store
     * {@link #open} returned closes them all.
     */
    public CompletableFuture<AsyncKvStore> table(String namespace) {
        return table(namespace, options);
    }

    /** As {@link #table(String)}, with other options; HY010 if the namespace is open here with different ones. */
    public CompletableFuture<AsyncKvStore> table(String namespace, KvOptions options) {
        return call(() -> shared.open(Namespace.of(namespace), KvErrors.required(options, "options"), false));
    }

    // ---- reads: from the cache on the caller's thread, else on a read connection

    /** As {@link KvStore#get(String)}. */
    public CompletableFuture<Object> get(String key) {
        return lookup(store -> store.get(key));
    }

    public CompletableFuture<Object> getOrDefault(String key, Object defaultValue) {
        return lookup(store -> store.getOrDefault(key, defaultValue));
    }

    /** As {@link KvStore#get(String, Class)}: a record, a POJO, {@code byte[]}, ... */
    public <T> CompletableFuture<T> get(String key, Class<T> type) {
        return lookup(store -> store.get(key, type));
    }

    public <T> CompletableFuture<T> get(String key, TypeReference<T> type) {
        return lookup(store -> store.get(key, type));
    }

    public CompletableFuture<Boolean> contains(String key) {
        return lookup(store -> store.contains(key));
    }

    /** The values of those {@code keys} that have one, in the order given. */
    public CompletableFuture<Map<String, Object>> batchGet(Collection<String> keys) {
        Collection<String> copy = keys == null ? null : new ArrayList<>(keys);
        return lookup(store -> store.batchGet(copy));
    }

    public CompletableFuture<Long> size() {
        return read(KvStore::size);
    }

    /** Every key in insertion order, as a list (the whole namespace in memory: {@link KvStore#keys()} streams). */
    public CompletableFuture<List<String>> keys() {
        return read(store -> listOf(store.keys()));
    }

    public CompletableFuture<List<Object>> values() {
        return read(store -> listOf(store.values()));
    }

    public CompletableFuture<List<Map.Entry<String, Object>>> entries() {
        return read(store -> listOf(store.entries()));
    }

    /** A copy of the whole namespace, in insertion order. */
    public CompletableFuture<Map<String, Object>> toMap() {
        return read(KvStore::toMap);
    }

    /** Whether a read of {@code key} would be answered from memory with a value; answers at once. */
    public boolean isCached(String key) {
        return writer.isCached(key);
    }

    // ---- everything else: on the writer connection, in call order

    public CompletableFuture<Void> put(String key, Object value) {
        return run(() -> writer.put(key, value));
    }

    /** Completes with true when the key had a row. */
    public CompletableFuture<Boolean> delete(String key) {
        return call(() -> writer.delete(key));
    }

    public CompletableFuture<Object> pop(String key) {
        return call(() -> writer.pop(key));
    }

    /** As {@link KvStore#putIfAbsent}: completes with the value that was there, or null when it stored this one. */
    public CompletableFuture<Object> putIfAbsent(String key, Object value) {
        return call(() -> writer.putIfAbsent(key, value));
    }

    public CompletableFuture<Number> increment(String key, Number by) {
        return call(() -> writer.increment(key, by));
    }

    public CompletableFuture<Number> increment(String key, String field, Number by) {
        return call(() -> writer.increment(key, field, by));
    }

    public CompletableFuture<Object> patch(String key, Map<String, ?> changes) {
        return call(() -> writer.patch(key, changes));
    }

    /** All of {@code values} or nothing, in one transaction. */
    public CompletableFuture<Void> batchPut(Map<String, ?> values) {
        Map<String, ?> copy = values == null ? null : new LinkedHashMap<>(values);
        return run(() -> writer.batchPut(copy));
    }

    /** As {@link KvStore#batchPutPartial}: completes with the keys that could not be stored and why. */
    public CompletableFuture<Map<String, String>> batchPutPartial(Map<String, ?> values) {
        Map<String, ?> copy = values == null ? null : new LinkedHashMap<>(values);
        return call(() -> writer.batchPutPartial(copy));
    }

    /** Completes with how many of {@code keys} had a row. */
    public CompletableFuture<Integer> batchDelete(Collection<String> keys) {
        Collection<String> copy = keys == null ? null : new ArrayList<>(keys);
        return call(() -> writer.batchDelete(copy));
    }

    public CompletableFuture<Void> clear() {
        return run(() -> exclusively(writer::clear));
    }

    public CompletableFuture<Void> flush() {
        return run(writer::flush);
    }

    /** Forgets every cached value (reloads all when the store bulk-loads). */
    public CompletableFuture<Void> refresh() {
        return run(() -> exclusively(writer::refresh));
    }

    public CompletableFuture<Void> refresh(String key) {
        return run(() -> writer.refresh(key));
    }

    /** The value of {@code key} read from the database, not the cache (which it then updates). */
    public CompletableFuture<Object> getFresh(String key) {
        return call(() -> writer.getFresh(key));
    }

    public CompletableFuture<Void> bulkLoad() {
        return run(writer::bulkLoad);
    }

    public CompletableFuture<Void> clearCache() {
        return run(() -> exclusively(writer::clearCache));
    }

    public CompletableFuture<List<DeadLetter>> deadLetters() {
        return call(writer::deadLetters);
    }

    public CompletableFuture<Void> retryDeadLetters() {
        return run(writer::retryDeadLetters);
    }

    public CompletableFuture<Void> clearDeadLetters() {
        return run(writer::clearDeadLetters);
    }

    public CompletableFuture<WriteBehindMetrics> metrics() {
        return call(writer::metrics);
    }

    /** As {@link KvStore#backup}: needs a nana DataSource. */
    public CompletableFuture<Void> backup(Path target) {
        return run(() -> writer.backup(target));
    }

    /** As {@link KvStore#restore}: needs a nana DataSource; forgets the cache of every namespace open here. */
    public CompletableFuture<Void> restore(Path source) {
        return run(() -> {
            // The whole file changes: no read of any namespace may cache what it read before.
            List<AsyncKvStore> stores = List.copyOf(shared.stores.values());
            stores.forEach(store -> store.invalidation.writeLock().lock());
            try {
                writer.restore(source);
                stores.forEach(store -> store.cache.invalidateAll());
            } finally {
                stores.forEach(store -> store.invalidation.writeLock().unlock());
            }
        });
    }

    // ---- lifecycle

    /**
     * Waits for every operation already accepted, flushes, and (for the store {@link #open} returned) closes every
     * namespace, the threads and the connections. Later operations fail with HY010. Idempotent. Not on the store's
     * own threads (where it would wait for itself): HY010 there.
     */
    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        shared.checkNotWorker(namespace.name());
        if (owner) {
            shared.close();
            return;
        }
        synchronized (shared.closing) {
            if (closed) {
                return;
            }
            closed = true;
            shared.stores.remove(Shared.key(namespace), this);
            CompletableFuture<Void> done = new CompletableFuture<>();
            shared.lane.force(completing(done, () -> {
                writer.close();
                return null;
            }));
            try {
                done.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof SQLException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    // ---- internals

    @FunctionalInterface
    private interface Read<T> {
        T from(KvStore store) throws SQLException;
    }

    @FunctionalInterface
    private interface Operation<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface Action {
        void run() throws SQLException;
    }

    private <T> CompletableFuture<T> lookup(Read<T> read) {
        if (cached != null && !closed) {
            try {
                return CompletableFuture.completedFuture(read.from(cached));
            } catch (CacheMiss miss) {
                // The database must answer.
            } catch (SQLException | RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return read(read);
    }

    private <T> CompletableFuture<T> read(Read<T> read) {
        if (readsOnWriter) {
            return call(() -> read.from(writer));
        }
        if (closed) {
            return CompletableFuture.failedFuture(closedError());
        }
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            shared.executor.execute(completing(future, () -> fromReader(read)));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(refusal());
        }
        return future;
    }

    private <T> T fromReader(Read<T> read) throws SQLException {
        Reader reader = shared.takeReader();
        invalidation.readLock().lock();
        try {
            return read.from(reader.store(this));
        } finally {
            invalidation.readLock().unlock();
            shared.readers.add(reader);
        }
    }

    private <T> CompletableFuture<T> call(Operation<T> operation) {
        if (closed) {
            return CompletableFuture.failedFuture(closedError());
        }
        CompletableFuture<T> future = new CompletableFuture<>();
        return shared.lane.offer(completing(future, operation)) ? future : CompletableFuture.failedFuture(refusal());
    }

    private CompletableFuture<Void> run(Action action) {
        return call(() -> {
            action.run();
            return null;
        });
    }

    private void exclusively(Action action) throws SQLException {
        invalidation.writeLock().lock();
        try {
            action.run();
        } finally {
            invalidation.writeLock().unlock();
        }
    }

    private static <T> Runnable completing(CompletableFuture<T> future, Operation<T> operation) {
        return () -> {
            try {
                future.complete(operation.run());
            } catch (Throwable e) {
                // Every failure is the caller's to see; a task that threw would leave its future pending for ever.
                future.completeExceptionally(e);
            }
        };
    }

    private static <T> List<T> listOf(Stream<T> stream) throws SQLException {
        try (stream) {
            return stream.toList();
        } catch (KvIterationException e) {
            throw e.getCause();
        }
    }

    private SQLException refusal() {
        if (shared.executor.isShutdown()) {
            return closedError();
        }
        return new SQLTransientException(KvErrors.PREFIX + "the async key-value store of namespace "
                + namespace.name() + " is busy: " + shared.queueCapacity + " operations are already waiting "
                + "(AsyncKvOptions.queueCapacity); nothing was done, retry later", BUSY);
    }

    private SQLException closedError() {
        return KvErrors.misuse("the async key-value store of namespace " + namespace.name() + " is closed");
    }

    /** Runs {@code action}; returns the first failure so far, a later one attached to it as suppressed. */
    private static SQLException attempt(SQLException failure, Action action) {
        try {
            action.run();
            return failure;
        } catch (SQLException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
            return failure;
        }
    }

    /** Steers a read the cache cannot answer to a connection; stackless and shared, as it carries nothing. */
    private static final class CacheMiss extends RuntimeException {
        static final CacheMiss INSTANCE = new CacheMiss();

        private CacheMiss() {
            super("nana: not in the cache", null, false, false);
        }
    }

    /** What the namespaces of one {@link #open} share: threads, connections, the writer's queue. */
    private static final class Shared {
        final ThreadPoolExecutor executor;
        final Lane lane;
        final int queueCapacity;
        final Connection writer;
        /** The read connections not in use; null when there are none. */
        final BlockingQueue<Reader> readers;
        /** The open namespaces by lower-case name (SQLite's table names ignore case). */
        final Map<String, AsyncKvStore> stores = new ConcurrentHashMap<>();
        final Object closing = new Object();
        /** Guarded by {@link #closing}. */
        boolean closed;

        Shared(String name, AsyncKvOptions options, Connection writer, List<Reader> readers) {
            AtomicInteger threads = new AtomicInteger();
            this.executor = new ThreadPoolExecutor(options.maxWorkers(), options.maxWorkers(), 60, TimeUnit.SECONDS,
                    new HandOffQueue(options.queueCapacity()),
                    task -> new Worker(this, task, "nana-kv-async-" + name + "-" + threads.incrementAndGet()));
            this.executor.allowCoreThreadTimeOut(true);
            this.lane = new Lane(executor, options.queueCapacity());
            this.queueCapacity = options.queueCapacity();
            this.writer = writer;
            this.readers = readers.isEmpty() ? null : new ArrayBlockingQueue<>(readers.size(), false, readers);
        }

        static String key(Namespace namespace) {
            return namespace.name().toLowerCase(Locale.ROOT);
        }

        /** On the writer's thread (or before the store is shared). */
        AsyncKvStore open(Namespace namespace, KvOptions requested, boolean owner) throws SQLException {
            KvOptions options = KvStore.configured(writer, requested);
            AsyncKvStore open = stores.get(key(namespace));
            if (open != null) {
                if (!open.options.equals(options)) {
                    throw KvErrors.misuse("namespace " + namespace.name() + " is already open in this async store "
                            + "with other options: use that store, or close it first");
                }
                return open;
            }
            AsyncKvStore store = create(this, namespace, options, owner);
            stores.put(key(namespace), store);
            return store;
        }

        Reader takeReader() throws SQLException {
            try {
                return readers.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException(KvErrors.PREFIX + "interrupted while waiting for a read connection", "HY008", e);
            }
        }

        void checkNotWorker(String namespace) throws SQLException {
            if (Thread.currentThread() instanceof Worker worker && worker.owner == this) {
                throw KvErrors.misuse("close() of the async key-value store of namespace " + namespace + " was "
                        + "called on one of its own threads, where it would wait for itself: close it from another "
                        + "thread (e.g. in thenRunAsync)");
            }
        }

        void close() throws SQLException {
            synchronized (closing) {
                if (closed) {
                    return;
                }
                closed = true;
                stores.values().forEach(store -> store.closed = true);
                executor.shutdown();
                boolean interrupted = false;
                while (!executor.isTerminated()) {
                    try {
                        executor.awaitTermination(1, TimeUnit.DAYS);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                SQLException failure = null;
                for (AsyncKvStore store : stores.values()) {
                    failure = attempt(failure, store.writer::close);
                }
                stores.clear();
                if (readers != null) {
                    List<Reader> all = new ArrayList<>();
                    readers.drainTo(all);
                    for (Reader reader : all) {
                        failure = attempt(failure, reader::close);
                    }
                }
                failure = attempt(failure, writer::close);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                if (failure != null) {
                    throw failure;
                }
            }
        }
    }

    private static final class Worker extends Thread {
        final Shared owner;

        Worker(Shared owner, Runnable task, String name) {
            super(task, name);
            this.owner = owner;
            setDaemon(true);
        }
    }

    /**
     * The writer connection's queue: its tasks run one at a time in the order given, on one thread of the executor
     * at a time.
     */
    private static final class Lane {
        private final Executor executor;
        private final int capacity;
        private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
        /** Whether a thread is running the queue (guarded by this). */
        private boolean draining;

        Lane(Executor executor, int capacity) {
            this.executor = executor;
            this.capacity = capacity;
        }

        /** False when the queue is full or the executor refuses to run it. */
        synchronized boolean offer(Runnable task) {
            if (tasks.size() >= capacity) {
                return false;
            }
            tasks.add(task);
            if (!draining && !startDraining()) {
                tasks.removeLast();
                return false;
            }
            return true;
        }

        /** Queues {@code task} even when full; runs the queue on this thread when the executor cannot. */
        void force(Runnable task) {
            synchronized (this) {
                tasks.add(task);
                if (draining || startDraining()) {
                    return;
                }
                draining = true;
            }
            drain();
        }

        private boolean startDraining() {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                return false;
            }
            draining = true;
            return true;
        }

        private void drain() {
            for (Runnable task = next(); task != null; task = next()) {
                task.run();
            }
        }

        private synchronized Runnable next() {
            Runnable task = tasks.poll();
            draining = task != null;
            return task;
        }
    }

    /** A read-only connection and this store's namespaces on it; used by one thread at a time. */
    private static final class Reader {
        private final Connection connection;
        /** Whether PRAGMA query_only made it read-only: a pool that gets it back knows nothing of that pragma. */
        private final boolean queryOnly;
        private final Map<AsyncKvStore, KvStore> stores = new HashMap<>();

        private Reader(Connection connection, boolean queryOnly) {
            this.connection = connection;
            this.queryOnly = queryOnly;
        }

        /**
         * JDBC's read-only flag where the driver can set it on an open connection; sqlite-jdbc cannot, and SQLite's
         * query_only is the same guard.
         */
        static Reader open(DataSource dataSource) throws SQLException {
            Connection connection = dataSource.getConnection();
            try {
                try {
                    connection.setReadOnly(true);
                    return new Reader(connection, false);
                } catch (SQLException notOnceOpen) {
                    execute(connection, "PRAGMA query_only = ON");
                    return new Reader(connection, true);
                }
            } catch (SQLException | RuntimeException e) {
                SQLException cleanup = attempt(null, connection::close);
                if (cleanup != null) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }

        KvStore store(AsyncKvStore namespace) throws SQLException {
            KvStore store = stores.get(namespace);
            if (store == null) {
                forgetClosed();
                store = new KvStore(namespace.namespace, namespace.readOptions,
                        TableAccess.bound(new KvTable(connection, namespace.namespace,
                                namespace.readOptions.valueColumn(namespace.namespace))), namespace.cache, null);
                stores.put(namespace, store);
            }
            return store;
        }

        /** Releases the statements of namespaces closed since (their stores cannot be reached from elsewhere). */
        private void forgetClosed() throws SQLException {
            Iterator<Map.Entry<AsyncKvStore, KvStore>> entries = stores.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<AsyncKvStore, KvStore> entry = entries.next();
                if (entry.getKey().closed) {
                    entries.remove();
                    entry.getValue().close();
                }
            }
        }

        void close() throws SQLException {
            SQLException failure = null;
            for (KvStore store : stores.values()) {
                failure = attempt(failure, store::close);
            }
            if (queryOnly) {
                failure = attempt(failure, () -> execute(connection, "PRAGMA query_only = OFF"));
            }
            failure = attempt(failure, connection::close);
            if (failure != null) {
                throw failure;
            }
        }

        private static void execute(Connection connection, String sql) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
