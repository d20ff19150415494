package dev.nana.compat.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.Hibernate;
import org.hibernate.StaleObjectStateException;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hibernate ORM through jdbc:nana: with nothing configured but the URL: no dialect, no driver class. */
class HibernateJpaTest {
    @TempDir
    Path directory;

    private String url;
    private EntityManagerFactory factory;

    @BeforeEach
    void bootstrap() {
        url = "jdbc:nana:" + directory.resolve("library.db");
        factory = new HibernatePersistenceConfiguration("library")
                .managedClasses(Author.class, Book.class)
                .jdbcUrl(url)
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory();
    }

    @AfterEach
    void shutDown() {
        factory.close();
    }

    @Test
    void theSqliteDialectIsDetectedFromTheDriver() {
        SessionFactoryImplementor sessionFactory = factory.unwrap(SessionFactoryImplementor.class);
        assertEquals(SQLiteDialect.class, sessionFactory.getJdbcServices().getDialect().getClass());
    }

    @Test
    void schemaGenerationCreatesTheTablesInTheFile() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertEquals(List.of("Author", "Book"), tables);
    }

    @Test
    void createReadUpdateDelete() {
        long authorId = factory.callInTransaction(em -> {
            Author author = new Author("Ursula");
            em.persist(author);
            em.persist(new Book("A Wizard of Earthsea", author));
            return author.getId();
        });

        Author read = factory.callInTransaction(em -> em.find(Author.class, authorId));
        assertEquals("Ursula", read.getName());
        assertEquals(0, read.getVersion());

        factory.runInTransaction(em -> em.find(Author.class, authorId).setName("Ursula K. Le Guin"));
        Author updated = factory.callInTransaction(em -> em.find(Author.class, authorId));
        assertEquals("Ursula K. Le Guin", updated.getName());
        assertEquals(1, updated.getVersion());

        factory.runInTransaction(em -> {
            Author author = em.find(Author.class, authorId);
            author.getBooks().forEach(em::remove);
            em.remove(author);
        });
        assertNull(factory.callInTransaction(em -> em.find(Author.class, authorId)));
        long books = factory.callInTransaction(
                em -> em.createQuery("select count(b) from Book b", Long.class).getSingleResult());
        assertEquals(0, books);
    }

    @Test
    void jpqlPagingReturnsTheRequestedPage() {
        List<String> titles = IntStream.rangeClosed(1, 25).mapToObj(i -> String.format("Volume %02d", i)).toList();
        factory.runInTransaction(em -> {
            Author author = new Author("Anonymous");
            em.persist(author);
            // Persisted in reverse, so only ORDER BY puts them in title order.
            for (int i = titles.size() - 1; i >= 0; i--) {
                em.persist(new Book(titles.get(i), author));
            }
        });

        List<String> thirdPageOfFive = factory.callInTransaction(em -> em
                .createQuery("select b.title from Book b order by b.title", String.class)
                .setFirstResult(10)
                .setMaxResults(5)
                .getResultList());

        assertEquals(titles.subList(10, 15), thirdPageOfFive);
    }

    @Test
    void lazyAssociationsLoadOnFirstAccessInsideTheTransaction() {
        long bookId = factory.callInTransaction(em -> {
            Author author = new Author("Ursula");
            em.persist(author);
            em.persist(new Book("The Dispossessed", author));
            Book book = new Book("The Lathe of Heaven", author);
            em.persist(book);
            return book.getId();
        });

        factory.runInTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            Author author = book.getAuthor();
            assertFalse(Hibernate.isInitialized(author));
            assertEquals("Ursula", author.getName());
            assertTrue(Hibernate.isInitialized(author));

            assertFalse(Hibernate.isInitialized(author.getBooks()));
            assertEquals(2, author.getBooks().size());
            assertTrue(Hibernate.isInitialized(author.getBooks()));
        });
    }

    /**
     * The two EntityManagers take turns rather than holding transactions open at the same time: SQLite has one
     * writer at a time, and nana's IMMEDIATE transactions make a second one wait for the first to finish.
     */
    @Test
    void aStaleVersionFailsTheCommitWithAnOptimisticLockException() {
        long authorId = factory.callInTransaction(em -> {
            Author author = new Author("Ursula");
            em.persist(author);
            return author.getId();
        });
        EntityManager first = factory.createEntityManager();
        EntityManager second = factory.createEntityManager();
        try {
            first.getTransaction().begin();
            Author stale = first.find(Author.class, authorId);
            first.getTransaction().commit();

            second.getTransaction().begin();
            second.find(Author.class, authorId).setName("changed by the second");
            second.getTransaction().commit();

            first.getTransaction().begin();
            stale.setName("changed by the first");
            RollbackException failed = assertThrows(RollbackException.class, () -> first.getTransaction().commit());
            assertInstanceOf(OptimisticLockException.class, failed.getCause());
            assertInstanceOf(StaleObjectStateException.class, failed.getCause().getCause());
        } finally {
            first.close();
            second.close();
        }

        Author stored = factory.callInTransaction(em -> em.find(Author.class, authorId));
        assertEquals("changed by the second", stored.getName());
        assertEquals(1, stored.getVersion());
    }
}
