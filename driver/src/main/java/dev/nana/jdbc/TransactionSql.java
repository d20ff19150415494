package dev.nana.jdbc;

/**
 * The statements a backend runs for the transactions nana manages.
 *
 * @param begin         opens the transaction of a connection in manual-commit mode
 * @param beginReading  the same for a read-only connection
 * @param beginAtomic   opens the transaction in which nana makes a script or batch all or nothing
 * @param beginLocks    whether {@code begin} takes the database's write lock, and so first the write gate
 * @param readOnlyOn    makes the connection refuse writes
 * @param readOnlyOff   lets it write again
 */
record TransactionSql(String begin, String beginReading, String beginAtomic, boolean beginLocks, String readOnlyOn,
                      String readOnlyOff) {
}
