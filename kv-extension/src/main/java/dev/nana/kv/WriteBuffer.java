package dev.nana.kv;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Write-behind: writes waiting for the next flush (newest per key; null JSON deletes), the dead-letter queue of
 * writes that failed, and counters. Thread-safe; the store does the database work.
 */
final class WriteBuffer {
    private final FlushPolicy policy;
    private final Ticker ticker;
    private final Map<String, String> pending = new LinkedHashMap<>();
    private final ArrayDeque<DeadLetter> deadLetters = new ArrayDeque<>();
    private long oldestPendingNanos;
    private long flushes;
    private long written;
    private long failed;
    private long droppedDeadLetters;

    WriteBuffer(FlushPolicy policy, Ticker ticker) {
        this.policy = policy;
        this.ticker = ticker;
    }

    /** Buffers a write; true when the policy says to flush now. */
    synchronized boolean add(String key, String json) {
        if (pending.isEmpty()) {
            oldestPendingNanos = ticker.read();
        }
        pending.remove(key);
        pending.put(key, json);
        return (policy.count() > 0 && pending.size() >= policy.count()) || intervalPassed();
    }

    synchronized boolean due() {
        return !pending.isEmpty() && intervalPassed();
    }

    private boolean intervalPassed() {
        return policy.interval() != null && ticker.read() - oldestPendingNanos >= policy.interval().toNanos();
    }

    synchronized boolean isEmpty() {
        return pending.isEmpty();
    }

    synchronized boolean holds(String key) {
        return pending.containsKey(key);
    }

    /** The pending JSON of {@code key} (null for a pending delete); call only when {@link #holds} says so. */
    synchronized String pendingJson(String key) {
        return pending.get(key);
    }

    /** Takes every pending write, oldest first. */
    synchronized Map<String, String> drain() {
        Map<String, String> taken = new LinkedHashMap<>(pending);
        pending.clear();
        return taken;
    }

    synchronized void discardPending() {
        pending.clear();
    }

    synchronized void flushed(int count) {
        flushes++;
        written += count;
    }

    /** A write that failed on its own goes to the dead-letter queue; when it is full the oldest letter goes. */
    synchronized void failed(String key, String json, String error) {
        failed++;
        if (deadLetters.size() == policy.deadLetterCapacity()) {
            deadLetters.removeFirst();
            droppedDeadLetters++;
        }
        deadLetters.addLast(new DeadLetter(key, json, error));
    }

    synchronized List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    /** Moves the dead letters back to pending, except where a newer write of the same key is pending. */
    synchronized int requeueDeadLetters() {
        int requeued = 0;
        for (DeadLetter letter : deadLetters) {
            if (!pending.containsKey(letter.key())) {
                if (pending.isEmpty()) {
                    oldestPendingNanos = ticker.read();
                }
                pending.put(letter.key(), letter.json());
                requeued++;
            }
        }
        deadLetters.clear();
        return requeued;
    }

    synchronized void clearDeadLetters() {
        deadLetters.clear();
    }

    synchronized WriteBehindMetrics metrics() {
        return new WriteBehindMetrics(pending.size(), flushes, written, failed, deadLetters.size(),
                droppedDeadLetters);
    }

    static WriteBehindMetrics noMetrics() {
        return new WriteBehindMetrics(0, 0, 0, 0, 0, 0);
    }
}
