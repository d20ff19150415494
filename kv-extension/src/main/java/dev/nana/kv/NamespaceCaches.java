package dev.nana.kv;

import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The caches of one namespace of one database file in this JVM, so that a commit through one store reaches the
 * others. A version counts the commits announced (before their caches forget): a store that read or wrote while
 * another commit was announced cannot tell whose value is newer, and forgets its own ({@link ValueCache}).
 */
final class NamespaceCaches {
    private final AtomicLong version = new AtomicLong();
    private final CopyOnWriteArrayList<WeakReference<ValueCache>> members = new CopyOnWriteArrayList<>();

    long version() {
        return version.get();
    }

    void join(ValueCache cache) {
        members.removeIf(member -> member.get() == null);
        members.add(new WeakReference<>(cache));
    }

    void leave(ValueCache cache) {
        members.removeIf(member -> member.get() == null || member.get() == cache);
    }

    /** {@code writer} committed {@code keys}: every other cache forgets them. */
    void committed(Collection<String> keys, ValueCache writer) {
        version.incrementAndGet();
        for (WeakReference<ValueCache> member : members) {
            ValueCache cache = member.get();
            if (cache != null && cache != writer) {
                cache.forgetCommitted(keys);
            }
        }
    }

    /** Something committed changes the namespace cannot name by key (SQL, a restore): every cache forgets all. */
    void committedAll() {
        version.incrementAndGet();
        for (WeakReference<ValueCache> member : members) {
            ValueCache cache = member.get();
            if (cache != null) {
                cache.forgetCommitted(null);
            }
        }
    }
}
