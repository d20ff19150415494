package dev.nana.kv;

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
    private static final List<WeakReference<ValueCache>> MEMBERS = new ArrayList<>();

    private HeapBudget() {
    }

    static synchronized void join(ValueCache cache) {
        MEMBERS.add(new WeakReference<>(cache));
        rebalance();
    }

    static synchronized void leave(ValueCache cache) {
        MEMBERS.removeIf(member -> member.get() == cache);
        rebalance();
    }

    private static long share() {
        MEMBERS.removeIf(member -> member.get() == null);
        return Math.max(1, TOTAL / Math.max(1, MEMBERS.size()));
    }

    private static void rebalance() {
        long share = share();
        for (WeakReference<ValueCache> member : MEMBERS) {
            ValueCache cache = member.get();
            if (cache != null) {
                cache.shareChanged(share);
            }
        }
    }
}
