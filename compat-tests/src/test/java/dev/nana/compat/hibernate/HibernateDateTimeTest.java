package dev.nana.compat.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One table written through Hibernate, JdbcTemplate-style setObject, setTimestamp and plain SQL datetime('now'):
 * range queries from each side, JPQL and JDBC, return the same rows, and each side reads back what the others wrote,
 * in a UTC JVM and in JVMs west and east of it.
 */
class HibernateDateTimeTest {
    private static final LocalDateTime JANUARY = LocalDateTime.of(2025, 1, 1, 0, 0);
    private static final LocalDateTime OLD = LocalDateTime.of(2000, 1, 1, 9, 0);
    private static final LocalDateTime SPRING = LocalDateTime.of(2025, 3, 1, 10, 0, 0, 250_000_000);

    @TempDir
    Path directory;
    private final TimeZone jvmZone = TimeZone.getDefault();
    private String url;
    private EntityManagerFactory factory;

    @AfterEach
    void shutDown() {
        if (factory != null) {
            factory.close();
        }
        TimeZone.setDefault(jvmZone);
    }

    private void bootstrap(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        url = "jdbc:nana:" + directory.resolve("events.db");
        factory = new HibernatePersistenceConfiguration("events")
                .managedClasses(Event.class)
                .jdbcUrl(url)
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory();
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** Rows written by every path: each of Hibernate, setObject and setTimestamp writes an old and a spring value. */
    private void writeFromEverySide() throws SQLException {
        factory.runInTransaction(em -> {
            em.persist(new Event("hibernate old", OLD, instant(OLD), OLD.toLocalDate()));
            em.persist(new Event("hibernate spring", SPRING, instant(SPRING), SPRING.toLocalDate()));
        });
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO events(name, createdAt, seenAt, day) VALUES (?, ?, ?, ?)")) {
            for (LocalDateTime value : List.of(OLD.plusHours(1), SPRING.plusHours(1))) {
                insert.setString(1, "setObject " + (value.getYear() == 2000 ? "old" : "spring"));
                insert.setObject(2, value);
                insert.setObject(3, instant(value));
                insert.setObject(4, value.toLocalDate());
                insert.addBatch();
                insert.setString(1, "setTimestamp " + (value.getYear() == 2000 ? "old" : "spring"));
                insert.setTimestamp(2, Timestamp.valueOf(value.plusHours(1)));
                insert.setTimestamp(3, Timestamp.from(instant(value.plusHours(1))));
                insert.setDate(4, java.sql.Date.valueOf(value.toLocalDate()));
                insert.addBatch();
            }
            insert.executeBatch();
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO events(name, createdAt, seenAt, day)"
                        + " VALUES ('sql now', datetime('now'), datetime('now'), date('now'))");
            }
        }
    }

    private List<String> jdbcNames(String sql, Object parameter) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter instanceof Timestamp timestamp) {
                query.setTimestamp(1, timestamp);
            } else if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private List<String> jpqlNames(String where, Object parameter) {
        return factory.callInTransaction(em -> em.createQuery(
                        "select e.name from Event e where " + where + " order by e.createdAt", String.class)
                .setParameter("t", parameter).getResultList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/Los_Angeles", "Asia/Kolkata"})
    void rangeQueriesFromEverySideReturnTheSameRows(String zone) throws SQLException {
        bootstrap(zone);
        writeFromEverySide();
        List<String> since2025 = List.of("hibernate spring", "setObject spring", "setTimestamp spring", "sql now");
        assertEquals(since2025, jpqlNames("e.createdAt > :t", JANUARY));
        assertEquals(since2025, jpqlNames("e.seenAt > :t", instant(JANUARY)));
        assertEquals(since2025, jpqlNames("e.day > :t", JANUARY.toLocalDate()));
        String jdbc = "SELECT name FROM events WHERE createdAt > ? ORDER BY createdAt";
        assertEquals(since2025, jdbcNames(jdbc, JANUARY));
        assertEquals(since2025, jdbcNames(jdbc, Timestamp.valueOf(JANUARY)));
        assertEquals(since2025, jdbcNames(jdbc, instant(JANUARY)));
        assertEquals(since2025, jdbcNames("SELECT name FROM events WHERE seenAt > ? ORDER BY seenAt", JANUARY));
        assertEquals(since2025, jdbcNames("SELECT name FROM events WHERE createdAt > '2025-01-02' ORDER BY createdAt",
                null));

        List<String> lastHour = List.of("sql now");
        LocalDateTime anHourAgo = LocalDateTime.now().minusHours(1);
        assertEquals(lastHour, jpqlNames("e.createdAt > :t", anHourAgo));
        assertEquals(lastHour, jdbcNames(jdbc, anHourAgo));
        assertEquals(lastHour, jdbcNames(jdbc, Timestamp.valueOf(anHourAgo)));
        assertEquals(lastHour, jdbcNames(
                "SELECT name FROM events WHERE createdAt > datetime('now', '-1 hour') ORDER BY createdAt", null));
        long upToNow = factory.callInTransaction(em -> em.createQuery(
                "select count(e) from Event e where e.createdAt <= current_timestamp", Long.class).getSingleResult());
        assertEquals(7, upToNow);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/Los_Angeles", "Asia/Kolkata"})
    void everySideReadsWhatTheOthersWrote(String zone) throws SQLException {
        bootstrap(zone);
        writeFromEverySide();
        List<Event> events = factory.callInTransaction(em -> em.createQuery(
                "select e from Event e where e.name <> 'sql now' order by e.createdAt", Event.class).getResultList());
        List<String> read = new ArrayList<>();
        for (Event event : events) {
            assertEquals(instant(event.getCreatedAt()), event.getSeenAt(), event.getName());
            read.add(event.getName() + " " + event.getCreatedAt() + " " + event.getDay());
        }
        assertEquals(List.of("hibernate old " + OLD + " 2000-01-01", "setObject old " + OLD.plusHours(1) + " 2000-01-01",
                "setTimestamp old " + OLD.plusHours(2) + " 2000-01-01",
                "hibernate spring " + SPRING + " 2025-03-01",
                "setObject spring " + SPRING.plusHours(1) + " 2025-03-01",
                "setTimestamp spring " + SPRING.plusHours(2) + " 2025-03-01"), read);

        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, createdAt, seenAt, typeof(createdAt),"
                     + " datetime(createdAt) = datetime(seenAt), day FROM events WHERE name LIKE 'hibernate%'"
                     + " ORDER BY id")) {
            for (LocalDateTime written : List.of(OLD, SPRING)) {
                assertTrue(rows.next());
                assertEquals(written, rows.getObject("createdAt", LocalDateTime.class));
                assertEquals(Timestamp.valueOf(written), rows.getTimestamp("createdAt"));
                assertEquals(instant(written), rows.getObject("seenAt", Instant.class));
                assertEquals(rows.getString("createdAt"), rows.getString("seenAt"),
                        "a LocalDateTime and its instant are stored as one text");
                assertEquals("text", rows.getString(4));
                assertEquals(1, rows.getInt(5));
                assertEquals(written.toLocalDate(), rows.getObject("day", LocalDate.class));
            }
        }
    }
}
