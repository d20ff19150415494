package dev.nana.kv;

import dev.nana.kv.crypto.CipherFormat;
import dev.nana.kv.crypto.ValueCipher;
import dev.nana.rewriter.KvAccess;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-seals the values of every key-value namespace of a database under a cipher's primary key and mode: values
 * sealed under another key of its ring or with another mode, and plaintext values. Batch by batch, each batch its
 * own transaction: killed at any point, every value still opens with the ring (under the old key or the new), and
 * a new run goes on where the last stopped, since what is left is read from the data itself, not from a state file.
 */
public final class KvRekey {
    /** Told after each committed batch. */
    @FunctionalInterface
    public interface Progress {
        void batchCommitted(String namespace, int resealed, long resealedSoFar);
    }

    private KvRekey() {
    }

    /** The number of values re-sealed. Values that do not open stop the run, with nothing of their batch written. */
    public static long run(Connection connection, ValueCipher cipher, int batchSize, Progress progress)
            throws SQLException {
        KvErrors.required(connection, "connection");
        KvErrors.required(cipher, "cipher");
        KvErrors.required(progress, "progress");
        if (cipher.format() != CipherFormat.NANA) {
            throw KvErrors.misuse("a rekey writes nana's format: NanaSQLite's names no key, so a half-done rekey"
                    + " could not tell old values from new ones");
        }
        if (batchSize < 1) {
            throw KvErrors.misuse("the batch size must be at least 1, not " + batchSize);
        }
        long total = 0;
        for (String namespace : namespaces(connection)) {
            Namespace checked = Namespace.of(namespace);
            ValueColumn values = ValueColumn.sealed(cipher, checked.name(), true);
            String select = "SELECT key, value FROM " + checked.table() + " WHERE typeof(value) = 'text'"
                    + " OR (typeof(value) = 'blob' AND substr(value, 1, 5) <> ?) LIMIT " + batchSize;
            String update = "UPDATE " + checked.table() + " SET value = ? WHERE key = ?";
            while (true) {
                int resealed = Transactions.atomically(connection, () -> resealBatch(connection, cipher, values,
                        select, update));
                if (resealed == 0) {
                    break;
                }
                total += resealed;
                progress.batchCommitted(namespace, resealed, total);
            }
        }
        return total;
    }

    private static int resealBatch(Connection connection, ValueCipher cipher, ValueColumn values, String selectSql,
                                   String updateSql) throws SQLException {
        Map<String, String> batch = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(selectSql)) {
            select.setBytes(1, cipher.sealedPrefix());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString(1);
                    batch.put(key, values.read(rows, 2, key));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(updateSql)) {
            for (Map.Entry<String, String> row : batch.entrySet()) {
                values.bind(update, 1, row.getKey(), row.getValue());
                update.setString(2, row.getKey());
                update.executeUpdate();
            }
        }
        return batch.size();
    }

    /** Tables of NanaSQLite's shape, {@code (key, value)} and nothing else, whose names are namespace names. */
    static List<String> namespaces(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        List<String> namespaces = new ArrayList<>();
        for (String table : tables) {
            if (!KvAccess.isNamespaceName(table)) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = metadata.getColumns(null, null, table, "%")) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (columns.size() == 2 && Set.copyOf(columns).equals(Set.of("key", "value"))) {
                namespaces.add(table);
            }
        }
        return namespaces;
    }
}
