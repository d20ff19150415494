package dev.nana.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.spring.boot.shop.Customer;
import dev.nana.spring.boot.shop.CustomerRepository;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * nana's SQLStates as Spring's exceptions, through JdbcTemplate and through a JPA repository (the table in
 * docs/frameworks.md): 23505 is a DuplicateKeyException, 40001 (the write lock stayed taken past busyTimeout) a
 * CannotAcquireLockException, a policy denial (42501) a PermissionDeniedDataAccessException.
 */
class ExceptionTranslationTest extends ShopDatabase {
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CustomerRepository customers;

    @AfterEach
    void empty() {
        customers.deleteAll();
    }

    @Test
    void aUniqueViolationIsADuplicateKey() {
        jdbc.update("INSERT INTO customer(email, city) VALUES ('dup@example.org', 'Bern')");
        DuplicateKeyException viaJdbc = assertThrows(DuplicateKeyException.class,
                () -> jdbc.update("INSERT INTO customer(email, city) VALUES ('dup@example.org', 'Genf')"));
        assertEquals("23505", sqlState(viaJdbc));

        DuplicateKeyException viaJpa = assertThrows(DuplicateKeyException.class,
                () -> customers.save(new Customer("dup@example.org", "Basel")));
        assertEquals("23505", sqlState(viaJpa));
    }

    @Test
    void aWriteLockHeldPastTheBusyTimeoutCannotBeAcquired() throws SQLException {
        try (Connection holder = DriverManager.getConnection("jdbc:nana:" + FILE);
             Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO audit(entry) VALUES ('holding the write lock')");

            CannotAcquireLockException viaJdbc = assertThrows(CannotAcquireLockException.class,
                    () -> jdbc.update("INSERT INTO audit(entry) VALUES ('waits')"));
            assertEquals("40001", sqlState(viaJdbc));

            CannotAcquireLockException viaJpa = assertThrows(CannotAcquireLockException.class,
                    () -> customers.save(new Customer("late@example.org", "Chur")));
            assertEquals("40001", sqlState(viaJpa));
            holder.rollback();
        }
    }

    @Test
    void aPolicyDenialIsAPermissionDenied() {
        PermissionDeniedDataAccessException viaJdbc = assertThrows(PermissionDeniedDataAccessException.class,
                () -> jdbc.queryForObject("SELECT random()", Long.class));
        assertEquals("42501", sqlState(viaJdbc));
        assertTrue(viaJdbc.getMessage().contains("nana: function random is forbidden by policy"),
                viaJdbc.getMessage());

        PermissionDeniedDataAccessException viaJpa = assertThrows(PermissionDeniedDataAccessException.class,
                () -> customers.shuffled());
        assertEquals("42501", sqlState(viaJpa));
    }

    /** The SQLState of the first SQLException in the chain: nana's, whose own cause is sqlite-jdbc's. */
    private static String sqlState(DataAccessException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        return assertInstanceOf(SQLException.class, cause, "no SQLException under " + e).getSQLState();
    }
}
