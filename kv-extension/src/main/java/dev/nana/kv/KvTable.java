package dev.nana.kv;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The SQL of one namespace on one connection, values as JSON text. Keeps its prepared statements for reuse, so it
 * is not thread-safe: the store serialises its use. Knows nothing of caching, hooks or Java values.
 */
final class KvTable implements AutoCloseable {
    /** Rows per multi-row INSERT: one statement step per chunk instead of per row (SQLite allows 32766 params). */
    static final int ROWS_PER_INSERT = 100;
    private static final int KEYS_PER_SELECT = 500;
    /** Slots of the reused statements. */
    private static final int READ = 0;
    private static final int CLAIM = 1;
    private static final int WRITE = 2;
    private static final int DELETE = 3;
    private static final int WRITE_CHUNK = 4;
    private static final int DATA_VERSION = 5;
    private static final int SLOTS = 6;

    private final Connection connection;
    private final Namespace namespace;
    private final ValueColumn values;
    /** The SQL of each reused statement, by slot; {@link #statements} holds the prepared ones. */
    private final String[] sql;
    private final PreparedStatement[] statements = new PreparedStatement[SLOTS];

    KvTable(Connection connection, Namespace namespace, ValueColumn values) {
        this.connection = connection;
        this.namespace = namespace;
        this.values = values;
        this.sql = new String[] {
            "SELECT value FROM " + namespace.table() + " WHERE key = ?",
            "UPDATE " + namespace.table() + " SET value = value WHERE 0",
            upsert(1),
            "DELETE FROM " + namespace.table() + " WHERE key = ?",
            upsert(ROWS_PER_INSERT),
            "PRAGMA data_version"};
    }

    @FunctionalInterface
    private interface Use<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs {@code use} on the reused statement of {@code slot}, preparing it first if needed. A statement that
     * failed is closed and forgotten: sqlite-jdbc may leave it unusable ("statement is not executing"), and the
     * next call must not inherit that failure.
     */
    private <T> T reuse(int slot, Use<T> use) throws SQLException {
        if (statements[slot] == null) {
            statements[slot] = connection.prepareStatement(sql[slot]);
        }
        try {
            return use.run(statements[slot]);
        } catch (SQLException | RuntimeException e) {
            PreparedStatement failed = statements[slot];
            statements[slot] = null;
            try {
                failed.close();
            } catch (SQLException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    /** Insert or overwrite; an overwritten row keeps its rowid, so iteration order stays insertion order. */
    private String upsert(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(namespace.table()).append(" (key, value) VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        return sql.append(" ON CONFLICT (key) DO UPDATE SET value = excluded.value").toString();
    }

    Namespace namespace() {
        return namespace;
    }

    Connection connection() {
        return connection;
    }

    void createIfMissing() throws SQLException {
        KvNamespaces.create(connection, namespace.name());
    }

    /** The JSON text stored for {@code key}, {@code "null"} for a SQL NULL value, or null when there is no row. */
    String read(String key) throws SQLException {
        return reuse(READ, read -> {
            read.setString(1, key);
            try (ResultSet rows = read.executeQuery()) {
                return rows.next() ? values.read(rows, 1, key) : null;
            }
        });
    }

    /**
     * {@link #read}, after taking the database's write lock (a write statement that changes nothing). A
     * read-then-write transaction begun DEFERRED, plain JDBC's default, would otherwise fail its write with
     * SQLITE_BUSY_SNAPSHOT, instead of waiting its turn, whenever another connection commits in between.
     */
    String readForUpdate(String key) throws SQLException {
        reuse(CLAIM, PreparedStatement::executeUpdate);
        return read(key);
    }

    void write(String key, String json) throws SQLException {
        try {
            reuse(WRITE, write -> {
                write.setString(1, key);
                values.bind(write, 2, key, json);
                return write.executeUpdate();
            });
        } catch (SQLException e) {
            throw tooBig(e, key, json);
        }
    }

    /**
     * SQLite's refusal of a value over its length limit (nana's maxValueLength) as the store's own error, naming the
     * key; any other failure as it is.
     */
    private static SQLException tooBig(SQLException failure, String key, String json) {
        String message = failure.getMessage();
        if (message == null || !message.contains("SQLITE_TOOBIG")) {
            return failure;
        }
        return KvErrors.invalidValue("the value for key " + KvErrors.show(key) + " (" + json.length()
                + " chars of JSON) is larger than the database allows (maxValueLength)", failure);
    }

    boolean delete(String key) throws SQLException {
        return reuse(DELETE, delete -> {
            delete.setString(1, key);
            return delete.executeUpdate() > 0;
        });
    }

    /** SQLite's count of commits by other connections, as this connection sees it (changes, not a number to add). */
    long dataVersion() throws SQLException {
        return reuse(DATA_VERSION, pragma -> {
            try (ResultSet rows = pragma.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    long count() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + namespace.table())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    int deleteAll() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("DELETE FROM " + namespace.table());
        }
    }

    /**
     * Writes every entry (a null JSON text deletes the key) with the caller's transaction: the store wraps this in
     * {@link Transactions#atomically}. Keys go in sorted order: SQLite appends to its key index instead of splitting
     * pages all over it, which makes large batches markedly faster.
     */
    void writeAll(Map<String, String> jsonByKey) throws SQLException {
        List<Map.Entry<String, String>> upserts = new ArrayList<>(jsonByKey.size());
        List<String> deletes = new ArrayList<>();
        for (Map.Entry<String, String> entry : jsonByKey.entrySet()) {
            if (entry.getValue() == null) {
                deletes.add(entry.getKey());
            } else {
                upserts.add(entry);
            }
        }
        upserts.sort(Map.Entry.comparingByKey());
        int chunked = upserts.size() - upserts.size() % ROWS_PER_INSERT;
        for (int i = 0; i < chunked; i += ROWS_PER_INSERT) {
            int first = i;
            try {
                reuse(WRITE_CHUNK, chunk -> {
                    for (int row = 0; row < ROWS_PER_INSERT; row++) {
                        Map.Entry<String, String> entry = upserts.get(first + row);
                        chunk.setString(2 * row + 1, entry.getKey());
                        values.bind(chunk, 2 * row + 2, entry.getKey(), entry.getValue());
                    }
                    return chunk.executeUpdate();
                });
            } catch (SQLException e) {
                Map.Entry<String, String> largest = upserts.subList(first, first + ROWS_PER_INSERT).stream()
                        .max(Comparator.comparingInt(entry -> entry.getValue().length())).orElseThrow();
                throw tooBig(e, largest.getKey(), largest.getValue());
            }
        }
        for (int i = chunked; i < upserts.size(); i++) {
            write(upserts.get(i).getKey(), upserts.get(i).getValue());
        }
        deletes.sort(null);
        for (String key : deletes) {
            delete(key);
        }
    }

    /** The JSON text of each key that has a row. */
    Map<String, String> readAll(Collection<String> keys) throws SQLException {
        Map<String, String> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_SELECT) {
            List<String> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_SELECT));
            String sql = "SELECT key, value FROM " + namespace.table() + " WHERE key IN ("
                    + "?, ".repeat(part.size() - 1) + "?)";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) {
                    select.setString(i + 1, part.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String key = rows.getString(1);
                        found.put(key, values.read(rows, 2, key));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Every row in insertion order, read as it is consumed: a large namespace is never loaded whole. The stream
     * holds a statement open until it is closed.
     */
    Stream<Row> rows(boolean withValues) throws SQLException {
        String sql = "SELECT key" + (withValues ? ", value" : "") + " FROM " + namespace.table() + " ORDER BY rowid";
        PreparedStatement select = connection.prepareStatement(sql);
        ResultSet rows;
        try {
            rows = select.executeQuery();
        } catch (SQLException e) {
            select.close();
            throw e;
        }
        Iterator<Row> iterator = new Iterator<>() {
            private Boolean hasNext;

            @Override
            public boolean hasNext() {
                if (hasNext == null) {
                    try {
                        hasNext = rows.next();
                    } catch (SQLException e) {
                        throw new KvIterationException(e);
                    }
                }
                return hasNext;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                hasNext = null;
                try {
                    String key = rows.getString(1);
                    return new Row(key, withValues ? values.read(rows, 2, key) : null);
                } catch (SQLException e) {
                    throw new KvIterationException(e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        select.close();
                    } catch (SQLException e) {
                        throw new KvIterationException(e);
                    }
                });
    }

    record Row(String key, String json) {
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (statements[slot] != null) {
                try {
                    statements[slot].close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
                statements[slot] = null;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
