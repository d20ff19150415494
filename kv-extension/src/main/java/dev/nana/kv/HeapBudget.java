package dev.nana.kv;

import com.github.benmanes.caffeine.cache.Cache;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory that the caches of {@link CacheMode#bounded()} share in this JVM, split evenly among those alive: the
 * bound holds however many stores a pool opens. A store never closed is dropped once the collector takes it.
 */
final class HeapBudget {
    static final long TOTAL = (long) (Math.min(Runtime.getRuntime().maxMemory(), 1L << 50)
            * CacheMode.HEAP_BUDGET_FRACTION);
    private static final List<WeakReference<Cache<?, ?>>> MEMBERS = new ArrayList<>();

    private HeapBudget() {
    }

    static synchronized void join(Cache<?, ?> cache) {
        MEMBERS.add(new WeakReference<>(cache));
        rebalance();
    }

    static synchronized void leave(Cache<?, ?> cache) {
        MEMBERS.removeIf(member -> member.get() == cache);
        rebalance();
    }

    /** Each member's share, as it is now. */
    static synchronized long share() {
        MEMBERS.removeIf(member -> member.get() == null);
        return Math.max(1, TOTAL / Math.max(1, MEMBERS.size()));
    }

    private static void rebalance() {
        long share = share();
        for (WeakReference<Cache<?, ?>> member : MEMBERS) {
            Cache<?, ?> cache = member.get();
            if (cache != null) {
                cache.policy().eviction().ifPresent(eviction -> eviction.setMaximum(share));
            }
        }
    }
}
