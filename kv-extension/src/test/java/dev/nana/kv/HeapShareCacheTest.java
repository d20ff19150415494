package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The default cache ({@link CacheMode#bounded()}) keeps every entry while they weigh less than its share of the heap
 * budget, and is bounded to the share once they weigh more: its weight is counted on every addition, replacement and
 * removal, so rewriting or forgetting keys never makes it look fuller than it is, nor emptier.
 */
class HeapShareCacheTest {
    private static final String JSON = "{\"name\":\"user\",\"n\":1}";
    private final ValueCache cache = new ValueCache(CacheMode.bounded(), Ticker.systemTicker(), null, null, null);

    @AfterEach
    void close() {
        cache.close();
    }

    private void putAll(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            cache.put(prefix + i, new ValueCache.Entry(JSON));
        }
    }

    private long heldWeight(String prefix, int count) {
        return IntStream.range(0, count).filter(i -> cache.holdsValue(prefix + i))
                .mapToLong(i -> ValueCache.weigh(prefix + i, new ValueCache.Entry(JSON))).sum();
    }

    private long weightOf(String prefix, int count) {
        return IntStream.range(0, count).mapToLong(i -> ValueCache.weigh(prefix + i, new ValueCache.Entry(JSON))).sum();
    }

    /** A cache that is bounded starts empty: an entry written before the bound is held only if there was none. */
    @Test
    void withinItsShareEveryEntryIsKeptHoweverOftenOneIsRewritten() {
        long weight = weightOf("k", 500);
        cache.shareChanged(weight + 1000);
        putAll("k", 500);
        for (int round = 0; round < 5000; round++) {
            cache.put("k0", new ValueCache.Entry(JSON));
        }
        assertEquals(weight, heldWeight("k", 500), "every entry kept");
    }

    @Test
    void forgottenEntriesMakeRoomForOthers() {
        long weight = weightOf("k", 500);
        cache.shareChanged(weight + 1000);
        putAll("k", 500);
        IntStream.range(0, 250).forEach(i -> cache.invalidate("k" + i));
        putAll("o", 250);
        cache.forgetWritten(IntStream.range(0, 250).mapToObj(i -> "o" + i).toList());
        putAll("x", 250);
        assertEquals(weight - weightOf("k", 250), heldWeight("k", 500), "the entries not forgotten kept");
    }

    @Test
    void outgrowingItsShareBoundsTheCacheToIt() {
        cache.shareChanged(100_000);
        putAll("k", 5000);
        long held = heldWeight("k", 5000);
        assertTrue(held > 0 && held <= 100_000, "held " + held);
        assertTrue(cache.holdsValue("k4999"), "the latest write is kept");
    }

    @Test
    void aSmallerShareBoundsACacheThatNowOutweighsIt() {
        long weight = weightOf("k", 500);
        cache.shareChanged(weight + 1000);
        putAll("k", 500);
        cache.shareChanged(weight / 4);
        putAll("k", 500);
        long held = heldWeight("k", 500);
        assertTrue(held > 0 && held <= weight / 4, "held " + held + " of " + weight);
    }
}
