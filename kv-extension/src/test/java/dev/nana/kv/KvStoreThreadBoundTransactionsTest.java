package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store over a DataSource joins the transaction bound to the calling thread ({@link ThreadBoundTransactions}), as
 * under Spring's {@code @Transactional}: its writes commit and roll back with it, and its cache, shared by every
 * thread, serves neither an uncommitted nor a rolled-back value. {@link BoundTransactions} plays the framework's part
 * over real connections to a real file.
 */
class KvStoreThreadBoundTransactionsTest {
    @TempDir
    Path dir;

    @Test
    void aRolledBackWriteIsGoneFromTheFileAndFromTheCache() throws Exception {
        BoundTransactions transactions = new BoundTransactions(new FileDataSource(dir));
        try (KvStore store = KvStore.open(transactions, "data", KvOptions.defaults(), transactions)) {
            store.put("kept", "before");
            store.put("changed", "before");
            transactions.begin();
            store.put("changed", "inside");
            store.put("added", 1);
            store.delete("kept");
            assertEquals("inside", store.get("changed"), "the transaction reads its own writes");
            assertFalse(store.contains("kept"));
            transactions.rollback();

            assertEquals("before", store.get("changed"));
            assertNull(store.get("added"));
            assertEquals("before", store.get("kept"));
            try (Connection observer = TempDatabase.open(dir)) {
                assertEquals("\"before\"", TempDatabase.storedJson(observer, "data", "changed"));
                assertFalse(TempDatabase.hasRow(observer, "data", "added"));
            }
        }
    }

    @Test
    void otherThreadsSeeTheCommittedValueUntilTheCommitAndTheNewOneAfter() throws Exception {
        BoundTransactions transactions = new BoundTransactions(new FileDataSource(dir));
        try (KvStore store = KvStore.open(transactions, "data", KvOptions.defaults(), transactions)) {
            store.put("key", "old");
            transactions.begin();
            store.put("key", "new");
            // Another thread reads (and caches) the committed value while the transaction is open ...
            assertEquals("old", CompletableFuture.supplyAsync(() -> read(store, "key")).get());
            assertEquals("new", store.get("key"), "the transaction is not answered from that cache entry");
            transactions.commit();
            // ... and that entry does not outlive the commit.
            assertEquals("new", CompletableFuture.supplyAsync(() -> read(store, "key")).get());
            assertEquals("new", store.get("key"));
        }
    }

    @Test
    void batchesAndAtomicUpdatesJoinTheTransactionToo() throws Exception {
        BoundTransactions transactions = new BoundTransactions(new FileDataSource(dir));
        try (KvStore store = KvStore.open(transactions, "data", KvOptions.defaults(), transactions)) {
            store.put("n", 1);
            transactions.begin();
            store.batchPut(Map.of("a", 1, "b", 2));
            assertEquals(6, store.increment("n", 5).intValue());
            store.clear();
            transactions.rollback();
            assertEquals(1, store.get("n"));
            assertEquals(1, store.size());
        }
    }

    @Test
    void writeBehindIsRefusedBecauseItWouldFlushOutsideTheTransaction() {
        BoundTransactions transactions = new BoundTransactions(new FileDataSource(dir));
        SQLException refused = assertThrows(SQLException.class, () -> KvStore.open(transactions, "data",
                KvOptions.defaults().withWriteBehind(FlushPolicy.everyCount(10)), transactions));
        assertEquals(KvErrors.MISUSE, refused.getSQLState());
    }

    private static Object read(KvStore store, String key) {
        try {
            return store.get(key);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a framework does: a transaction's connection bound to the thread that began it, handed out (not closable)
     * to whatever asks the data source on that thread, and completion callbacks run when it ends.
     */
    private static final class BoundTransactions implements ThreadBoundTransactions, PlainDataSource {
        private final DataSource pool;
        private final ThreadLocal<Connection> bound = new ThreadLocal<>();
        private final ThreadLocal<List<Runnable>> completions = ThreadLocal.withInitial(ArrayList::new);

        BoundTransactions(DataSource pool) {
            this.pool = pool;
        }

        void begin() throws SQLException {
            Connection connection = pool.getConnection();
            connection.setAutoCommit(false);
            bound.set(connection);
        }

        void commit() throws SQLException {
            end(true);
        }

        void rollback() throws SQLException {
            end(false);
        }

        private void end(boolean commit) throws SQLException {
            try (Connection connection = bound.get()) {
                if (commit) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
            } finally {
                bound.remove();
                completions.get().forEach(Runnable::run);
                completions.remove();
            }
        }

        @Override
        public boolean active() {
            return bound.get() != null;
        }

        @Override
        public void afterCompletion(Runnable action) {
            completions.get().add(action);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = bound.get();
            if (connection == null) {
                return pool.getConnection();
            }
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

    }
}
