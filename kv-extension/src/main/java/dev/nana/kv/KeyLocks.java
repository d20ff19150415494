package dev.nana.kv;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's locks: one for a store bound to a connection (which also guards its reused statements), a stripe per
 * key hash for a store over a pool, so writes to different keys run in parallel while a key's database write and
 * cache update stay in one piece. Fair, so a waiting caller is not starved.
 */
final class KeyLocks {
    private final ReentrantLock[] stripes;
    /** Null waits for ever. */
    private final Duration timeout;

    KeyLocks(int stripes, Duration timeout) {
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ReentrantLock(true);
        }
        this.timeout = timeout;
    }

    /** The lock of {@code key}, taken; release it with {@link #unlock(String)}. */
    void lock(String key) throws SQLException {
        acquire(stripeOf(key));
    }

    void unlock(String key) {
        stripeOf(key).unlock();
    }

    /** Every stripe, in order (so two callers cannot deadlock); release with {@link #unlockAll()}. */
    void lockAll() throws SQLException {
        for (int i = 0; i < stripes.length; i++) {
            try {
                acquire(stripes[i]);
            } catch (SQLException e) {
                for (int held = i - 1; held >= 0; held--) {
                    stripes[held].unlock();
                }
                throw e;
            }
        }
    }

    void unlockAll() {
        for (int i = stripes.length - 1; i >= 0; i--) {
            stripes[i].unlock();
        }
    }

    private ReentrantLock stripeOf(String key) {
        return stripes.length == 1 ? stripes[0] : stripes[Math.floorMod(key.hashCode(), stripes.length)];
    }

    private void acquire(ReentrantLock lock) throws SQLException {
        try {
            if (timeout == null) {
                lock.lockInterruptibly();
            } else if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new KvLockTimeoutException("the store's lock was not free within " + timeout.toMillis()
                        + " ms (KvOptions.lockTimeout); nothing was done");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException(KvErrors.PREFIX + "interrupted while waiting for the store's lock", "HY008", e);
        }
    }
}
