package dev.nana.compat.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Hibernate 7.4.5 trap that docs/frameworks.md warns about. SQLiteDialect declares IDENTITY columns as
 * {@code integer} so that they alias the rowid, but Hibernate's DDL writer leaves the type out when the CREATE TABLE
 * text before the column already contains "integer", and its default column order puts {@code int} fields before a
 * {@code Long} id. The id column is then untyped, SQLite stores NULL in it, and the id Hibernate read back from
 * last_insert_rowid() finds nothing. {@code hibernate.column_ordering_strategy=legacy} puts the id first.
 */
class HibernateIdentityColumnTest {
    @TempDir
    Path directory;

    @Test
    void withTheDefaultColumnOrderAnIdentityAfterAnIntColumnIsUntyped() throws SQLException {
        String url = "jdbc:nana:" + directory.resolve("default.db");
        try (EntityManagerFactory factory = new HibernatePersistenceConfiguration("editions")
                .managedClass(Edition.class)
                .jdbcUrl(url)
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory()) {
            assertEquals("", declaredTypeOfId(url));
            long id = persistEdition(factory, 500);
            assertNull(factory.callInTransaction(em -> em.find(Edition.class, id)));
        }
    }

    @Test
    void theLegacyColumnOrderKeepsTheIdentityARowidAlias() throws SQLException {
        String url = "jdbc:nana:" + directory.resolve("legacy.db");
        try (EntityManagerFactory factory = new HibernatePersistenceConfiguration("editions")
                .managedClass(Edition.class)
                .jdbcUrl(url)
                .property("hibernate.column_ordering_strategy", "legacy")
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory()) {
            assertEquals("INTEGER", declaredTypeOfId(url));
            long id = persistEdition(factory, 500);
            assertEquals(500, factory.callInTransaction(em -> em.find(Edition.class, id)).getPrintRun());
        }
    }

    private static long persistEdition(EntityManagerFactory factory, int printRun) {
        return factory.callInTransaction(em -> {
            Edition edition = new Edition(printRun);
            em.persist(edition);
            return edition.getId();
        });
    }

    private static String declaredTypeOfId(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("PRAGMA table_info(Edition)")) {
            while (columns.next()) {
                if (columns.getString("name").equals("id")) {
                    return columns.getString("type");
                }
            }
        }
        throw new AssertionError("Edition has no id column");
    }
}
