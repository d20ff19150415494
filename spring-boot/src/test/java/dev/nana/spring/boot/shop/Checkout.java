package dev.nana.spring.boot.shop;

import dev.nana.kv.KvStore;
import java.sql.SQLException;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One transaction over JPA, JdbcTemplate and the key-value store. */
@Service
public class Checkout {
    private final CustomerRepository customers;
    private final JdbcTemplate jdbc;
    private final KvStore carts;

    public Checkout(CustomerRepository customers, JdbcTemplate jdbc, @Qualifier("carts") KvStore carts) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.carts = carts;
    }

    /** Registers a customer with a cart and an audit row; {@code failAtEnd} throws after every write. */
    @Transactional
    public Customer register(String email, List<String> items, boolean failAtEnd) throws SQLException {
        Customer customer = customers.save(new Customer(email, "Lyon"));
        carts.put(email, items);
        jdbc.update("INSERT INTO audit(entry) VALUES (?)", "registered " + email);
        if (failAtEnd) {
            throw new IllegalStateException("checkout failed for " + email);
        }
        return customer;
    }

    /** What the cart holds as seen inside a transaction, after changing it. */
    @Transactional
    public Object replaceCartAndRead(String email, List<String> items) throws SQLException {
        carts.put(email, items);
        return carts.get(email);
    }
}
