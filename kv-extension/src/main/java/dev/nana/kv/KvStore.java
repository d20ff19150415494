package dev.nana.kv;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * One namespace of NanaSQLite's key-value model: a table {@code "<namespace>"(key TEXT PRIMARY KEY, value TEXT)}
 * holding JSON text, used like a map. Thread-safe.
 *
 * <p>A store opened on a {@link Connection} uses that connection for everything, so its writes join the
 * connection's transaction when one is open (they commit or roll back with it). A store opened on a
 * {@link DataSource} borrows a connection per operation, so each operation commits on its own and operations on
 * different keys run in parallel.
 *
 * <p>Values are cached per {@link CacheMode}. The cache is this store's: it sees this store's writes and, on nana
 * connections, SQL writes to {@code kv.<namespace>} and rollbacks on the same connection; writes by other
 * connections or processes are seen when the entry expires or after {@link #refresh}. See docs/kv.md.
 */
public final class KvStore implements AutoCloseable {
    /** Batches at least this large are encoded on several cores. */
    private static final int PARALLEL_ENCODING = 10_000;
    private final Namespace namespace;
    private final String lowerCaseName;
    private final KvOptions options;
    private final KvCodec codec;
    private final List<KvHook> hooks;
    private final TableAccess tables;
    private final KeyLocks locks;
    private final ValueCache cache;
    /** Null when writes are immediate. */
    private final WriteBuffer buffer;
    /** The connection's host when the store is bound to a nana connection, else null. */
    private final KvHost host;
    private final KvHost.Listener listener = new KvHost.Listener() {
        @Override
        public void namespacesChanged(Set<String> namespaces) {
            if (namespaces.contains(lowerCaseName)) {
                cache.invalidateAll();
            }
        }

        @Override
        public void everythingChanged() {
            cache.invalidateAll();
            tableMayBeGone = true;
        }
    };
    /** The data_version last seen on each connection the store looked for other writers on (weakly held). */
    private final Map<Connection, Long> seenDataVersions = Collections.synchronizedMap(new WeakHashMap<>());
    /** Set by a rollback or restore, which may have undone the namespace's table; checked before the next use. */
    private volatile boolean tableMayBeGone;
    /** Flushes a pooled store's buffer on time; null otherwise (a bound store flushes at its next operation). */
    private final ScheduledExecutorService flusher;
    private volatile boolean closed;

    KvStore(Namespace namespace, KvOptions options, TableAccess tables, ValueCache cache, KvHost host) {
        this.namespace = namespace;
        this.lowerCaseName = namespace.name().toLowerCase(Locale.ROOT);
        this.options = options;
        this.codec = options.codec();
        this.hooks = options.hooks();
        this.tables = tables;
        this.locks = new KeyLocks(tables.bound() ? 1 : 64, options.lockTimeout());
        this.cache = cache;
        this.buffer = options.writeBehind().isImmediate() ? null : new WriteBuffer(options.writeBehind(), options.ticker());
        this.host = host;
        if (host != null) {
            host.addListener(listener);
        }
        this.flusher = buffer != null && !tables.bound() && options.writeBehind().interval() != null
                ? timedFlusher(options.writeBehind().interval().toMillis()) : null;
    }

    /** The store of {@code namespace} on {@code connection}, with default options; creates the table if missing. */
    public static KvStore open(Connection connection, String namespace) throws SQLException {
        return open(connection, namespace, KvOptions.defaults());
    }

    public static KvStore open(Connection connection, String namespace, KvOptions options) throws SQLException {
        KvErrors.required(connection, "connection");
        KvErrors.required(options, "options");
        Namespace checked = Namespace.of(namespace);
        KvHost host = hostOf(connection);
        KvOptions configured = host == null ? options : host.configure(options);
        KvTable table = new KvTable(connection, checked, configured.valueColumn(checked));
        table.createIfMissing();
        return opened(new KvStore(table.namespace(), configured, TableAccess.bound(table),
                cacheOf(configured, host, checked, null), host));
    }

    /** A store that borrows a connection from {@code dataSource} (a pool) for each operation. */
    public static KvStore open(DataSource dataSource, String namespace) throws SQLException {
        return open(dataSource, namespace, KvOptions.defaults());
    }

    public static KvStore open(DataSource dataSource, String namespace, KvOptions options) throws SQLException {
        return open(dataSource, namespace, options, null);
    }

    /**
     * A store that borrows a connection from {@code dataSource} for each operation and joins the transaction the
     * calling thread is in, if any ({@link ThreadBoundTransactions}: Spring's, say); null joins none. Write-behind
     * cannot join a transaction and is refused.
     */
    public static KvStore open(DataSource dataSource, String namespace, KvOptions options,
                               ThreadBoundTransactions transactions) throws SQLException {
        KvErrors.required(dataSource, "dataSource");
        KvErrors.required(options, "options");
        if (transactions != null && !options.writeBehind().isImmediate()) {
            throw KvErrors.misuse("a store that joins transactions writes immediately: its write-behind buffer"
                    + " would flush outside them (KvOptions.withWriteBehind)");
        }
        Namespace checked = Namespace.of(namespace);
        KvOptions configured;
        KvHost host;
        try (Connection connection = dataSource.getConnection()) {
            host = hostOf(connection);
            configured = configured(connection, options);
            KvNamespaces.create(connection, checked.name());
        }
        TableAccess tables = TableAccess.pooled(dataSource, checked, configured.valueColumn(checked));
        return opened(new KvStore(checked, configured, tables, cacheOf(configured, host, checked, transactions),
                null));
    }

    /**
     * The cache of a store on {@code host}'s database, one of the namespace's caches on that file when the host
     * knows the file.
     */
    static ValueCache cacheOf(KvOptions options, KvHost host, Namespace namespace,
                              ThreadBoundTransactions transactions) {
        FileCaches file = host == null ? null : host.fileCaches();
        return new ValueCache(options.cache(), options.ticker(), transactions,
                file == null ? null : file.namespace(namespace.name()), options.effectiveChangeCheck());
    }

    /** {@code options} as {@code connection}'s {@link KvHost}, if it is one, configures stores on it. */
    static KvOptions configured(Connection connection, KvOptions options) throws SQLException {
        KvHost host = hostOf(connection);
        return host == null ? options : host.configure(options);
    }


    private static KvStore opened(KvStore store) throws SQLException {
        try {
            store.rememberDataVersion();
            if (store.options.bulkLoad()) {
                store.bulkLoad();
            }
        } catch (SQLException e) {
            store.closeQuietly(e);
            throw e;
        }
        return store;
    }

    public String namespace() {
        return namespace.name();
    }

    public KvOptions options() {
        return options;
    }

    public boolean isClosed() {
        return closed;
    }

    // ---- reads

    /** The value of {@code key}, or null when there is none (or it is JSON null; {@link #contains} tells them apart). */
    public Object get(String key) throws SQLException {
        ValueCache.Entry entry = lookup(key);
        return entry == ValueCache.Entry.ABSENT ? null : afterRead(key, entry.value(codec, key));
    }

    /** The value of {@code key}, or {@code defaultValue} when the key has no row. */
    public Object getOrDefault(String key, Object defaultValue) throws SQLException {
        ValueCache.Entry entry = lookup(key);
        return entry == ValueCache.Entry.ABSENT ? defaultValue : afterRead(key, entry.value(codec, key));
    }

    /** The value of {@code key} read as {@code type} (a record, a POJO, {@code byte[]}, ...), or null. */
    public <T> T get(String key, Class<T> type) throws SQLException {
        KvErrors.required(type, "type");
        String json = typedJson(key);
        return json == null ? null : codec.decode(key, json, type);
    }

    public <T> T get(String key, TypeReference<T> type) throws SQLException {
        KvErrors.required(type, "type");
        String json = typedJson(key);
        return json == null ? null : codec.decode(key, json, type);
    }

    /** The JSON a typed read converts: the stored text, or the read hooks' result re-encoded. */
    private String typedJson(String key) throws SQLException {
        ValueCache.Entry entry = lookup(key);
        if (entry == ValueCache.Entry.ABSENT) {
            return null;
        }
        return hooks.isEmpty() ? entry.json : codec.encode(key, afterRead(key, entry.value(codec, key)));
    }

    public boolean contains(String key) throws SQLException {
        return lookup(key) != ValueCache.Entry.ABSENT;
    }

    /** The value of {@code key} read from the database, not the cache (which it then updates). */
    public Object getFresh(String key) throws SQLException {
        checkKey(key);
        beforeDatabase();
        flushIfPending();
        ValueCache.Entry entry = withKeyLock(key, () -> {
            long seen = cache.version();
            return tables.with(table -> {
                ValueCache.Entry read = entryOf(table.read(key));
                if (table.connection().getAutoCommit()) {
                    cache.putRead(key, read, seen);
                }
                return read;
            });
        });
        return entry == ValueCache.Entry.ABSENT ? null : afterRead(key, entry.value(codec, key));
    }

    /** The values of those {@code keys} that have one, in the order given. */
    public Map<String, Object> batchGet(Collection<String> keys) throws SQLException {
        checkKeys(keys);
        beforeDatabase();
        flushIfPending();
        if (cache.changeCheckDue()) {
            lookForOtherWriters();
        }
        Map<String, ValueCache.Entry> entries = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            ValueCache.Entry entry = cache.get(key);
            if (entry == null) {
                missing.add(key);
            }
            entries.put(key, entry);
        }
        if (!missing.isEmpty()) {
            long seen = cache.version();
            Map<String, String> found = new HashMap<>();
            boolean cacheable = withAllLocks(() -> tables.with(table -> {
                found.putAll(table.readAll(missing));
                return table.connection().getAutoCommit();
            }));
            for (String key : missing) {
                ValueCache.Entry read = entryOf(found.get(key));
                entries.put(key, cacheable ? cache.putIfAbsent(key, read, seen) : read);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, ValueCache.Entry> entry : entries.entrySet()) {
            if (entry.getValue() != ValueCache.Entry.ABSENT) {
                String key = entry.getKey();
                values.put(key, afterRead(key, entry.getValue().value(codec, key)));
            }
        }
        return Collections.unmodifiableMap(values);
    }

    public long size() throws SQLException {
        checkOpen();
        beforeDatabase();
        flushIfPending();
        return withAllLocks(() -> tables.with(KvTable::count));
    }

    /** Every key in insertion order, read as consumed. Close the stream (try-with-resources). */
    public Stream<String> keys() throws SQLException {
        return rows(false).map(KvTable.Row::key);
    }

    /** Every value in insertion order, read as consumed. Close the stream (try-with-resources). */
    public Stream<Object> values() throws SQLException {
        return entries().map(Map.Entry::getValue);
    }

    /** Every entry in insertion order, read as consumed. Close the stream (try-with-resources). */
    public Stream<Map.Entry<String, Object>> entries() throws SQLException {
        return rows(true).map(row -> {
            try {
                Object value = afterRead(row.key(), codec.decode(row.key(), row.json()));
                return new AbstractMap.SimpleImmutableEntry<>(row.key(), value);
            } catch (SQLException e) {
                throw new KvIterationException(e);
            }
        });
    }

    private Stream<KvTable.Row> rows(boolean withValues) throws SQLException {
        checkOpen();
        beforeDatabase();
        flushIfPending();
        if (!tables.bound()) {
            return tables.rows(withValues);
        }
        return withAllLocks(() -> tables.rows(withValues));
    }

    /** A copy of the whole namespace, in insertion order. */
    public Map<String, Object> toMap() throws SQLException {
        Map<String, Object> copy = new LinkedHashMap<>();
        try (Stream<Map.Entry<String, Object>> entries = entries()) {
            entries.forEach(entry -> copy.put(entry.getKey(), entry.getValue()));
        } catch (KvIterationException e) {
            throw e.getCause();
        }
        return copy;
    }

    // ---- writes

    public void put(String key, Object value) throws SQLException {
        checkKey(key);
        Object stored = beforeWrite(key, value);
        String json = codec.encode(key, stored);
        ValueCache.Entry written = cache.enabled() ? new ValueCache.Entry(json, codec.decoded(key, stored, json)) : null;
        beforeDatabase();
        boolean flushNow = withKeyLock(key, () -> {
            if (buffer != null) {
                cache.put(key, written);
                return buffer.add(key, json);
            }
            long seen = cache.version();
            tables.with(table -> {
                table.write(key, json);
                cached(table, key, written, seen);
                return null;
            });
            return false;
        });
        if (flushNow) {
            flush();
        }
    }

    /** Deletes {@code key}; true when it had a row. */
    public boolean delete(String key) throws SQLException {
        checkKey(key);
        for (KvHook hook : hooks) {
            hook.beforeDelete(this, key);
        }
        beforeDatabase();
        if (buffer != null) {
            boolean existed = contains(key);
            boolean flushNow = withKeyLock(key, () -> {
                cache.put(key, ValueCache.Entry.ABSENT);
                return buffer.add(key, null);
            });
            if (flushNow) {
                flush();
            }
            return existed;
        }
        return withKeyLock(key, () -> {
            long seen = cache.version();
            return tables.with(table -> {
                boolean existed = table.delete(key);
                cached(table, key, ValueCache.Entry.ABSENT, seen);
                return existed;
            });
        });
    }

    /** Deletes {@code key} and returns the value it had, or null when it had none. */
    public Object pop(String key) throws SQLException {
        checkKey(key);
        for (KvHook hook : hooks) {
            hook.beforeDelete(this, key);
        }
        beforeDatabase();
        flushIfPending();
        ValueCache.Entry removed = withKeyLock(key, () -> {
            long seen = cache.version();
            return inTransaction(table -> {
                ValueCache.Entry found = entryOf(table.readForUpdate(key));
                if (found != ValueCache.Entry.ABSENT) {
                    // Decoded before the delete: a value that is not JSON is refused and stays.
                    found.value(codec, key);
                    table.delete(key);
                }
                return found;
            }, (table, found) -> cached(table, key, ValueCache.Entry.ABSENT, seen));
        });
        return removed == ValueCache.Entry.ABSENT ? null : afterRead(key, removed.value(codec, key));
    }

    /**
     * Stores {@code value} unless {@code key} has a row, atomically (also against other connections). Returns the
     * value that was there, or null when {@code value} was stored (as {@link Map#putIfAbsent}).
     */
    public Object putIfAbsent(String key, Object value) throws SQLException {
        checkKey(key);
        String json = codec.encode(key, beforeWrite(key, value));
        beforeDatabase();
        flushIfPending();
        ValueCache.Entry existing = withKeyLock(key, () -> {
            long seen = cache.version();
            return inTransaction(table -> {
                String current = table.readForUpdate(key);
                if (current == null) {
                    table.write(key, json);
                }
                return entryOf(current);
            }, (table, found) -> {
                if (found == ValueCache.Entry.ABSENT) {
                    cached(table, key, new ValueCache.Entry(json), seen);
                } else if (table.connection().getAutoCommit()) {
                    cache.putRead(key, found, seen);
                }
            });
        });
        return existing == ValueCache.Entry.ABSENT ? null : afterRead(key, existing.value(codec, key));
    }

    /**
     * Adds {@code by} to the number stored at {@code key} (0 when there is none) atomically, and returns the sum.
     * Integers stay integers (a long that overflows becomes a BigInteger); any decimal makes a Double.
     */
    public Number increment(String key, Number by) throws SQLException {
        return (Number) update(key, current -> add(key, null, current, by));
    }

    /** Adds {@code by} to the number at {@code field} of the object stored at {@code key}; returns the sum. */
    public Number increment(String key, String field, Number by) throws SQLException {
        KvErrors.required(field, "field");
        Object updated = update(key, current -> {
            Map<String, Object> object = objectAt(key, current);
            object.put(field, add(key, field, object.get(field), by));
            return object;
        });
        return (Number) ((Map<?, ?>) updated).get(field);
    }

    /**
     * Merges {@code changes} into the object stored at {@code key} (RFC 7396 JSON merge patch: a null removes a
     * field, nested objects merge) atomically; returns the new value.
     */
    public Object patch(String key, Map<String, ?> changes) throws SQLException {
        KvErrors.required(changes, "changes");
        Object patch = codec.normalize(key, changes);
        return update(key, current -> JsonMerge.apply(objectAt(key, current), (Map<?, ?>) patch));
    }

    @FunctionalInterface
    private interface Change {
        Object apply(Object current) throws SQLException;
    }

    /** Read, change and write one value in one transaction under the key's lock. */
    private Object update(String key, Change change) throws SQLException {
        checkKey(key);
        beforeDatabase();
        flushIfPending();
        ValueCache.Entry written = withKeyLock(key, () -> {
            long seen = cache.version();
            return inTransaction(table -> {
                String json = table.readForUpdate(key);
                Object updated = beforeWrite(key, change.apply(json == null ? null : codec.decode(key, json)));
                String updatedJson = codec.encode(key, updated);
                table.write(key, updatedJson);
                return new ValueCache.Entry(updatedJson);
            }, (table, entry) -> cached(table, key, entry, seen));
        });
        return afterRead(key, written.value(codec, key));
    }

    private static Map<String, Object> objectAt(String key, Object current) throws SQLException {
        if (current == null) {
            return new LinkedHashMap<>();
        }
        if (!(current instanceof Map<?, ?> map)) {
            throw KvErrors.invalidValue("the value of key " + KvErrors.show(key) + " is " + JsonMerge.typeName(current)
                    + ", not an object", null);
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((name, value) -> copy.put((String) name, value));
        return copy;
    }

    private static Number add(String key, String field, Object current, Number by) throws SQLException {
        KvErrors.required(by, "by");
        Number base = current == null ? 0 : current instanceof Number number ? number : null;
        if (base == null) {
            throw KvErrors.invalidValue("cannot increment " + (field == null ? "" : "field '" + field + "' of ")
                    + "key " + KvErrors.show(key) + ": it holds " + JsonMerge.typeName(current) + ", not a number",
                    null);
        }
        if (isIntegral(base) && isIntegral(by)) {
            BigInteger sum = toBigInteger(base).add(toBigInteger(by));
            return sum.bitLength() < 64 ? (Number) sum.longValueExact() : sum;
        }
        return base.doubleValue() + by.doubleValue();
    }

    private static boolean isIntegral(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof BigInteger
                || number instanceof Short || number instanceof Byte;
    }

    private static BigInteger toBigInteger(Number number) {
        return number instanceof BigInteger big ? big : BigInteger.valueOf(number.longValue());
    }

    /** All of {@code values} or nothing, in one transaction; the cache forgets the keys rather than keeping them. */
    public void batchPut(Map<String, ?> values) throws SQLException {
        KvErrors.required(values, "values");
        checkOpen();
        checkKeys(values.keySet());
        writeAll(hooks.isEmpty() && values.size() >= PARALLEL_ENCODING ? encodeInParallel(values) : encode(values));
    }

    private Map<String, String> encode(Map<String, ?> values) throws SQLException {
        Map<String, String> jsons = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            jsons.put(entry.getKey(), codec.encode(entry.getKey(), beforeWrite(entry.getKey(), entry.getValue())));
        }
        return jsons;
    }

    /**
     * Encoding is a quarter of a large batch's time and needs no database, so the common pool shares it out. The
     * failure reported is the first in the map's order, as with {@link #encode}. Hooks run in order, so a batch with
     * hooks is encoded in order too.
     */
    private Map<String, String> encodeInParallel(Map<String, ?> values) throws SQLException {
        List<Map.Entry<String, ?>> entries = new ArrayList<>(values.entrySet());
        String[] jsons = new String[entries.size()];
        SQLException[] failures = new SQLException[entries.size()];
        IntStream.range(0, jsons.length).parallel().forEach(i -> {
            try {
                jsons[i] = codec.encode(entries.get(i).getKey(), entries.get(i).getValue());
            } catch (SQLException e) {
                failures[i] = e;
            }
        });
        Map<String, String> encoded = new LinkedHashMap<>(jsons.length * 4 / 3 + 1);
        for (int i = 0; i < jsons.length; i++) {
            if (failures[i] != null) {
                throw failures[i];
            }
            encoded.put(entries.get(i).getKey(), jsons[i]);
        }
        return encoded;
    }

    /** The same as {@link #batchPut}. */
    public void putAll(Map<String, ?> values) throws SQLException {
        batchPut(values);
    }

    /**
     * Stores every value that can be stored, in one transaction, and returns the ones that could not (key to the
     * reason: an invalid key, a value JSON cannot hold, a hook's refusal). Nothing is stored if the database write
     * itself fails.
     */
    public Map<String, String> batchPutPartial(Map<String, ?> values) throws SQLException {
        KvErrors.required(values, "values");
        // Before the per-key checks, which would report a closed store as a failure of every key.
        checkOpen();
        Map<String, String> jsons = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String key = entry.getKey();
            try {
                checkKey(key);
                jsons.put(key, codec.encode(key, beforeWrite(key, entry.getValue())));
            } catch (SQLException e) {
                failures.put(String.valueOf(key), e.getMessage());
            }
        }
        writeAll(jsons);
        return Collections.unmodifiableMap(failures);
    }

    /** Deletes every one of {@code keys} in one transaction; returns how many had a row. */
    public int batchDelete(Collection<String> keys) throws SQLException {
        checkKeys(keys);
        for (String key : keys) {
            for (KvHook hook : hooks) {
                hook.beforeDelete(this, key);
            }
        }
        beforeDatabase();
        flushIfPending();
        return withAllLocks(() -> {
            long seen = cache.version();
            return inTransaction(table -> {
                int count = 0;
                for (String key : keys) {
                    count += table.delete(key) ? 1 : 0;
                }
                return count;
            }, (table, deleted) -> {
                for (String key : keys) {
                    cache.put(key, ValueCache.Entry.ABSENT);
                }
                announce(table, keys, seen);
            });
        });
    }

    /** Deletes every key of the namespace (and drops pending buffered writes). */
    public void clear() throws SQLException {
        checkOpen();
        beforeDatabase();
        withAllLocks(() -> {
            if (buffer != null) {
                buffer.discardPending();
            }
            return tables.with(table -> {
                table.deleteAll();
                cache.invalidateAll();
                if (cache.announces()) {
                    afterCommit(table, cache::committedAll);
                }
                return null;
            });
        });
    }

    private void writeAll(Map<String, String> jsons) throws SQLException {
        if (jsons.isEmpty()) {
            return;
        }
        beforeDatabase();
        boolean flushNow = withAllLocks(() -> {
            if (buffer != null) {
                boolean due = false;
                for (Map.Entry<String, String> entry : jsons.entrySet()) {
                    cache.put(entry.getKey(), new ValueCache.Entry(entry.getValue()));
                    due |= buffer.add(entry.getKey(), entry.getValue());
                }
                return due;
            }
            inTransaction(table -> {
                table.writeAll(jsons);
                return null;
            }, (table, none) -> {
                cache.forgetWritten(jsons.keySet());
                // Nothing of these keys is cached here any more, so only a move after the forgetting counts.
                announce(table, jsons.keySet(), cache.version());
            });
            return false;
        });
        if (flushNow) {
            flush();
        }
    }

    // ---- cache

    /** Reads the whole namespace into the cache. */
    public void bulkLoad() throws SQLException {
        checkOpen();
        if (!cache.enabled()) {
            throw KvErrors.misuse("bulkLoad needs a cache: this store's CacheMode is none()");
        }
        beforeDatabase();
        flushIfPending();
        withAllLocks(() -> {
            long seen = cache.version();
            try (Stream<KvTable.Row> rows = tables.rows(true)) {
                rows.forEach(row -> cache.putIfAbsent(row.key(), new ValueCache.Entry(row.json()), seen));
            } catch (KvIterationException e) {
                throw e.getCause();
            }
            return null;
        });
    }

    /** Forgets every cached value (the next reads go to the database); reloads all when the store bulk-loads. */
    public void refresh() throws SQLException {
        checkOpen();
        cache.invalidateAll();
        if (options.bulkLoad()) {
            bulkLoad();
        }
    }

    /** Reads {@code key} again from the database into the cache. */
    public void refresh(String key) throws SQLException {
        getFresh(key);
    }

    /** Whether a read of {@code key} would be answered from memory with a value. */
    public boolean isCached(String key) {
        return key != null && cache.holdsValue(key);
    }

    public void clearCache() {
        cache.invalidateAll();
    }

    // ---- write-behind

    /** Writes every buffered write now, in one transaction; writes that fail alone go to the dead-letter queue. */
    public void flush() throws SQLException {
        checkOpen();
        if (buffer == null) {
            return;
        }
        withAllLocks(() -> {
            Map<String, String> writes = buffer.drain();
            if (writes.isEmpty()) {
                return null;
            }
            long seen = cache.version();
            try {
                inTransaction(table -> {
                    table.writeAll(writes);
                    return null;
                }, (table, none) -> announce(table, writes.keySet(), seen));
                buffer.flushed(writes.size());
            } catch (SQLException batchFailure) {
                writeOneByOne(writes);
            }
            return null;
        });
    }

    /** After a failed batch: each write on its own, so one bad write does not hold back the others. */
    private void writeOneByOne(Map<String, String> writes) {
        int written = 0;
        for (Map.Entry<String, String> write : writes.entrySet()) {
            String key = write.getKey();
            long seen = cache.version();
            try {
                tables.with(table -> {
                    table.writeAll(Collections.singletonMap(key, write.getValue()));
                    announce(table, List.of(key), seen);
                    return null;
                });
                written++;
            } catch (SQLException e) {
                buffer.failed(key, write.getValue(), e.getMessage());
                cache.invalidate(key);
            }
        }
        if (written > 0) {
            buffer.flushed(written);
        }
    }

    public List<DeadLetter> deadLetters() {
        return buffer == null ? List.of() : buffer.deadLetters();
    }

    /** Buffers the dead letters again and flushes them. */
    public void retryDeadLetters() throws SQLException {
        checkOpen();
        if (buffer != null && buffer.requeueDeadLetters() > 0) {
            flush();
        }
    }

    public void clearDeadLetters() {
        if (buffer != null) {
            buffer.clearDeadLetters();
        }
    }

    public WriteBehindMetrics metrics() {
        return buffer == null ? WriteBuffer.noMetrics() : buffer.metrics();
    }

    // ---- files

    /** An online, consistent copy of the whole database file at {@code target}; needs a nana connection. */
    public void backup(Path target) throws SQLException {
        KvErrors.required(target, "target");
        checkOpen();
        flushIfPending();
        if (tables.bound()) {
            withAllLocks(() -> {
                requireHost(host).backup(target);
                return null;
            });
        } else {
            tables.with(table -> {
                requireHost(hostOf(table.connection())).backup(target);
                return null;
            });
        }
    }

    /**
     * Replaces the whole database's content with {@code source}'s in one transaction (writes buffered here are
     * dropped), then forgets the cache.
     */
    public void restore(Path source) throws SQLException {
        KvErrors.required(source, "source");
        checkOpen();
        withAllLocks(() -> {
            if (buffer != null) {
                buffer.discardPending();
            }
            tables.with(table -> {
                requireHost(host != null ? host : hostOf(table.connection())).restore(source);
                return null;
            });
            cache.invalidateAll();
            return null;
        });
    }

    static KvHost hostOf(Connection connection) throws SQLException {
        return connection.isWrapperFor(KvHost.class) ? connection.unwrap(KvHost.class) : null;
    }

    private static KvHost requireHost(KvHost host) throws SQLException {
        if (host == null) {
            throw KvErrors.misuse("backup and restore need a jdbc:nana: connection");
        }
        return host;
    }

    // ---- lifecycle

    /** Flushes buffered writes, then releases the store's statements; the connection stays open. Idempotent. */
    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        SQLException failure = null;
        try {
            flush();
        } catch (SQLException e) {
            failure = e;
        }
        closed = true;
        closeQuietly(failure);
        if (failure != null) {
            throw failure;
        }
    }

    private void closeQuietly(SQLException failure) {
        closed = true;
        // A closed store answers nothing from memory (isCached says so) and holds no values for the collector.
        cache.close();
        if (flusher != null) {
            flusher.shutdownNow();
        }
        if (host != null) {
            host.removeListener(listener);
        }
        try {
            tables.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    // ---- internals

    /** The cached entry of {@code key}, else its row read (and cached); {@link ValueCache.Entry#ABSENT} if none. */
    private ValueCache.Entry lookup(String key) throws SQLException {
        checkKey(key);
        ValueCache.Entry entry = cache.get(key);
        // Only an answer from the cache can be stale: a miss reads the database anyway.
        if (entry != null && cache.changeCheckDue()) {
            lookForOtherWriters();
            entry = cache.get(key);
        }
        if (entry != null) {
            return entry;
        }
        beforeDatabase();
        if (buffer != null && buffer.holds(key)) {
            return entryOf(buffer.pendingJson(key));
        }
        if (!tables.bound()) {
            return readThrough(key);
        }
        return withKeyLock(key, () -> readThrough(key));
    }

    /**
     * {@code key}'s row, cached unless read inside a transaction: its snapshot may be older than what others have
     * committed and announced since.
     */
    private ValueCache.Entry readThrough(String key) throws SQLException {
        long seen = cache.version();
        return tables.with(table -> {
            ValueCache.Entry read = entryOf(table.read(key));
            return table.connection().getAutoCommit() ? cache.putIfAbsent(key, read, seen) : read;
        });
    }

    /** After {@code key} was written on {@code table}: caches what it holds now, and announces the write. */
    private void cached(KvTable table, String key, ValueCache.Entry entry, long seen) throws SQLException {
        cache.put(key, entry);
        announce(table, List.of(key), seen);
    }

    /**
     * Tells the namespace's stores on other connections that {@code keys}, written on {@code table} after the cache's
     * version was {@code seen}, changed: once the write commits.
     */
    private void announce(KvTable table, Collection<String> keys, long seen) throws SQLException {
        if (cache.announces()) {
            afterCommit(table, () -> cache.committed(keys, seen));
        }
    }

    /**
     * Runs {@code announcement} once what was written on {@code table} commits: the connection's host knows when; on
     * a connection that is not nana's, every write has committed by the time it returns.
     */
    private void afterCommit(KvTable table, Runnable announcement) throws SQLException {
        KvHost writer = tables.bound() ? host : hostOf(table.connection());
        if (writer == null) {
            announcement.run();
        } else {
            writer.afterCommit(announcement);
        }
    }

    /** Records what SQLite's data_version is now on the store's connection, before anything is cached. */
    private void rememberDataVersion() throws SQLException {
        if (cache.enabled()) {
            tables.with(table -> seenDataVersions.put(table.connection().unwrap(Connection.class), table.dataVersion()));
        }
    }

    /**
     * Forgets everything cached if SQLite tells of a commit by another connection since the last look on this
     * connection (another process, or one that is not nana's: nana's announce theirs), or if this connection was
     * not seen before.
     */
    private void lookForOtherWriters() throws SQLException {
        Locked<Void> look = () -> tables.with(table -> {
            long version = table.dataVersion();
            Long seen = seenDataVersions.put(table.connection().unwrap(Connection.class), version);
            if (seen == null || seen != version) {
                cache.invalidateAll();
            }
            return null;
        });
        if (tables.bound()) {
            withAllLocks(look);
        } else {
            look.run();
        }
        cache.changeChecked();
    }

    private static ValueCache.Entry entryOf(String json) {
        return json == null ? ValueCache.Entry.ABSENT : new ValueCache.Entry(json);
    }

    /** Housekeeping due before the database is used: expired rows to delete, a bound store's timed flush. */
    private void beforeDatabase() throws SQLException {
        checkOpen();
        if (tableMayBeGone) {
            tableMayBeGone = false;
            withAllLocks(() -> tables.with(table -> {
                table.createIfMissing();
                return null;
            }));
        }
        for (String key : cache.takeExpired()) {
            withKeyLock(key, () -> {
                if (!cache.holdsValue(key)) {
                    tables.with(table -> table.delete(key));
                }
                return null;
            });
        }
        if (flusher == null && buffer != null && buffer.due()) {
            flush();
        }
    }

    private void flushIfPending() throws SQLException {
        if (buffer != null && !buffer.isEmpty()) {
            flush();
        }
    }

    private ScheduledExecutorService timedFlusher(long intervalMillis) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nana-kv-flush-" + namespace.name());
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, intervalMillis / 2);
        executor.scheduleWithFixedDelay(() -> {
            try {
                if (buffer.due()) {
                    flush();
                }
            } catch (SQLException e) {
                // The writes that failed are in the dead-letter queue; the next tick tries what is pending again.
            }
        }, period, period, TimeUnit.MILLISECONDS);
        return executor;
    }

    private Object beforeWrite(String key, Object value) throws SQLException {
        if (hooks.isEmpty()) {
            return value;
        }
        Object current = codec.normalize(key, value);
        for (KvHook hook : hooks) {
            current = hook.beforeWrite(this, key, current);
        }
        return current;
    }

    private Object afterRead(String key, Object value) throws SQLException {
        Object current = value;
        for (KvHook hook : hooks) {
            current = hook.afterRead(this, key, current);
        }
        return current;
    }

    @FunctionalInterface
    private interface AfterWrite<T> {
        void run(KvTable table, T result) throws SQLException;
    }

    /**
     * {@code work} on the table in one transaction of its own, or a savepoint of the caller's open one; then, once it
     * took effect and on the same connection, {@code after} with its result (what the cache keeps of it).
     */
    private <T> T inTransaction(TableAccess.Work<T> work, AfterWrite<T> after) throws SQLException {
        return tables.with(table -> {
            T result = Transactions.atomically(table.connection(), () -> work.run(table));
            after.run(table, result);
            return result;
        });
    }

    @FunctionalInterface
    private interface Locked<T> {
        T run() throws SQLException;
    }

    private <T> T withKeyLock(String key, Locked<T> work) throws SQLException {
        locks.lock(key);
        try {
            return work.run();
        } finally {
            locks.unlock(key);
        }
    }

    private <T> T withAllLocks(Locked<T> work) throws SQLException {
        locks.lockAll();
        try {
            return work.run();
        } finally {
            locks.unlockAll();
        }
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw KvErrors.misuse("the key-value store of namespace " + namespace.name() + " is closed");
        }
    }

    private void checkKey(String key) throws SQLException {
        checkOpen();
        if (key == null) {
            throw KvErrors.invalidKey("a key must not be null");
        }
        if (key.isEmpty()) {
            throw KvErrors.invalidKey("a key must not be empty");
        }
        int surrogate = KvErrors.unpairedSurrogate(key);
        if (surrogate >= 0) {
            throw KvErrors.invalidKey("key " + KvErrors.show(key) + " has an unpaired UTF-16 surrogate at index "
                    + surrogate + ": SQLite would store it as '?'");
        }
        if (key.length() > options.maxKeyLength()) {
            throw KvErrors.invalidKey("key " + KvErrors.show(key) + " is " + key.length()
                    + " chars long; the limit is " + options.maxKeyLength() + " (KvOptions.maxKeyLength)");
        }
    }

    private void checkKeys(Collection<String> keys) throws SQLException {
        KvErrors.required(keys, "keys");
        for (String key : keys) {
            checkKey(key);
        }
    }
}
