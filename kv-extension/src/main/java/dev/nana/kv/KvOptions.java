package dev.nana.kv;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.nana.kv.crypto.ValueCipher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link KvStore} behaves. Immutable; each {@code with...} returns a changed copy.
 *
 * @param cache        what is kept in memory; {@link CacheMode#unbounded()} by default, as in NanaSQLite
 * @param bulkLoad     read the whole namespace into the cache when the store opens
 * @param hooks        run around every read, write and delete, in order
 * @param writeBehind  when writes reach the database; {@link FlushPolicy#immediate()} by default
 * @param lockTimeout  how long an operation waits for the store's lock before {@link KvLockTimeoutException};
 *                     null waits as long as it takes
 * @param maxKeyLength the longest key, in chars
 * @param codec        the JSON codec
 * @param ticker       the clock of TTL expiry and time-based flushing (tests pass a controllable one)
 * @param cipher       seals every value written and opens every value read (docs/encryption.md); null stores JSON
 *                     text as NanaSQLite's plain format does
 * @param readPlaintext with a cipher: read plaintext values as they are (each is sealed by its next write) instead of
 *                     refusing them with SQLState 22N04; for migrating a plaintext namespace to encryption
 */
public record KvOptions(CacheMode cache, boolean bulkLoad, List<KvHook> hooks, FlushPolicy writeBehind,
                        Duration lockTimeout, int maxKeyLength, KvCodec codec, Ticker ticker, ValueCipher cipher,
                        boolean readPlaintext) {

    public static final int DEFAULT_MAX_KEY_LENGTH = 1024;

    public KvOptions {
        Objects.requireNonNull(cache, "cache");
        hooks = List.copyOf(hooks);
        Objects.requireNonNull(writeBehind, "writeBehind");
        if (lockTimeout != null && lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
        }
        if (maxKeyLength < 1) {
            throw new IllegalArgumentException("maxKeyLength must be positive: " + maxKeyLength);
        }
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(ticker, "ticker");
    }

    public static KvOptions defaults() {
        return new KvOptions(CacheMode.unbounded(), false, List.of(), FlushPolicy.immediate(), null,
                DEFAULT_MAX_KEY_LENGTH, KvCodec.standard(), Ticker.systemTicker(), null, false);
    }

    public KvOptions withCache(CacheMode mode) {
        return new KvOptions(mode, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, codec, ticker,
                cipher, readPlaintext);
    }

    public KvOptions withBulkLoad(boolean load) {
        return new KvOptions(cache, load, hooks, writeBehind, lockTimeout, maxKeyLength, codec, ticker,
                cipher, readPlaintext);
    }

    /** Adds hooks after the ones already set. */
    public KvOptions withHooks(KvHook... more) {
        List<KvHook> all = new ArrayList<>(hooks);
        all.addAll(List.of(more));
        return new KvOptions(cache, bulkLoad, all, writeBehind, lockTimeout, maxKeyLength, codec, ticker,
                cipher, readPlaintext);
    }

    public KvOptions withWriteBehind(FlushPolicy policy) {
        return new KvOptions(cache, bulkLoad, hooks, policy, lockTimeout, maxKeyLength, codec, ticker,
                cipher, readPlaintext);
    }

    public KvOptions withLockTimeout(Duration timeout) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, timeout, maxKeyLength, codec, ticker,
                cipher, readPlaintext);
    }

    public KvOptions withMaxKeyLength(int length) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, length, codec, ticker,
                cipher, readPlaintext);
    }

    public KvOptions withCodec(KvCodec json) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, json, ticker,
                cipher, readPlaintext);
    }

    public KvOptions withTicker(Ticker clock) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, codec, clock,
                cipher, readPlaintext);
    }

    /** Seal values with {@code valueCipher}; null turns encryption off. */
    public KvOptions withCipher(ValueCipher valueCipher) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, codec, ticker, valueCipher,
                readPlaintext);
    }

    public KvOptions withReadPlaintext(boolean read) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, codec, ticker, cipher,
                read);
    }

    /** How {@code namespace}'s values are stored under these options. */
    ValueColumn valueColumn(Namespace namespace) {
        return cipher == null ? ValueColumn.PLAIN : ValueColumn.sealed(cipher, namespace.name(), readPlaintext);
    }
}
