package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every date and time setter stores the one text SQLite's date functions read and write, in UTC, so comparisons,
 * ORDER BY and date()/datetime() agree whichever setter wrote a value; every getter reads that text, epoch integers
 * and Julian days. The JVM runs in Europe/Paris here (restored afterwards), where the zone rule shows.
 */
class DateTimeStorageTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 12:30:45.5 in Paris in summer (UTC+2): 10:30:45.500 in UTC. */
    private static final LocalDateTime LOCAL = LocalDateTime.of(2025, 6, 1, 12, 30, 45, 500_000_000);
    private static final Instant INSTANT = LOCAL.atZone(PARIS).toInstant();
    private static final String STORED = "2025-06-01 10:30:45.500";

    @TempDir
    Path dir;
    private TimeZone jvmZone;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(PARIS));
        connection = open(new Properties());
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, how TEXT, at)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        TimeZone.setDefault(jvmZone);
    }

    private Connection open(Properties properties) throws SQLException {
        return DriverManager.getConnection("jdbc:nana:" + dir.resolve("dates.db"), properties);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private void insert(String how, Binder binder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO t(how, at) VALUES (?, ?)")) {
            ps.setString(1, how);
            binder.bind(ps, 2);
            ps.executeUpdate();
        }
    }

    /** "how: typeof(at) at" per row, in insertion order. */
    private List<String> stored() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT how, typeof(at), at FROM t ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + ": " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    private static Calendar calendar(String zone) {
        return new GregorianCalendar(TimeZone.getTimeZone(zone));
    }

    @Test
    void everyDateTimeSetterStoresTheSameUtcText() throws SQLException {
        List<String> hows = new ArrayList<>();
        List<Binder> binders = List.of(
                (ps, i) -> ps.setObject(i, LOCAL),
                (ps, i) -> ps.setObject(i, INSTANT),
                (ps, i) -> ps.setObject(i, INSTANT.atOffset(ZoneOffset.ofHours(-5))),
                (ps, i) -> ps.setObject(i, INSTANT.atZone(ZoneId.of("Asia/Tokyo"))),
                (ps, i) -> ps.setTimestamp(i, Timestamp.valueOf(LOCAL)),
                (ps, i) -> ps.setTimestamp(i, Timestamp.from(INSTANT), calendar("UTC")),
                (ps, i) -> ps.setTimestamp(i, Timestamp.from(INSTANT), calendar("America/Los_Angeles")),
                (ps, i) -> ps.setObject(i, Timestamp.valueOf(LOCAL)),
                (ps, i) -> ps.setObject(i, Timestamp.valueOf(LOCAL), Types.TIMESTAMP),
                (ps, i) -> ps.setObject(i, java.util.Date.from(INSTANT)),
                (ps, i) -> {
                    Calendar at = calendar("Asia/Tokyo");
                    at.setTimeInMillis(INSTANT.toEpochMilli());
                    ps.setObject(i, at);
                },
                (ps, i) -> ps.setObject(i, "2025-06-01T10:30:45.5", Types.TIMESTAMP),
                (ps, i) -> ps.setObject(i, "2025-06-01 12:30:45.5+02:00", Types.TIMESTAMP_WITH_TIMEZONE));
        for (int n = 0; n < binders.size(); n++) {
            insert("setter " + n, binders.get(n));
            hows.add("setter " + n + ": text " + STORED);
        }
        assertEquals(hows, stored());
    }

    @Test
    void batchesStoreTheSameText() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO t(how, at) VALUES (?, ?)")) {
            ps.setString(1, "timestamp");
            ps.setTimestamp(2, Timestamp.valueOf(LOCAL));
            ps.addBatch();
            ps.setString(1, "local");
            ps.setObject(2, LOCAL);
            ps.addBatch();
            ps.setString(1, "date");
            ps.setDate(2, Date.valueOf(LOCAL.toLocalDate()));
            ps.addBatch();
            ps.executeBatch();
        }
        assertEquals(List.of("timestamp: text " + STORED, "local: text " + STORED, "date: text 2025-06-01"), stored());
    }

    @Test
    void datesAndTimesOfDayNeverShift() throws SQLException {
        LocalDate day = LocalDate.of(2025, 1, 1);
        LocalTime time = LocalTime.of(0, 15, 30, 250_000_000);
        insert("setDate", (ps, i) -> ps.setDate(i, Date.valueOf(day)));
        insert("setDate in the JVM zone", (ps, i) -> ps.setDate(i, Date.valueOf(day), calendar("Europe/Paris")));
        insert("setDate in UTC", (ps, i) -> ps.setDate(i, new Date(day.atStartOfDay(ZoneOffset.UTC)
                .toInstant().toEpochMilli()), calendar("UTC")));
        insert("LocalDate", (ps, i) -> ps.setObject(i, day));
        insert("java.sql.Date", (ps, i) -> ps.setObject(i, Date.valueOf(day)));
        insert("date string", (ps, i) -> ps.setObject(i, "2025-01-01", Types.DATE));
        insert("setTime", (ps, i) -> ps.setTime(i, new Time(Time.valueOf("00:15:30").getTime() + 250)));
        insert("LocalTime", (ps, i) -> ps.setObject(i, time));
        insert("OffsetTime", (ps, i) -> ps.setObject(i, OffsetTime.of(time.plusHours(2), ZoneOffset.ofHours(2))));
        assertEquals(List.of("setDate: text 2025-01-01", "setDate in the JVM zone: text 2025-01-01",
                "setDate in UTC: text 2025-01-01", "LocalDate: text 2025-01-01", "java.sql.Date: text 2025-01-01",
                "date string: text 2025-01-01", "setTime: text 00:15:30.250", "LocalTime: text 00:15:30.250",
                "OffsetTime: text 00:15:30.250"), stored());
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT at FROM t ORDER BY id")) {
            for (int row = 0; row < 6; row++) {
                assertTrue(rs.next());
                assertEquals(Date.valueOf(day), rs.getDate(1));
                assertEquals(day, rs.getObject(1, LocalDate.class));
                assertEquals(new Date(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()),
                        rs.getDate(1, calendar("UTC")));
            }
            for (int row = 0; row < 3; row++) {
                assertTrue(rs.next());
                assertEquals(time, rs.getObject(1, LocalTime.class));
                assertEquals(new Time(Time.valueOf("00:15:30").getTime() + 250), rs.getTime(1));
                assertEquals(time.atOffset(ZoneOffset.UTC), rs.getObject(1, OffsetTime.class));
            }
        }
    }

    @Test
    void fractionsHaveOneSpellingThatSortsAsTheValues() throws SQLException {
        LocalDateTime second = LocalDateTime.of(2025, 1, 1, 0, 0);
        for (int nanos : new int[] {999_999_999, 0, 500_000_000, 120_000_000, 123_456_000, 1}) {
            insert(String.valueOf(nanos), (ps, i) -> ps.setObject(i, second.plusNanos(nanos), Types.TIMESTAMP));
        }
        insert("next second", (ps, i) -> ps.setObject(i, second.plusSeconds(1)));
        List<String> ordered = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT at FROM t ORDER BY at")) {
            while (rs.next()) {
                ordered.add(rs.getString(1));
            }
        }
        String utc = "2024-12-31 23:00:";
        assertEquals(List.of(utc + "00", utc + "00.000000001", utc + "00.120", utc + "00.123456", utc + "00.500",
                utc + "00.999999999", utc + "01"), ordered);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM t WHERE how IN ('0', 'next second')"
                     + " AND at = datetime(at)")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "whole seconds are spelt as datetime() spells them");
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM t WHERE how IN ('500000000', '120000000')"
                     + " AND at = strftime('%Y-%m-%d %H:%M:%f', at)")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "milliseconds are spelt as SQLite's %f spells them");
        }
    }

    @Test
    void valuesReadBackThroughEveryGetter() throws SQLException {
        insert("timestamp", (ps, i) -> ps.setTimestamp(i, Timestamp.valueOf(LOCAL)));
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT at, datetime(at), date(at) FROM t")) {
            assertTrue(rs.next());
            assertEquals(STORED, rs.getString(1));
            assertEquals(STORED, rs.getObject(1), "getObject without a class gives what sqlite-jdbc gives: the text");
            assertEquals("2025-06-01 10:30:45", rs.getString(2));
            assertEquals(Timestamp.valueOf(LOCAL), rs.getTimestamp(1));
            assertEquals(Timestamp.valueOf(LOCAL), rs.getTimestamp("at"));
            assertEquals(Timestamp.from(INSTANT), rs.getTimestamp(1, calendar("UTC")));
            assertEquals(Timestamp.valueOf(LOCAL), rs.getObject(1, Timestamp.class));
            assertEquals(LOCAL, rs.getObject(1, LocalDateTime.class));
            assertEquals(INSTANT, rs.getObject(1, Instant.class));
            assertEquals(INSTANT.atOffset(ZoneOffset.UTC), rs.getObject(1, OffsetDateTime.class));
            assertEquals(INSTANT.atZone(ZoneOffset.UTC), rs.getObject(1, ZonedDateTime.class));
            assertEquals(LOCAL.toLocalDate(), rs.getObject(1, LocalDate.class));
            assertEquals(Date.valueOf(LOCAL.toLocalDate()), rs.getDate(1));
            assertEquals(LOCAL.toLocalTime(), rs.getObject(1, LocalTime.class));
            assertEquals(Timestamp.valueOf(LOCAL.withNano(0)), rs.getTimestamp(2), "datetime() reads as stored");
            assertEquals(Date.valueOf("2025-06-01"), rs.getDate(3));
        }
    }

    @Test
    void epochIntegersAndJulianDaysStillRead() throws SQLException {
        long millis = INSTANT.toEpochMilli();
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO t(how, at) VALUES ('epoch', " + millis + ")");
            s.execute("INSERT INTO t(how, at) VALUES ('julian', julianday('2025-06-01 10:30:45.500'))");
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT at, typeof(at) FROM t ORDER BY id")) {
            for (String type : new String[] {"integer", "real"}) {
                assertTrue(rs.next());
                assertEquals(type, rs.getString(2));
                assertEquals(Timestamp.from(INSTANT), rs.getTimestamp(1));
                assertEquals(INSTANT, rs.getObject(1, Instant.class));
                assertEquals(LOCAL, rs.getObject(1, LocalDateTime.class));
                assertEquals(Date.valueOf(LOCAL.toLocalDate()), rs.getDate(1));
            }
        }
        Properties seconds = new Properties();
        seconds.setProperty("date_precision", "SECONDS");
        try (Connection inSeconds = open(seconds); Statement s = inSeconds.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + millis / 1000)) {
            assertTrue(rs.next());
            assertEquals(INSTANT.minusMillis(500), rs.getObject(1, Instant.class),
                    "sqlite-jdbc's date_precision says what an integer counts");
        }
    }

    @Test
    void textThatIsNoDateIsRefusedNamingIt() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT 'soon', '10:15'")) {
            assertTrue(rs.next());
            for (SQLException e : List.of(assertThrows(SQLException.class, () -> rs.getTimestamp(1)),
                    assertThrows(SQLException.class, () -> rs.getDate(1)),
                    assertThrows(SQLException.class, () -> rs.getObject(1, LocalDateTime.class)),
                    assertThrows(SQLException.class, () -> rs.getTimestamp(2)))) {
                assertEquals("22007", e.getSQLState());
                assertTrue(e.getMessage().startsWith("nana: cannot read "), e.getMessage());
            }
            assertTrue(assertThrows(SQLException.class, () -> rs.getTimestamp(1)).getMessage().contains("'soon'"));
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO t(at) VALUES (?)")) {
            SQLException e = assertThrows(SQLException.class, () -> ps.setObject(1, "tomorrow", Types.TIMESTAMP));
            assertEquals("22007", e.getSQLState());
            assertTrue(e.getMessage().contains("'tomorrow'"), e.getMessage());
        }
    }

    @Test
    void yearsSqliteCannotReadAreRefused() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO t(at) VALUES (?)")) {
            for (Binder binder : List.<Binder>of((p, i) -> p.setObject(i, LocalDate.of(10_000, 1, 1)),
                    (p, i) -> p.setObject(i, Instant.parse("-0001-06-01T00:00:00Z")),
                    (p, i) -> p.setTimestamp(i, Timestamp.valueOf(LocalDateTime.of(12_000, 1, 1, 0, 0))))) {
                SQLException e = assertThrows(SQLException.class, () -> binder.bind(ps, 1));
                assertEquals("22008", e.getSQLState());
            }
        }
    }

    @Test
    void nullsStayNull() throws SQLException {
        insert("setNull", (ps, i) -> ps.setNull(i, Types.TIMESTAMP));
        insert("setTimestamp", (ps, i) -> ps.setTimestamp(i, null));
        insert("setDate", (ps, i) -> ps.setDate(i, null, calendar("UTC")));
        insert("setObject", (ps, i) -> ps.setObject(i, null, Types.TIMESTAMP));
        assertEquals(List.of("setNull: null null", "setTimestamp: null null", "setDate: null null",
                "setObject: null null"), stored());
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT at FROM t")) {
            assertTrue(rs.next());
            assertNull(rs.getTimestamp(1));
            assertTrue(rs.wasNull());
            assertNull(rs.getObject(1, LocalDateTime.class));
        }
    }

    /**
     * Hibernate binds a LocalDateTime as setTimestamp(Timestamp.valueOf(value)); in the autumn hour that happens twice
     * that picks the later instant, and setObject agrees. A Timestamp made from the earlier instant keeps it.
     */
    @Test
    void theHourThatHappensTwiceAgrees() throws SQLException {
        LocalDateTime twice = LocalDateTime.of(2025, 10, 26, 2, 30);
        Instant earlier = twice.atZone(PARIS).withEarlierOffsetAtOverlap().toInstant();
        insert("setObject", (ps, i) -> ps.setObject(i, twice));
        insert("valueOf", (ps, i) -> ps.setTimestamp(i, Timestamp.valueOf(twice)));
        insert("earlier", (ps, i) -> ps.setTimestamp(i, Timestamp.from(earlier)));
        assertEquals(List.of("setObject: text 2025-10-26 01:30:00", "valueOf: text 2025-10-26 01:30:00",
                "earlier: text 2025-10-26 00:30:00"), stored());
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT at FROM t WHERE how = 'earlier'")) {
            assertTrue(rs.next());
            assertEquals(earlier, rs.getTimestamp(1).toInstant());
            assertEquals(twice, rs.getObject(1, LocalDateTime.class));
        }
    }

    @Test
    void comparisonsWithSqliteFunctionsAgree() throws SQLException {
        Instant now = Instant.now();
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO t(how, at) VALUES ('sql now', datetime('now'))");
        }
        insert("an hour ago", (ps, i) -> ps.setObject(i, LocalDateTime.now().minusHours(1)));
        insert("a day ago", (ps, i) -> ps.setTimestamp(i, Timestamp.from(now.minusSeconds(86_400))));
        List<Binder> tenMinutesAgo = List.of(
                (ps, i) -> ps.setObject(i, LocalDateTime.ofInstant(now.minusSeconds(600), PARIS)),
                (ps, i) -> ps.setObject(i, now.minusSeconds(600)),
                (ps, i) -> ps.setTimestamp(i, Timestamp.from(now.minusSeconds(600))));
        for (Binder binder : tenMinutesAgo) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT how FROM t WHERE at > ? ORDER BY at")) {
                binder.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("sql now", rs.getString(1));
                    assertFalse(rs.next());
                }
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT how FROM t WHERE at > datetime('now', '-2 hours') ORDER BY at")) {
            assertTrue(rs.next());
            assertEquals("an hour ago", rs.getString(1));
            assertTrue(rs.next());
            assertEquals("sql now", rs.getString(1));
            assertFalse(rs.next());
        }
    }

    @Test
    void aConfiguredZoneIsWhereLocalDateTimesAre() throws SQLException {
        connection.close();
        Properties utc = new Properties();
        utc.setProperty("localTimeZone", "UTC");
        connection = open(utc);
        insert("setObject", (ps, i) -> ps.setObject(i, LOCAL));
        insert("setTimestamp", (ps, i) -> ps.setTimestamp(i, Timestamp.valueOf(LOCAL)));
        insert("instant", (ps, i) -> ps.setObject(i, INSTANT));
        assertEquals(List.of("setObject: text 2025-06-01 12:30:45.500", "setTimestamp: text 2025-06-01 12:30:45.500",
                "instant: text " + STORED), stored());
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT at FROM t")) {
            assertTrue(rs.next());
            assertEquals(LOCAL, rs.getObject(1, LocalDateTime.class));
            assertEquals(Timestamp.valueOf(LOCAL), rs.getTimestamp(1));
        }
    }

    @Test
    void dateStorageSqliteJdbcKeepsItsEpochMilliseconds() throws SQLException {
        connection.close();
        Properties old = new Properties();
        old.setProperty("dateStorage", "sqlite-jdbc");
        connection = open(old);
        Timestamp timestamp = Timestamp.from(INSTANT);
        insert("setTimestamp", (ps, i) -> ps.setTimestamp(i, timestamp));
        insert("setDate", (ps, i) -> ps.setDate(i, new Date(timestamp.getTime())));
        insert("LocalDateTime", (ps, i) -> ps.setObject(i, LOCAL));
        assertEquals(List.of("setTimestamp: integer " + timestamp.getTime(), "setDate: integer " + timestamp.getTime(),
                "LocalDateTime: text " + STORED), stored());
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT at FROM t")) {
            assertTrue(rs.next());
            assertEquals(timestamp, rs.getTimestamp(1));
        }
    }

    /** sqlite-jdbc's SQLiteConfig always carries these: they alone do not bring back its form. */
    @Test
    void sqliteJdbcDateKeysAloneKeepTheText() throws SQLException {
        connection.close();
        Properties keys = new Properties();
        keys.setProperty("date_class", "INTEGER");
        keys.setProperty("date_precision", "MILLISECONDS");
        keys.setProperty("date_string_format", "yyyy-MM-dd HH:mm:ss.SSS");
        connection = open(keys);
        insert("setTimestamp", (ps, i) -> ps.setTimestamp(i, Timestamp.valueOf(LOCAL)));
        assertEquals(List.of("setTimestamp: text " + STORED), stored());
    }

    @Test
    void badDatePropertiesAreRefused() {
        for (String[] bad : new String[][] {{"dateStorage", "epoch"}, {"localTimeZone", "Mars/Olympus_Mons"}}) {
            Properties properties = new Properties();
            properties.setProperty(bad[0], bad[1]);
            SQLException e = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection("jdbc:nana:" + dir.resolve("bad.db"), properties));
            assertEquals(SqlErrors.INVALID_PROPERTY, e.getSQLState());
            assertTrue(e.getMessage().contains(bad[0]), e.getMessage());
        }
    }

    @Test
    void encryptedColumnsSealTheSameText() throws SQLException {
        connection.close();
        Properties encrypted = new Properties();
        encrypted.setProperty("encryptionKey", EncryptedColumnsTest.key(3));
        encrypted.setProperty("encrypt.searchable", "t.at");
        connection = open(encrypted);
        insert("setTimestamp", (ps, i) -> ps.setTimestamp(i, Timestamp.valueOf(LOCAL)));
        insert("setObject", (ps, i) -> ps.setObject(i, INSTANT));
        try (PreparedStatement ps = connection.prepareStatement("SELECT how, at FROM t WHERE at = ? ORDER BY id")) {
            ps.setObject(1, LOCAL);
            try (ResultSet rs = ps.executeQuery()) {
                for (String how : new String[] {"setTimestamp", "setObject"}) {
                    assertTrue(rs.next());
                    assertEquals(how, rs.getString(1));
                    assertEquals(STORED, rs.getString(2));
                    assertEquals(LOCAL, rs.getObject(2, LocalDateTime.class));
                    assertEquals(Timestamp.valueOf(LOCAL), rs.getTimestamp(2));
                }
                assertFalse(rs.next());
            }
        }
    }
}
