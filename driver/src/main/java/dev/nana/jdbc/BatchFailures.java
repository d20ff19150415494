package dev.nana.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/** The BatchUpdateException of a failed batch: which entry failed, and what is left applied. */
final class BatchFailures {
    private BatchFailures() {
    }

    /**
     * @param errors      the backend's translation of {@code cause}
     * @param failedIndex the entry that failed, from 0, or -1 when the backend does not say
     * @param size        how many entries the batch had
     * @param counts      update counts of the entries before the failed one
     * @param rolledBack  the whole batch was undone, so no entry counts as done
     */
    static BatchUpdateException of(ErrorTranslator errors, SQLException cause, int failedIndex, int size, long[] counts, boolean rolledBack) {
        SQLException translated = errors.translate(cause);
        long[] reported;
        if (rolledBack || failedIndex < 0) {
            reported = new long[size];
            Arrays.fill(reported, Statement.EXECUTE_FAILED);
        } else {
            reported = Arrays.copyOf(counts, failedIndex);
        }
        String entry = failedIndex < 0 ? "a batch of " + size : "batch entry " + (failedIndex + 1) + " of " + size;
        String message = SqlErrors.NANA_PREFIX + entry + " failed"
                + (rolledBack ? ", nothing was applied: " : ": ") + translated.getMessage();
        BatchUpdateException failure = new BatchUpdateException(message, translated.getSQLState(),
                translated.getErrorCode(), reported, translated);
        failure.setNextException(translated);
        return failure;
    }
}
