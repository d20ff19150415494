package dev.nana.rewriter;

/**
 * An {@code INSERT ... SELECT} that moves values into encrypted columns from plaintext columns or from columns
 * encrypted under another binding. Only the driver can re-seal them, so it runs {@code select} (its results
 * decrypted as any query's), then {@code insert} once per row (its parameters sealed as any insert's).
 *
 * @param select the statement's SELECT, as written; its parameters have the statement's numbers
 * @param insert {@code INSERT [OR ...] INTO table (columns) VALUES (?, ...)}, one parameter per column
 */
public record RowCopy(String select, String insert) {
}
