package dev.nana.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.kv.KvStore;
import dev.nana.spring.boot.shop.Checkout;
import dev.nana.spring.boot.shop.CustomerRepository;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code @Transactional} covers JPA, JdbcTemplate and key-value writes alike: they commit together, and a rollback
 * undoes all of them, in the file and in the store's cache.
 */
class TransactionalRollbackTest extends ShopDatabase {
    @Autowired
    Checkout checkout;

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("carts")
    KvStore carts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRollbackUndoesTheEntityTheRowAndTheKeyValueWrite() throws Exception {
        carts.put("eve@example.org", List.of("committed before"));
        assertThrows(IllegalStateException.class,
                () -> checkout.register("eve@example.org", List.of("book", "pen"), true));

        assertTrue(customers.findByEmail("eve@example.org").isEmpty());
        assertEquals(0, jdbc.queryForObject("SELECT count(*) FROM audit WHERE entry = 'registered eve@example.org'",
                Integer.class));
        assertEquals(List.of("committed before"), carts.get("eve@example.org"), "the cache kept no rolled-back value");
        assertEquals("[\"committed before\"]", storedCart("eve@example.org"));
    }

    @Test
    void aCommitKeepsAllThree() throws Exception {
        checkout.register("sam@example.org", List.of("lamp"), false);

        assertTrue(customers.findByEmail("sam@example.org").isPresent());
        assertEquals(1, jdbc.queryForObject("SELECT count(*) FROM audit WHERE entry = 'registered sam@example.org'",
                Integer.class));
        assertEquals(List.of("lamp"), carts.get("sam@example.org"));
        assertEquals("[\"lamp\"]", storedCart("sam@example.org"));
    }

    @Test
    void insideTheTransactionTheStoreReadsItsOwnWriteAndOtherThreadsTheCommittedValue() throws Exception {
        carts.put("kim@example.org", List.of("old"));
        Object[] seenElsewhere = new Object[1];
        Object seenInside = transactions.execute(status -> {
            try {
                Object inside = checkout.replaceCartAndRead("kim@example.org", List.of("new"));
                seenElsewhere[0] = CompletableFuture.supplyAsync(() -> {
                    try {
                        return carts.get("kim@example.org");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).join();
                status.setRollbackOnly();
                return inside;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of("new"), seenInside);
        assertEquals(List.of("old"), seenElsewhere[0], "no other thread is served the uncommitted value");
        assertEquals(List.of("old"), carts.get("kim@example.org"));
    }

    @Test
    void outsideATransactionEachKeyValueWriteCommitsOnItsOwn() throws Exception {
        KvStore sessions = carts;
        sessions.put("solo@example.org", List.of("one"));
        assertEquals("[\"one\"]", storedCart("solo@example.org"));
        assertTrue(sessions.delete("solo@example.org"));
        assertNull(storedCart("solo@example.org"));
        assertFalse(sessions.contains("solo@example.org"));
    }

    /** The cart's JSON as another connection reads it from the file: only what was committed. */
    private static String storedCart(String email) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + FILE);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT value FROM kv.carts WHERE key = '" + email + "'")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
