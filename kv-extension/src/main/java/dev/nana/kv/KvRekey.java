package dev.nana.kv;

import dev.nana.kv.crypto.CipherFormat;
import dev.nana.kv.crypto.ValueCipher;
import dev.nana.rewriter.KvAccess;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Re-seals the values of every key-value namespace of a database under a cipher's primary key and mode: values
 * sealed under another key of its ring or with another mode, and plaintext values. Batch by batch, each batch its
 * own transaction: killed at any point, every value still opens with the ring (under the old key or the new), and
 * a new run goes on where the last stopped, since what is left is read from the data itself, not from a state file.
 * Each namespace is walked once, in rowid order (key order for a table WITHOUT ROWID), each batch starting after the
 * last row of the one before: the time is linear in the number of values, and a resumed run passes over the part
 * already done once, reading each value's header without decrypting it.
 */
public final class KvRekey {
    /** Told before each namespace and after each committed batch. */
    @FunctionalInterface
    public interface Progress {
        /** The walk of {@code namespace}, which holds {@code values} values, begins. */
        default void namespaceStarted(String namespace, long values) {
        }

        /** A batch of {@code walked} values is committed, {@code resealed} of them re-sealed. */
        void batchCommitted(String namespace, int walked, int resealed, long resealedSoFar);
    }

    private static final int PREFIX_BYTES = 5;

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
            total = new Walk(connection, cipher, Namespace.of(namespace), batchSize).run(progress, total);
        }
        return total;
    }

    /** One namespace's pass, remembering the position (rowid, or key WITHOUT ROWID) of the last row walked. */
    private static final class Walk {
        private final Connection connection;
        private final ValueCipher cipher;
        private final Namespace namespace;
        private final int batchSize;
        private final String position;
        private final byte[] currentPrefix;
        private Object after;
        private int walked;

        Walk(Connection connection, ValueCipher cipher, Namespace namespace, int batchSize) throws SQLException {
            this.connection = connection;
            this.cipher = cipher;
            this.namespace = namespace;
            this.batchSize = batchSize;
            this.position = hasRowids(connection, namespace.name()) ? "rowid" : "key";
            this.currentPrefix = cipher.sealedPrefix();
        }

        long run(Progress progress, long resealedBefore) throws SQLException {
            progress.namespaceStarted(namespace.name(), count());
            String select = "SELECT " + position + ", key, value FROM " + namespace.table();
            String order = " ORDER BY " + position + " LIMIT " + batchSize;
            long total = resealedBefore;
            try (PreparedStatement first = connection.prepareStatement(select + order);
                 PreparedStatement next = connection.prepareStatement(select + " WHERE " + position + " > ?" + order);
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE " + namespace.table() + " SET value = ? WHERE " + position + " = ?")) {
                while (true) {
                    int resealed = Transactions.atomically(connection, () -> resealBatch(first, next, update));
                    if (walked == 0) {
                        return total;
                    }
                    total += resealed;
                    progress.batchCommitted(namespace.name(), walked, resealed, total);
                }
            }
        }

        private long count() throws SQLException {
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + namespace.table());
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }

        /**
         * Walks the next batch after {@link #after}, re-sealing the values not yet current; how many it re-sealed.
         * The new values go to SQLite as one JDBC batch once the walk's rows are read.
         */
        private int resealBatch(PreparedStatement first, PreparedStatement next, PreparedStatement update)
                throws SQLException {
            PreparedStatement select = after == null ? first : next;
            if (after != null) {
                select.setObject(1, after);
            }
            walked = 0;
            int resealed = 0;
            Object last = after;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    walked++;
                    last = rows.getObject(1);
                    Object stored = rows.getObject(3);
                    if (isCurrent(stored)) {
                        continue;
                    }
                    String key = rows.getString(2);
                    if (key == null) {
                        // A value is sealed to its key (associated data): without one it cannot be sealed or opened.
                        throw KvErrors.invalidKey("namespace " + namespace.name() + " has a row with a NULL key at "
                                + position + " " + last + "; delete the row or give it a key, then run the rekey"
                                + " again");
                    }
                    update.setBytes(1, cipher.seal(namespace.name(), key, plaintext(stored, key)));
                    update.setObject(2, last);
                    update.addBatch();
                    resealed++;
                }
            }
            if (resealed > 0) {
                update.executeBatch();
            }
            after = last;
            return resealed;
        }

        /** NULL stays NULL; a sealed value starting with the target's format byte and key id is left as it is. */
        private boolean isCurrent(Object stored) {
            return stored == null || stored instanceof byte[] value && value.length >= PREFIX_BYTES
                    && Arrays.equals(value, 0, PREFIX_BYTES, currentPrefix, 0, PREFIX_BYTES);
        }

        /** A value's bytes: a sealed one opened with the ring, plaintext as its UTF-8 text. */
        private byte[] plaintext(Object stored, String key) throws SQLException {
            return stored instanceof byte[] value ? cipher.open(namespace.name(), key, value)
                    : stored.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** False for a table WITHOUT ROWID, walked by its key instead. */
    private static boolean hasRowids(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT wr FROM pragma_table_list WHERE name = ? AND schema = 'main'")) {
            select.setString(1, table);
            try (ResultSet found = select.executeQuery()) {
                return !found.next() || !found.getBoolean(1);
            }
        }
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
