package dev.nana.kv;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A large batch's values in key order, encoded to JSON on the common pool a chunk at a time while the writer
 * stores the chunks already done: encoding needs no database, so it overlaps SQLite's work instead of preceding it.
 * The writer encodes a chunk itself when the pool has not started it, so a busy pool never stalls the batch.
 */
final class EncodingBatch implements KvTable.SortedRows {
    private static final int CHUNK = 1_000;
    private static final int TODO = 0;
    private static final int CLAIMED = 1;

    private final Map<String, ?> values;
    private final KvCodec codec;
    private final Map.Entry<String, ?>[] entries;
    private final String[] jsons;
    private final AtomicIntegerArray claims;
    private final CompletableFuture<?>[] encoded;
    /** Read by the writer only: chunks below it are known to be encoded. */
    private int ready;

    @SuppressWarnings("unchecked")
    EncodingBatch(Map<String, ?> values, KvCodec codec) {
        this.values = values;
        this.codec = codec;
        this.entries = values.entrySet().toArray(new Map.Entry[0]);
        Arrays.sort(entries, (one, other) -> one.getKey().compareTo(other.getKey()));
        this.jsons = new String[entries.length];
        int chunks = (entries.length + CHUNK - 1) / CHUNK;
        this.claims = new AtomicIntegerArray(chunks);
        this.encoded = new CompletableFuture<?>[chunks];
        for (int chunk = 0; chunk < chunks; chunk++) {
            int claimed = chunk;
            encoded[chunk] = CompletableFuture.runAsync(() -> encodeIfUnclaimed(claimed), ForkJoinPool.commonPool());
        }
    }

    @Override
    public int size() {
        return entries.length;
    }

    @Override
    public String key(int row) {
        return entries[row].getKey();
    }

    /**
     * The JSON of {@code row}, waiting for its chunk if need be. A value that cannot be encoded fails the batch
     * with the first failure in the map's order, as a batch encoded before writing reports it.
     */
    @Override
    public String json(int row) throws SQLException {
        int chunk = row / CHUNK;
        if (chunk >= ready) {
            if (!encodeIfUnclaimed(chunk)) {
                encoded[chunk].join();
            }
            ready = chunk + 1;
        }
        String json = jsons[row];
        if (json == null) {
            cancel();
            throw firstFailure();
        }
        return json;
    }

    /** Stops the pool from encoding chunks not started, once the batch has failed or finished. */
    void cancel() {
        for (int chunk = 0; chunk < claims.length(); chunk++) {
            claims.compareAndSet(chunk, TODO, CLAIMED);
        }
    }

    /** Encodes {@code chunk} unless another thread has claimed it; whether this call did. */
    private boolean encodeIfUnclaimed(int chunk) {
        if (!claims.compareAndSet(chunk, TODO, CLAIMED)) {
            return false;
        }
        int end = Math.min(entries.length, (chunk + 1) * CHUNK);
        for (int row = chunk * CHUNK; row < end; row++) {
            try {
                jsons[row] = codec.encode(entries[row].getKey(), entries[row].getValue());
            } catch (SQLException | RuntimeException e) {
                // Left null: the writer finds the failure to report in the map's order, and throws it itself.
                break;
            }
        }
        return true;
    }

    private SQLException firstFailure() {
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            try {
                codec.encode(entry.getKey(), entry.getValue());
            } catch (SQLException e) {
                return e;
            }
        }
        throw new IllegalStateException("a value failed to encode once and not again");
    }
}
