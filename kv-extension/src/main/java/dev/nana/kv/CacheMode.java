package dev.nana.kv;

import java.time.Duration;
import java.util.Objects;

/**
 * What a store keeps in memory (NanaSQLite's cache strategies). Reads of cached keys never touch the database.
 *
 * @param maximumSize       entries kept at most, or -1 for no bound
 * @param timeToLive        how long an entry lives after it was written, or null for ever
 * @param deleteExpiredRows also delete the row of an entry that expires (NanaSQLite's cache_persistence_ttl)
 */
public record CacheMode(long maximumSize, Duration timeToLive, boolean deleteExpiredRows) {

    public CacheMode {
        if (maximumSize < -1) {
            throw new IllegalArgumentException("maximumSize must be -1 (no bound) or at least 0: " + maximumSize);
        }
        if (timeToLive != null && (timeToLive.isNegative() || timeToLive.isZero())) {
            throw new IllegalArgumentException("timeToLive must be positive: " + timeToLive);
        }
        if (deleteExpiredRows && timeToLive == null) {
            throw new IllegalArgumentException("deleteExpiredRows needs a timeToLive");
        }
    }

    /** Nothing cached: every read goes to the database (many processes writing one file, or huge namespaces). */
    public static CacheMode none() {
        return new CacheMode(0, null, false);
    }

    /** Every value read or written stays in memory (NanaSQLite's default). */
    public static CacheMode unbounded() {
        return new CacheMode(-1, null, false);
    }

    /** At most {@code maximumSize} entries; Caffeine evicts the least valuable (recency and frequency). */
    public static CacheMode lru(long maximumSize) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("an LRU cache holds at least one entry: " + maximumSize);
        }
        return new CacheMode(maximumSize, null, false);
    }

    /** Entries expire {@code timeToLive} after they were written; the rows stay. */
    public static CacheMode ttl(Duration timeToLive) {
        return new CacheMode(-1, Objects.requireNonNull(timeToLive, "timeToLive"), false);
    }

    /** Entries expire {@code timeToLive} after they were written, and so do their rows when {@code deleteRows}. */
    public static CacheMode ttl(Duration timeToLive, boolean deleteRows) {
        return new CacheMode(-1, Objects.requireNonNull(timeToLive, "timeToLive"), deleteRows);
    }

    boolean caches() {
        return maximumSize != 0;
    }
}
