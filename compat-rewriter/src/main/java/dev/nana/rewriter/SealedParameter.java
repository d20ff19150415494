package dev.nana.rewriter;

/**
 * A bound parameter whose value the driver encrypts before the database sees it.
 *
 * @param number   the parameter's number, as SQLite numbers it
 * @param column   the encrypted column it is written to or compared with
 * @param compared true when compared with stored values (an equality search), false when written
 */
public record SealedParameter(int number, EncryptedColumn column, boolean compared) {
}
