package dev.nana.kv;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A store's cache (Caffeine), per {@link CacheMode}; a no-op for {@link CacheMode#none()}. Thread-safe. Stays out of
 * the way of a thread inside one of the {@link ThreadBoundTransactions} given: answers it nothing, keeps nothing of
 * its, and forgets what it writes.
 *
 * <p>With {@link NamespaceCaches} (stores on a nana connection to a file) it stays coherent with the other stores of
 * the namespace in this JVM: a commit announced there makes the others forget the keys, and a read or write that
 * overlapped another commit's announcement is not kept, as it cannot tell which value is newer (the version read
 * before it, {@link #version()}, has moved). Commits of other processes are looked for every
 * {@link KvOptions#changeCheck()} ({@link #changeCheckDue()}).
 */
final class ValueCache {
    /** Null when nothing is cached. */
    private final Cache<String, Entry> cache;
    /** Keys whose entries expired and whose rows are to be deleted; null unless the mode deletes expired rows. */
    private final Queue<String> expired;
    /** Null when the store joins no thread's transactions. */
    private final ThreadBoundTransactions transactions;
    /** Null when no other store of the namespace can be told of (not a nana connection to a file). */
    private final NamespaceCaches shared;
    private final boolean inHeapBudget;
    /** Nanoseconds between looks for other processes' commits; negative: never. */
    private final long checkInterval;
    private volatile boolean checkDue;
    /** Sets {@link #checkDue} once the interval since the last look has passed; null unless one is pending. */
    private volatile ScheduledFuture<?> nextCheck;
    /** Counts this cache's own forgetting (everything, or a batch's keys), which a read in flight must not outlive. */
    private final AtomicLong forgotten = new AtomicLong();

    ValueCache(CacheMode mode, Ticker ticker, ThreadBoundTransactions transactions, NamespaceCaches shared,
               Duration changeCheck) {
        this.transactions = transactions;
        this.inHeapBudget = mode.caches() && mode.maximumBytes() == CacheMode.HEAP_SHARE;
        this.checkInterval = !mode.caches() || changeCheck == null ? -1 : changeCheck.toNanos();
        this.checkDue = checkInterval == 0;
        if (!mode.caches()) {
            cache = null;
            expired = null;
            this.shared = null;
            return;
        }
        // Maintenance on the calling thread: eviction work stays with the store's callers, and expiry is
        // deterministic under a test's ticker.
        Caffeine<Object, Object> builder = Caffeine.newBuilder().executor(Runnable::run).ticker(ticker);
        if (mode.maximumSize() > 0) {
            builder.maximumSize(mode.maximumSize());
        }
        if (mode.maximumBytes() != -1) {
            builder.maximumWeight(inHeapBudget ? HeapBudget.share() : mode.maximumBytes())
                    .weigher((String key, Entry entry) -> weigh(key, entry));
        }
        if (mode.timeToLive() != null) {
            builder.expireAfterWrite(mode.timeToLive());
        }
        if (mode.deleteExpiredRows()) {
            expired = new ConcurrentLinkedQueue<>();
            cache = builder.<String, Entry>evictionListener((key, entry, cause) -> {
                // A remembered miss owns no row: its expiry must not delete one written since by someone else.
                if (cause == RemovalCause.EXPIRED && entry != Entry.ABSENT) {
                    expired.add(key);
                }
            }).build();
        } else {
            expired = null;
            cache = builder.build();
        }
        if (inHeapBudget) {
            HeapBudget.join(cache);
        }
        this.shared = shared;
        if (shared != null) {
            shared.join(this);
        }
        changeChecked();
    }

    /**
     * An estimate of the bytes an entry holds: the key and the JSON as strings, and the decoded value, which for the
     * small maps and lists of typical values takes several times its JSON text (boxed numbers, map nodes). Safe by
     * overestimating: a cache never holds more than its bound.
     */
    static int weigh(String key, Entry entry) {
        long json = entry.json == null ? 0 : entry.json.length();
        return (int) Math.min(Integer.MAX_VALUE, 96 + 2L * key.length() + 10 * json);
    }

    boolean enabled() {
        return cache != null;
    }

    Entry get(String key) {
        return cache == null || inTransaction() ? null : cache.getIfPresent(key);
    }

    /** Inside a transaction the write is forgotten instead: it may still roll back. */
    void put(String key, Entry entry) {
        if (inTransaction()) {
            invalidate(key);
        } else if (cache != null) {
            cache.put(key, entry);
        }
    }

    void invalidate(String key) {
        if (cache != null) {
            cache.invalidate(key);
            if (inTransaction()) {
                // Another thread may cache the committed value before this transaction's write replaces it.
                transactions.afterCompletion(() -> cache.invalidate(key));
            }
        }
    }

    void invalidateAll() {
        if (cache != null) {
            forgotten.incrementAndGet();
            cache.invalidateAll();
            if (inTransaction()) {
                transactions.afterCompletion(cache::invalidateAll);
            }
        }
    }

    /**
     * Forgets {@code keys}, which a batch just wrote, instead of caching their values: a bulk write must not push the
     * working set out of a bounded cache, and its values are seldom read straight back. Moves {@link #version()}, so
     * a read that fetched an older value while the batch ran is not kept either.
     */
    void forgetWritten(Collection<String> keys) {
        if (cache != null) {
            forgotten.incrementAndGet();
            forgetCached(keys);
            if (inTransaction()) {
                transactions.afterCompletion(() -> forgetCached(keys));
            }
        }
    }

    /**
     * Caffeine's {@code invalidateAll(keys)} locks and allocates for every key, cached or not, and most keys a batch
     * or another store names are not cached here. Skipping the absent ones is safe because the version moved first:
     * a read that caches an older value after this check sees the move and drops it ({@link #putIfAbsent}).
     */
    private void forgetCached(Collection<String> keys) {
        Map<String, Entry> entries = cache.asMap();
        for (String key : keys) {
            if (entries.containsKey(key)) {
                cache.invalidate(key);
            }
        }
    }

    /**
     * Caches {@code entry}, read from the database after {@link #version()} gave {@code seen}, unless a write got
     * there first; returns the entry that is cached (or given). Not kept if another commit was announced meanwhile.
     */
    Entry putIfAbsent(String key, Entry entry, long seen) {
        if (cache == null || inTransaction()) {
            return entry;
        }
        Entry existing = cache.asMap().putIfAbsent(key, entry);
        if (existing != null) {
            return existing;
        }
        if (version() != seen) {
            cache.asMap().remove(key, entry);
        }
        return entry;
    }

    /** As {@link #putIfAbsent}, replacing what is cached: a fresh read of the database. */
    void putRead(String key, Entry entry, long seen) {
        if (cache != null && !inTransaction()) {
            cache.put(key, entry);
            if (version() != seen) {
                cache.asMap().remove(key, entry);
            }
        }
    }

    /**
     * Moves whenever something may have changed behind the cache (a commit announced by another store, SQL, a
     * rollback, another process); read before a database read or write whose result is to be cached.
     */
    long version() {
        return forgotten.get() + (shared == null ? 0 : shared.version());
    }

    /** Whether other stores hear of this one's commits ({@link #committed}). */
    boolean announces() {
        return shared != null;
    }

    /**
     * Tells the namespace's other stores that {@code keys} committed, as written after {@link #version()} gave
     * {@code seen} and then cached here: they forget them, and so does this cache if anything moved since
     * {@code seen}, as its value may then be the older one.
     */
    void committed(Collection<String> keys, long seen) {
        if (shared != null) {
            boolean moved = version() != seen;
            shared.committed(keys, this);
            if (moved) {
                forgetCommitted(keys);
            }
        }
    }

    /** Tells the namespace's other stores to forget everything: this store committed changes it cannot name. */
    void committedAll() {
        if (shared != null) {
            shared.committedAll();
        }
    }

    /** Another store committed {@code keys} (null: anything). */
    void forgetCommitted(Collection<String> keys) {
        if (cache != null) {
            if (keys == null) {
                forgotten.incrementAndGet();
                cache.invalidateAll();
            } else {
                forgetCached(keys);
            }
        }
    }

    /** Whether it is time to ask the database if another process committed ({@link KvOptions#changeCheck()}). */
    boolean changeCheckDue() {
        return checkDue;
    }

    /** Starts the interval to the next look: a flag set on time, as a clock read on every cached read costs. */
    void changeChecked() {
        if (checkInterval > 0) {
            checkDue = false;
            nextCheck = ChangeCheckTimer.after(checkInterval, () -> checkDue = true);
        }
    }

    /** What is cached for every thread, also when the calling one is inside a transaction. */
    boolean holdsValue(String key) {
        Entry entry = cache == null ? null : cache.getIfPresent(key);
        return entry != null && entry != Entry.ABSENT;
    }

    private boolean inTransaction() {
        return transactions != null && transactions.active();
    }

    /**
     * The keys whose cached entries expired since the last call and whose rows should go: only those not cached
     * again since, so a newer write is never deleted.
     */
    List<String> takeExpired() {
        if (expired == null) {
            return List.of();
        }
        cache.cleanUp();
        List<String> keys = new ArrayList<>();
        for (String key = expired.poll(); key != null; key = expired.poll()) {
            Entry current = cache.getIfPresent(key);
            if (current == null || current == Entry.ABSENT) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Forgets everything and leaves the budget and the namespace's stores; idempotent. */
    void close() {
        ScheduledFuture<?> pending = nextCheck;
        if (pending != null) {
            pending.cancel(false);
        }
        if (cache != null) {
            cache.invalidateAll();
            if (inHeapBudget) {
                HeapBudget.leave(cache);
            }
            if (shared != null) {
                shared.leave(this);
            }
        }
    }

    /**
     * A value as JSON text and its decoded form. A write of one value decodes it at once, so the read that often
     * follows is answered from memory; a database read decodes on first use (a batch caches nothing:
     * {@link #forgetWritten}).
     */
    static final class Entry {
        /**
         * A key known to have no row. A delete caches it instead of dropping the entry, so a read that fetched the
         * old value before the delete cannot put that value back ({@link #putIfAbsent} loses to it).
         */
        static final Entry ABSENT = new Entry(null, null);
        private static final Object UNDECODED = new Object();
        final String json;
        private volatile Object value;

        Entry(String json) {
            this.json = json;
            this.value = UNDECODED;
        }

        Entry(String json, Object decoded) {
            this.json = json;
            this.value = decoded;
        }

        Object value(KvCodec codec, String key) throws SQLException {
            Object decoded = value;
            if (decoded == UNDECODED) {
                decoded = codec.decode(key, json);
                value = decoded;
            }
            return decoded;
        }
    }
}
