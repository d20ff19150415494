package dev.nana.compat.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PessimisticLockException;
import java.nio.file.Path;
import java.sql.SQLTransientException;
import org.hibernate.exception.LockAcquisitionException;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite has one writer at a time, and nana's IMMEDIATE transactions take the write lock at their first statement,
 * reads included. A second EntityManager whose transaction starts while another one is open waits for the lock up
 * to busyTimeout (shortened here) and then fails with a PessimisticLockException that carries SQLState 40001.
 */
class HibernateConcurrentTransactionsTest {
    @TempDir
    Path directory;

    @Test
    void aSecondTransactionFailsWithALockExceptionWhenTheFirstStaysOpen() {
        try (EntityManagerFactory factory = new HibernatePersistenceConfiguration("library")
                .managedClasses(Author.class, Book.class)
                .jdbcUrl("jdbc:nana:" + directory.resolve("library.db") + "?busyTimeout=200")
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory();
             EntityManager first = factory.createEntityManager();
             EntityManager second = factory.createEntityManager()) {
            long authorId = factory.callInTransaction(em -> {
                Author author = new Author("Ursula");
                em.persist(author);
                return author.getId();
            });
            first.getTransaction().begin();
            first.find(Author.class, authorId);

            second.getTransaction().begin();
            PessimisticLockException locked =
                    assertThrows(PessimisticLockException.class, () -> second.find(Author.class, authorId));
            assertInstanceOf(LockAcquisitionException.class, locked.getCause());
            SQLTransientException busy = assertInstanceOf(SQLTransientException.class, locked.getCause().getCause());
            assertEquals("40001", busy.getSQLState());

            second.getTransaction().rollback();
            first.getTransaction().commit();
        }
    }
}
