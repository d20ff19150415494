package dev.nana.compat.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate over encrypted columns, configured only through the JDBC URL and a connection property: identity
 * inserts, finds, JPQL equality and IN on a searchable column, joins, dirty-checking updates, deletes; what cannot
 * work on ciphertext reaches the application as an exception carrying SQLState 42N10.
 */
class HibernateEncryptedColumnsTest {
    private static final String SSN = "078-05-1120";

    @TempDir
    Path directory;

    private EntityManagerFactory factory() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        return new HibernatePersistenceConfiguration("clinic")
                .managedClasses(Patient.class, Visit.class)
                .jdbcUrl("jdbc:nana:" + directory.resolve("clinic.db")
                        + "?encrypt.columns=patients.ssn,patients.birthDate,visits.note"
                        + "&encrypt.searchable=patients.email")
                .property("hibernate.connection.encryptionKey", Base64.getEncoder().encodeToString(key))
                .schemaToolingAction(Action.CREATE)
                .createEntityManagerFactory();
    }

    @Test
    void entitiesRoundTripAndTheFileHoldsNoPlaintext() throws Exception {
        try (EntityManagerFactory factory = factory()) {
            long id = factory.callInTransaction(em -> {
                Patient alice = new Patient("Alice", "alice@example.com", SSN, LocalDate.of(1990, 4, 1));
                em.persist(alice);
                em.persist(new Visit(alice, "allergic to penicillin"));
                em.persist(new Patient("Bob", "bob@example.com", null, null));
                return alice.getId();
            });
            factory.runInTransaction(em -> {
                Patient alice = em.find(Patient.class, id);
                assertEquals(SSN, alice.getSsn());
                assertEquals(LocalDate.of(1990, 4, 1), alice.getBirthDate());
                alice.setEmail("alice@new.example");
            });
            factory.runInTransaction(em -> {
                Patient byEmail = em.createQuery("select p from Patient p where p.email = :email", Patient.class)
                        .setParameter("email", "alice@new.example").getSingleResult();
                assertEquals(id, byEmail.getId());
                assertEquals(List.of("Alice", "Bob"), em.createQuery("select p.name from Patient p where p.email in"
                        + " :emails order by p.name", String.class)
                        .setParameter("emails", List.of("bob@example.com", "alice@new.example")).getResultList());
                assertTrue(em.createQuery("select p from Patient p where p.email = :email", Patient.class)
                        .setParameter("email", "alice@example.com").getResultList().isEmpty());
                Visit visit = em.createQuery("select v from Visit v join fetch v.patient p where p.email = :email",
                        Visit.class).setParameter("email", "alice@new.example").getSingleResult();
                assertEquals("allergic to penicillin", visit.getNote());
                assertEquals(SSN, visit.getPatient().getSsn());
                Patient bob = em.createQuery("select p from Patient p where p.ssn is null", Patient.class)
                        .getSingleResult();
                assertNull(bob.getBirthDate());
                assertEquals(2L, em.createQuery("select count(p.email) from Patient p", Long.class)
                        .getSingleResult());
                em.remove(bob);
            });
        }
        String file = new String(Files.readAllBytes(directory.resolve("clinic.db")), StandardCharsets.ISO_8859_1);
        assertFalse(file.contains(SSN) || file.contains("penicillin") || file.contains("alice@"), "plaintext on disk");
        assertTrue(file.contains("Alice"), "the plain name column stays readable");
    }

    @Test
    void queriesThatCannotWorkOnCiphertextFailWithTheColumnNamed() {
        try (EntityManagerFactory factory = factory()) {
            factory.runInTransaction(em -> em.persist(new Patient("Alice", "a@x", SSN, null)));
            for (String jpql : List.of("select p from Patient p order by p.ssn",
                    "select p from Patient p where p.email like 'a%'",
                    "select p from Patient p where p.ssn = '1'",
                    "select max(p.birthDate) from Patient p")) {
                PersistenceException e = assertThrows(PersistenceException.class,
                        () -> factory.runInTransaction(em -> em.createQuery(jpql).getResultList()), jpql);
                SQLException cause = rootSql(e);
                assertEquals("42N10", cause.getSQLState(), jpql + ": " + cause.getMessage());
                assertTrue(cause.getMessage().contains("patients."), cause.getMessage());
            }
        }
    }

    private static SQLException rootSql(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        throw new AssertionError("no SQLException in", e);
    }
}
