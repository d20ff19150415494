package dev.nana.compat.hikari;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs workers on their own threads at once and fails with every worker's exception, not just the first. */
final class Workers {
    private Workers() {
    }

    static void runAll(List<Callable<Void>> workers) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(workers.size());
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (Callable<Void> worker : workers) {
                results.add(threads.submit(worker));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<Void> result : results) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertEquals(List.of(), failures);
        } finally {
            threads.shutdown();
        }
    }
}
