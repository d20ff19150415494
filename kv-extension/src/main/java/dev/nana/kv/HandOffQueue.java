package dev.nana.kv;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The async store's bounded task queue. A thread that finds it empty yields once before it parks: the caller whose
 * future it has just completed usually runs in that time and asks again, and the thread then takes that task
 * without a park and a wake-up. On two cores this took two calling threads' cold reads from 1.4x to about 2x the
 * rate of one (docs/benchmarks.md).
 */
final class HandOffQueue extends ArrayBlockingQueue<Runnable> {
    HandOffQueue(int capacity) {
        super(capacity);
    }

    @Override
    public Runnable take() throws InterruptedException {
        yieldIfEmpty();
        return super.take();
    }

    @Override
    public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
        yieldIfEmpty();
        return super.poll(timeout, unit);
    }

    private void yieldIfEmpty() {
        if (isEmpty()) {
            Thread.yield();
        }
    }
}
