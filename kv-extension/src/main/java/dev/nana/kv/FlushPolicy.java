package dev.nana.kv;

import java.time.Duration;
import java.util.Objects;

/**
 * When writes reach the database (NanaSQLite's v2 write-behind). {@link #immediate()} writes in the calling
 * operation; the others buffer writes in memory (the cache and reads see them at once) and write them in one
 * transaction when {@code count} writes are pending, when {@code interval} has passed since the oldest, or on
 * {@link KvStore#flush()}. A buffered write that fails goes to the store's dead-letter queue.
 *
 * @param count              flush when this many writes are pending; 0 for no count trigger
 * @param interval           flush when the oldest pending write is this old; null for no time trigger
 * @param deadLetterCapacity how many failed writes the dead-letter queue keeps (the oldest are dropped first)
 */
public record FlushPolicy(int count, Duration interval, int deadLetterCapacity) {
    public static final int DEFAULT_DEAD_LETTER_CAPACITY = 1000;

    public FlushPolicy {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        if (deadLetterCapacity < 1) {
            throw new IllegalArgumentException("deadLetterCapacity must be positive: " + deadLetterCapacity);
        }
    }

    /** No buffering: every write reaches the database before the call returns. */
    public static FlushPolicy immediate() {
        return new FlushPolicy(1, null, DEFAULT_DEAD_LETTER_CAPACITY);
    }

    public static FlushPolicy everyCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        return new FlushPolicy(count, null, DEFAULT_DEAD_LETTER_CAPACITY);
    }

    public static FlushPolicy everyInterval(Duration interval) {
        return new FlushPolicy(0, Objects.requireNonNull(interval, "interval"), DEFAULT_DEAD_LETTER_CAPACITY);
    }

    /** Only {@link KvStore#flush()} (and closing the store) writes. */
    public static FlushPolicy manual() {
        return new FlushPolicy(0, null, DEFAULT_DEAD_LETTER_CAPACITY);
    }

    public FlushPolicy withDeadLetterCapacity(int capacity) {
        return new FlushPolicy(count, interval, capacity);
    }

    boolean isImmediate() {
        return count == 1;
    }
}
