package dev.nana.kv.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-seals encrypted columns of ordinary tables under a cipher's primary key and mode: values sealed under another
 * key of its ring or with another mode, and plaintext values when the cipher reads plaintext. Walks each table by
 * rowid, batch by batch, each batch its own transaction: killed at any point, every value still opens with the ring
 * (under the old key or the new), and a new run finishes the job, since it skips values already current.
 */
public final class ColumnRekey {
    /** An encrypted column; {@code domain} is its equality domain when searchable, null when randomized. */
    public record Target(String table, String column, String domain) {
    }

    /** Told after each committed batch, whether or not it re-sealed anything. */
    @FunctionalInterface
    public interface Progress {
        /** A batch of {@code walked} rows is committed, {@code resealed} of their values re-sealed. */
        void batchCommitted(String tableDotColumn, int walked, int resealed, long resealedSoFar);
    }

    /** One batch's rows: how many, the last rowid, and how many of them were re-sealed. */
    private record Batch(int rows, long lastRowid, int resealed) {
    }

    private ColumnRekey() {
    }

    /**
     * The number of values re-sealed. Every table must be a rowid table, checked before anything is written. Values
     * that do not open stop the run, with nothing of their batch written. The connection must be in autocommit mode:
     * the run commits batch by batch.
     */
    public static long run(Connection connection, ColumnCipher cipher, List<Target> targets, int batchSize,
                           Progress progress) throws SQLException {
        CryptoErrors.required(connection, "connection");
        CryptoErrors.required(cipher, "cipher");
        CryptoErrors.required(targets, "targets");
        CryptoErrors.required(progress, "progress");
        if (batchSize < 1) {
            throw CryptoErrors.misuse("the batch size must be at least 1, not " + batchSize);
        }
        if (!connection.getAutoCommit()) {
            throw CryptoErrors.misuse("a column rekey commits batch by batch, so it needs a connection in autocommit"
                    + " mode, not one inside a transaction");
        }
        for (Target target : targets) {
            CryptoErrors.required(target, "a target");
            CryptoErrors.required(target.table(), "a target's table");
            CryptoErrors.required(target.column(), "a target's column");
            requireRowids(connection, target.table());
        }
        long total = 0;
        for (Target target : targets) {
            String table = quote(target.table());
            String column = quote(target.column());
            String select = "SELECT rowid, " + column + " FROM " + table + " WHERE rowid >= ? ORDER BY rowid LIMIT "
                    + batchSize;
            String update = "UPDATE " + table + " SET " + column + " = ? WHERE rowid = ?";
            long from = Long.MIN_VALUE;
            while (true) {
                Batch batch = committed(connection, cipher, target, select, update, from);
                if (batch.rows() == 0) {
                    break;
                }
                total += batch.resealed();
                progress.batchCommitted(target.table() + "." + target.column(), batch.rows(), batch.resealed(), total);
                if (batch.lastRowid() == Long.MAX_VALUE) {
                    break;
                }
                from = batch.lastRowid() + 1;
            }
        }
        return total;
    }

    /** One batch in a transaction of its own: a stop loses at most the batch under way. */
    private static Batch committed(Connection connection, ColumnCipher cipher, Target target, String selectSql,
                                   String updateSql, long from) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Batch batch = resealBatch(connection, cipher, target, selectSql, updateSql, from);
            connection.commit();
            return batch;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static Batch resealBatch(Connection connection, ColumnCipher cipher, Target target, String selectSql,
                                     String updateSql, long from) throws SQLException {
        boolean searchable = target.domain() != null;
        Map<Long, byte[]> resealed = new LinkedHashMap<>();
        int rows = 0;
        long lastRowid = from;
        try (PreparedStatement select = connection.prepareStatement(selectSql)) {
            select.setLong(1, from);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    rows++;
                    lastRowid = found.getLong(1);
                    Object raw = found.getObject(2);
                    if (raw == null || cipher.isCurrent(raw, searchable)) {
                        continue;
                    }
                    Object value = cipher.open(target.table(), target.column(), target.domain(), raw);
                    resealed.put(lastRowid, searchable ? cipher.sealSearchable(target.domain(), value)
                            : cipher.sealRandom(target.table(), target.column(), value));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(updateSql)) {
            for (Map.Entry<Long, byte[]> row : resealed.entrySet()) {
                update.setBytes(1, row.getValue());
                update.setLong(2, row.getKey());
                update.executeUpdate();
            }
        }
        return new Batch(rows, lastRowid, resealed.size());
    }

    /**
     * Batches are walked and rows updated by rowid: a WITHOUT ROWID table has none, and in a table with a column
     * named rowid that name means the column, which need not be unique, so an update could hit other rows.
     */
    private static void requireRowids(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT wr, EXISTS (SELECT 1 FROM"
                + " pragma_table_info(?1) WHERE name = 'rowid' COLLATE NOCASE) FROM pragma_table_list(?1)")) {
            select.setString(1, table);
            try (ResultSet found = select.executeQuery()) {
                if (!found.next()) {
                    throw CryptoErrors.misuse("there is no table " + table + " to rekey");
                }
                if (found.getBoolean(1)) {
                    throw CryptoErrors.misuse("table " + table + " is WITHOUT ROWID, and a column rekey walks tables"
                            + " by rowid");
                }
                if (found.getBoolean(2)) {
                    throw CryptoErrors.misuse("table " + table + " has a column named rowid, which hides the rowid"
                            + " a column rekey walks tables by");
                }
            }
        }
    }

    /** An SQL identifier in double quotes, embedded quotes doubled. */
    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
