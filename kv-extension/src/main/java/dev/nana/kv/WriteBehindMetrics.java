package dev.nana.kv;

/**
 * Counters of a store's write-behind buffer (all zero for a store that writes immediately).
 *
 * @param pending            writes waiting for the next flush
 * @param flushes            flushes that wrote something
 * @param written            writes that reached the database through a flush
 * @param failed             writes that failed and went to the dead-letter queue
 * @param deadLetters        letters in the queue now
 * @param droppedDeadLetters letters pushed out of the full queue
 */
public record WriteBehindMetrics(int pending, long flushes, long written, long failed, int deadLetters,
                                 long droppedDeadLetters) {
}
