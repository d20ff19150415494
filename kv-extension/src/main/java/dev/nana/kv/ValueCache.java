package dev.nana.kv;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A store's cache (Caffeine), per {@link CacheMode}; a no-op for {@link CacheMode#none()}. Thread-safe. Stays out of
 * the way of a thread inside one of the {@link ThreadBoundTransactions} given: answers it nothing, keeps nothing of
 * its, and forgets what it writes.
 */
final class ValueCache {
    /** Null when nothing is cached. */
    private final Cache<String, Entry> cache;
    /** Keys whose entries expired and whose rows are to be deleted; null unless the mode deletes expired rows. */
    private final Queue<String> expired;
    /** Null when the store joins no thread's transactions. */
    private final ThreadBoundTransactions transactions;

    ValueCache(CacheMode mode, com.github.benmanes.caffeine.cache.Ticker ticker) {
        this(mode, ticker, null);
    }

    ValueCache(CacheMode mode, com.github.benmanes.caffeine.cache.Ticker ticker, ThreadBoundTransactions transactions) {
        this.transactions = transactions;
        if (!mode.caches()) {
            cache = null;
            expired = null;
            return;
        }
        // Maintenance on the calling thread: eviction work stays with the store's callers, and expiry is
        // deterministic under a test's ticker.
        Caffeine<Object, Object> builder = Caffeine.newBuilder().executor(Runnable::run).ticker(ticker);
        if (mode.maximumSize() > 0) {
            builder.maximumSize(mode.maximumSize());
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
            cache.invalidateAll();
            if (inTransaction()) {
                transactions.afterCompletion(cache::invalidateAll);
            }
        }
    }

    /** Caches {@code entry} unless a write got there first; returns the entry that is cached (or given). */
    Entry putIfAbsent(String key, Entry entry) {
        if (cache == null || inTransaction()) {
            return entry;
        }
        Entry existing = cache.asMap().putIfAbsent(key, entry);
        return existing != null ? existing : entry;
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

    /** A value as JSON text, decoded on first use: a write does not pay for a decode that may never be needed. */
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
