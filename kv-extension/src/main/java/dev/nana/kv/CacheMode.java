package dev.nana.kv;

import java.time.Duration;
import java.util.Objects;

/**
 * What a store keeps in memory (NanaSQLite's cache strategies, and a memory bound). Reads of cached keys never touch
 * the database.
 *
 * @param maximumSize       entries kept at most, or -1 for no bound by count
 * @param maximumBytes      estimated bytes kept at most ({@link ValueCache#weigh}), -1 for no bound by memory, or
 *                          {@link #HEAP_SHARE} for a share of the JVM-wide budget ({@link #bounded()})
 * @param timeToLive        how long an entry lives after it was written, or null for ever
 * @param deleteExpiredRows also delete the row of an entry that expires (NanaSQLite's cache_persistence_ttl)
 */
public record CacheMode(long maximumSize, long maximumBytes, Duration timeToLive, boolean deleteExpiredRows) {
    /** {@link #maximumBytes} of {@link #bounded()}: the store's share of {@link #HEAP_BUDGET_FRACTION} of the heap. */
    public static final long HEAP_SHARE = -2;
    /** The part of the maximum heap ({@code -Xmx}) that all stores with {@link #bounded()} in a JVM share. */
    public static final double HEAP_BUDGET_FRACTION = 0.125;

    public CacheMode {
        if (maximumSize < -1) {
            throw new IllegalArgumentException("maximumSize must be -1 (no bound) or at least 0: " + maximumSize);
        }
        if (maximumBytes < -2 || maximumBytes == 0) {
            throw new IllegalArgumentException("maximumBytes must be -1 (no bound), HEAP_SHARE or at least 1: "
                    + maximumBytes);
        }
        if (maximumSize >= 0 && maximumBytes != -1) {
            throw new IllegalArgumentException("a cache is bounded by count or by memory, not both");
        }
        if (timeToLive != null && (timeToLive.isNegative() || timeToLive.isZero())) {
            throw new IllegalArgumentException("timeToLive must be positive: " + timeToLive);
        }
        if (deleteExpiredRows && timeToLive == null) {
            throw new IllegalArgumentException("deleteExpiredRows needs a timeToLive");
        }
    }

    /**
     * The default: values read or written stay in memory while all such stores of the JVM together hold less than
     * {@link #HEAP_BUDGET_FRACTION} of the maximum heap, split evenly among the stores open; beyond it Caffeine evicts
     * the least valuable entries (recency and frequency), so a namespace larger than the heap still works.
     */
    public static CacheMode bounded() {
        return new CacheMode(-1, HEAP_SHARE, null, false);
    }

    /** As {@link #bounded()}, with this store's own bound of {@code maximumBytes} (estimated) instead of a share. */
    public static CacheMode bounded(long maximumBytes) {
        if (maximumBytes < 1) {
            throw new IllegalArgumentException("a memory-bounded cache holds at least one byte: " + maximumBytes);
        }
        return new CacheMode(-1, maximumBytes, null, false);
    }

    /** Nothing cached: every read goes to the database (many processes writing one file, or huge namespaces). */
    public static CacheMode none() {
        return new CacheMode(0, -1, null, false);
    }

    /**
     * Every value read or written stays in memory, without any bound (NanaSQLite's default): the process grows with
     * the namespace.
     */
    public static CacheMode unbounded() {
        return new CacheMode(-1, -1, null, false);
    }

    /** At most {@code maximumSize} entries; Caffeine evicts the least valuable (recency and frequency). */
    public static CacheMode lru(long maximumSize) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("an LRU cache holds at least one entry: " + maximumSize);
        }
        return new CacheMode(maximumSize, -1, null, false);
    }

    /** Entries expire {@code timeToLive} after they were written; the rows stay. No bound by count or memory. */
    public static CacheMode ttl(Duration timeToLive) {
        return new CacheMode(-1, -1, Objects.requireNonNull(timeToLive, "timeToLive"), false);
    }

    /** Entries expire {@code timeToLive} after they were written, and so do their rows when {@code deleteRows}. */
    public static CacheMode ttl(Duration timeToLive, boolean deleteRows) {
        return new CacheMode(-1, -1, Objects.requireNonNull(timeToLive, "timeToLive"), deleteRows);
    }

    boolean caches() {
        return maximumSize != 0;
    }
}
