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
 * @param cache        what is kept in memory; {@link CacheMode#bounded()} by default (NanaSQLite keeps everything:
 *                     {@link CacheMode#unbounded()})
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
 * @param changeCheck  how often a cached read first asks SQLite whether another process (or a connection that is
 *                     not nana's) committed to the file ({@code PRAGMA data_version}) and, if so, forgets the cache:
 *                     the bound on how long such a write can go unseen. {@link Duration#ZERO} asks on every read that
 *                     the cache would answer. Null: as the connection says (nana's property {@code kvChangeCheck}),
 *                     else {@link #DEFAULT_CHANGE_CHECK}. Stores on nana connections to one file in one JVM see each
 *                     other's commits at once, whatever this is.
 */
public record KvOptions(CacheMode cache, boolean bulkLoad, List<KvHook> hooks, FlushPolicy writeBehind,
                        Duration lockTimeout, int maxKeyLength, KvCodec codec, Ticker ticker, ValueCipher cipher,
                        boolean readPlaintext, Duration changeCheck) {

    public static final int DEFAULT_MAX_KEY_LENGTH = 1024;
    public static final Duration DEFAULT_CHANGE_CHECK = Duration.ofSeconds(1);

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
        if (changeCheck != null && changeCheck.isNegative()) {
            throw new IllegalArgumentException("changeCheck must not be negative: " + changeCheck);
        }
    }

    public static KvOptions defaults() {
        return new KvOptions(CacheMode.bounded(), false, List.of(), FlushPolicy.immediate(), null,
                DEFAULT_MAX_KEY_LENGTH, KvCodec.standard(), Ticker.systemTicker(), null, false, null);
    }

    public KvOptions withCache(CacheMode mode) {
        return new KvOptions(mode, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, codec, ticker,
                cipher, readPlaintext, changeCheck);
    }

    public KvOptions withBulkLoad(boolean load) {
        return new KvOptions(cache, load, hooks, writeBehind, lockTimeout, maxKeyLength, codec, ticker,
                cipher, readPlaintext, changeCheck);
    }

    /** Adds hooks after the ones already set. */
    public KvOptions withHooks(KvHook... more) {
        List<KvHook> all = new ArrayList<>(hooks);
        all.addAll(List.of(more));
        return new KvOptions(cache, bulkLoad, all, writeBehind, lockTimeout, maxKeyLength, codec, ticker,
                cipher, readPlaintext, changeCheck);
    }

    public KvOptions withWriteBehind(FlushPolicy policy) {
        return new KvOptions(cache, bulkLoad, hooks, policy, lockTimeout, maxKeyLength, codec, ticker,
                cipher, readPlaintext, changeCheck);
    }

    public KvOptions withLockTimeout(Duration timeout) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, timeout, maxKeyLength, codec, ticker,
                cipher, readPlaintext, changeCheck);
    }

    public KvOptions withMaxKeyLength(int length) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, length, codec, ticker,
                cipher, readPlaintext, changeCheck);
    }

    public KvOptions withCodec(KvCodec json) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, json, ticker,
                cipher, readPlaintext, changeCheck);
    }

    public KvOptions withTicker(Ticker clock) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, codec, clock,
                cipher, readPlaintext, changeCheck);
    }

    /** Seal values with {@code valueCipher}; null turns encryption off. */
    public KvOptions withCipher(ValueCipher valueCipher) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, codec, ticker, valueCipher,
                readPlaintext, changeCheck);
    }

    public KvOptions withReadPlaintext(boolean read) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, codec, ticker, cipher,
                read, changeCheck);
    }

    /** See {@link #changeCheck()}; null keeps the connection's choice. */
    public KvOptions withChangeCheck(Duration interval) {
        return new KvOptions(cache, bulkLoad, hooks, writeBehind, lockTimeout, maxKeyLength, codec, ticker, cipher,
                readPlaintext, interval);
    }

    /** {@link #changeCheck()}, or the default when the store's connection chose none. */
    Duration effectiveChangeCheck() {
        return changeCheck != null ? changeCheck : DEFAULT_CHANGE_CHECK;
    }

    /** How {@code namespace}'s values are stored under these options. */
    ValueColumn valueColumn(Namespace namespace) {
        return cipher == null ? ValueColumn.PLAIN : ValueColumn.sealed(cipher, namespace.name(), readPlaintext);
    }
}
