package dev.nana.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.spring.boot.shop.Customer;
import dev.nana.spring.boot.shop.CustomerRepository;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A Spring Data JPA repository on nana: CRUD, derived queries and paging, with the dialect Hibernate detects. */
class JpaRepositoryTest extends ShopDatabase {
    @Autowired
    CustomerRepository customers;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void empty() {
        customers.deleteAll();
    }

    @Test
    void hibernateDetectsTheCommunitySqliteDialectFromTheConnection() {
        SessionFactoryImplementor sessions = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        assertEquals(SQLiteDialect.class, sessions.getJdbcServices().getDialect().getClass());
    }

    @Test
    void createReadUpdateDelete() {
        Customer saved = customers.save(new Customer("ada@example.org", "London"));
        assertTrue(saved.getId() != null && saved.getId() > 0, "the identity id comes back: " + saved.getId());

        Customer found = customers.findById(saved.getId()).orElseThrow();
        assertEquals("ada@example.org", found.getEmail());

        found.setCity("Paris");
        customers.save(found);
        assertEquals("Paris", customers.findById(saved.getId()).orElseThrow().getCity());

        customers.deleteById(saved.getId());
        assertFalse(customers.existsById(saved.getId()));
        assertEquals(0, customers.count());
    }

    @Test
    void derivedQueries() {
        customers.saveAll(List.of(new Customer("c@example.org", "Oslo"), new Customer("a@example.org", "Oslo"),
                new Customer("b@example.org", "Rome")));
        assertEquals("Rome", customers.findByEmail("b@example.org").orElseThrow().getCity());
        assertTrue(customers.findByEmail("nobody@example.org").isEmpty());
        assertEquals(List.of("a@example.org", "c@example.org"),
                customers.findByCityOrderByEmailAsc("Oslo").stream().map(Customer::getEmail).toList());
        assertEquals(2, customers.countByCity("Oslo"));
    }

    @Test
    void paging() {
        customers.saveAll(IntStream.rangeClosed(1, 23)
                .mapToObj(i -> new Customer(String.format("user%02d@example.org", i), i % 2 == 0 ? "Even" : "Odd"))
                .toList());

        Page<Customer> third = customers.findAll(PageRequest.of(2, 5, Sort.by("email")));
        assertEquals(23, third.getTotalElements());
        assertEquals(5, third.getTotalPages());
        assertEquals(List.of("user11@example.org", "user12@example.org", "user13@example.org", "user14@example.org",
                "user15@example.org"), third.map(Customer::getEmail).getContent());

        Page<Customer> lastOdd = customers.findByCity("Odd", PageRequest.of(2, 5, Sort.by("email")));
        assertEquals(12, lastOdd.getTotalElements());
        assertEquals(List.of("user21@example.org", "user23@example.org"),
                lastOdd.map(Customer::getEmail).getContent());
        assertTrue(lastOdd.isLast());
    }
}
