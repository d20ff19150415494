package dev.nana.jdbc;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Locale;

/**
 * How one connection stores dates and times (docs/types.md). Every date, time and date-time value, whichever setter
 * binds it, becomes the one text SQLite's date functions read and write: {@code 2026-11-21}, {@code 10:15:30} or
 * {@code 2026-11-21 10:15:30.500}, date-times in UTC without a suffix, a fraction only when non-zero. Java's zone-less
 * date-times ({@code LocalDateTime}, a {@code Timestamp}'s fields) are in {@link #zone()}; dates and times of day are
 * calendar values and never shift. Read back from that text (also with a {@code T} or an offset), from integers as
 * epoch milliseconds (sqlite-jdbc's form) and from reals as Julian day numbers (SQLite's julianday()).
 */
final class TimeValues {
    /** The value of dateStorage that leaves java.sql and java.util dates to sqlite-jdbc. */
    static final String SQLITE_JDBC_STORAGE = "sqlite-jdbc";
    static final TimeValues DEFAULT = new TimeValues(null, false, 1);

    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .optionalStart().append(DateTimeFormatter.ISO_LOCAL_DATE).optionalEnd()
            .optionalStart().appendPattern("[ ]['T']HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    /** Null: the JVM's default zone at the time of each conversion, as java.sql.Timestamp uses it. */
    private final ZoneId configuredZone;
    private final boolean sqliteJdbcStorage;
    /** Milliseconds in one unit of an integer date (sqlite-jdbc's date_precision: 1, or 1000 for SECONDS). */
    private final long integerUnitMillis;

    TimeValues(ZoneId configuredZone, boolean sqliteJdbcStorage, long integerUnitMillis) {
        this.configuredZone = configuredZone;
        this.sqliteJdbcStorage = sqliteJdbcStorage;
        this.integerUnitMillis = integerUnitMillis;
    }

    /** The same rules, reading integer dates in units of {@code millis} milliseconds. */
    TimeValues withIntegerUnit(long millis) {
        return new TimeValues(configuredZone, sqliteJdbcStorage, millis);
    }

    /** java.sql.Date, Time and Timestamp are bound and read by sqlite-jdbc, as before nana stored dates as text. */
    boolean sqliteJdbcStorage() {
        return sqliteJdbcStorage;
    }

    /** The zone of zone-less date-times. */
    ZoneId zone() {
        return configuredZone != null ? configuredZone : ZoneId.systemDefault();
    }

    static boolean isTimeType(Class<?> type) {
        return type == LocalDate.class || type == LocalTime.class || type == LocalDateTime.class
                || type == OffsetDateTime.class || type == OffsetTime.class || type == Instant.class
                || type == ZonedDateTime.class;
    }

    static boolean isSqlTimeType(Class<?> type) {
        return type == Timestamp.class || type == java.sql.Date.class || type == Time.class;
    }

    // ---- writing

    /**
     * The value to bind: dates and times become their text (java.sql and java.util ones only without
     * {@link #sqliteJdbcStorage}); a String bound with a date or time {@code targetSqlType} is read as stored text
     * and written in that type's form; anything else is unchanged.
     */
    Object toStorage(Object value, int targetSqlType) throws SQLException {
        if (value instanceof String text && !sqliteJdbcStorage) {
            return switch (targetSqlType) {
                case Types.DATE -> dateText(fromStorage(text, LocalDate.class));
                case Types.TIME, Types.TIME_WITH_TIMEZONE -> timeText(fromStorage(text, LocalTime.class));
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> instantText(fromStorage(text, Instant.class));
                default -> text;
            };
        }
        return toStorage(value);
    }

    Object toStorage(Object value) throws SQLException {
        if (value instanceof LocalDate date) {
            return dateText(date);
        }
        if (value instanceof LocalTime time) {
            return timeText(time);
        }
        if (value instanceof LocalDateTime dateTime) {
            // The later offset in an autumn overlap, as Timestamp.valueOf(dateTime) picks: the two paths agree.
            return instantText(dateTime.atZone(zone()).withLaterOffsetAtOverlap().toInstant());
        }
        if (value instanceof OffsetTime time) {
            return timeText(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime());
        }
        if (value instanceof Instant instant) {
            return instantText(instant);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return instantText(dateTime.toInstant());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return instantText(dateTime.toInstant());
        }
        if (sqliteJdbcStorage) {
            return value;
        }
        if (value instanceof java.sql.Date date) {
            return dateText(date, null);
        }
        if (value instanceof Time time) {
            return timeText(time, null);
        }
        if (value instanceof Timestamp timestamp) {
            return timestampText(timestamp, null);
        }
        if (value instanceof java.util.Date date) {
            return instantText(date.toInstant());
        }
        if (value instanceof Calendar calendar) {
            return instantText(calendar.toInstant());
        }
        return value;
    }

    /** Without a calendar, the date the value's fields show; with one, the date its instant falls on there. */
    String dateText(java.sql.Date date, Calendar calendar) throws SQLException {
        return dateText(calendar == null ? date.toLocalDate()
                : LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), calendar.getTimeZone().toZoneId()));
    }

    /** Like {@link #dateText(java.sql.Date, Calendar)}, keeping the milliseconds a java.sql.Time holds. */
    String timeText(Time time, Calendar calendar) throws SQLException {
        return timeText(calendar == null
                ? time.toLocalTime().withNano((int) Math.floorMod(time.getTime(), 1000L) * 1_000_000)
                : LocalTime.ofInstant(Instant.ofEpochMilli(time.getTime()), calendar.getTimeZone().toZoneId()));
    }

    /**
     * Without a calendar, the date-time the Timestamp's fields show (how Timestamp.valueOf builds one from a
     * LocalDateTime), in {@link #zone()}: when that is the JVM's zone, the instant the Timestamp holds. With a
     * calendar, the instant itself: the stored text has a zone, UTC, so the calendar has nothing to add.
     */
    String timestampText(Timestamp timestamp, Calendar calendar) throws SQLException {
        if (calendar != null) {
            return instantText(timestamp.toInstant());
        }
        ZoneId zone = zone();
        LocalDateTime fields = timestamp.toLocalDateTime();
        Instant held = timestamp.toInstant();
        // In an autumn overlap the fields name two instants: the one the Timestamp holds is meant.
        return instantText(LocalDateTime.ofInstant(held, zone).equals(fields) ? held
                : fields.atZone(zone).withLaterOffsetAtOverlap().toInstant());
    }

    /** SQLite's date functions know the years 0000 to 9999 only: another would be text they cannot read. */
    private static String dateText(LocalDate date) throws SQLException {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new SQLDataException(SqlErrors.NANA_PREFIX + "the date " + date + " is outside the years 0000 to"
                    + " 9999 that SQLite's date functions read", "22008");
        }
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** HH:MM:SS, and a fraction of 3, 6 or 9 digits when non-zero: one text per value, ordered as the values are. */
    static String timeText(LocalTime time) {
        String text = String.format(Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        int nano = time.getNano();
        if (nano == 0) {
            return text;
        }
        int digits = nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
        return text + String.format(Locale.ROOT, ".%09d", nano).substring(0, digits + 1);
    }

    private static String instantText(Instant instant) throws SQLException {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return dateText(utc.toLocalDate()) + ' ' + timeText(utc.toLocalTime());
    }

    // ---- reading

    /** {@code stored} (what sqlite-jdbc returned for the column) as {@code type}: {@link #isTimeType} or java.sql. */
    <T> T fromStorage(Object stored, Class<T> type) throws SQLException {
        return fromStorage(stored, type, null);
    }

    /**
     * With a calendar (getDate/getTime/getTimestamp(column, calendar)), a java.sql.Date or Time is the one at that
     * date or time of day in the calendar's zone; a Timestamp is the stored instant.
     */
    <T> T fromStorage(Object stored, Class<T> type, Calendar calendar) throws SQLException {
        if (stored == null) {
            return null;
        }
        Object value;
        try {
            value = convert(parse(stored, type), type, calendar == null ? null : calendar.getTimeZone().toZoneId());
        } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
            value = null;
        }
        if (value == null) {
            throw cannotRead(describe(stored), type);
        }
        return type.cast(value);
    }

    /** A stored value: a date and a time of day, either absent (not both), and the offset the text gave, or null. */
    private record Parsed(LocalDate date, LocalTime time, ZoneOffset offset) {
        Instant instant() {
            return LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time)
                    .toInstant(offset == null ? ZoneOffset.UTC : offset);
        }
    }

    private Parsed parse(Object stored, Class<?> type) throws SQLException {
        if (stored instanceof Number number) {
            Instant instant = stored instanceof Double || stored instanceof Float
                    ? Instant.ofEpochMilli(Math.round((number.doubleValue() - UNIX_EPOCH_JULIAN_DAY) * MILLIS_PER_DAY))
                    : Instant.ofEpochMilli(Math.multiplyExact(number.longValue(), integerUnitMillis));
            LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            return new Parsed(utc.toLocalDate(), utc.toLocalTime(), null);
        }
        if (!(stored instanceof String text)) {
            throw cannotRead(describe(stored), type);
        }
        TemporalAccessor fields;
        try {
            fields = READ.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw cannotRead(describe(stored), type);
        }
        LocalDate date = fields.isSupported(ChronoField.EPOCH_DAY) ? LocalDate.from(fields) : null;
        LocalTime time = fields.isSupported(ChronoField.NANO_OF_DAY) ? LocalTime.from(fields) : null;
        if (date == null && time == null) {
            throw cannotRead(describe(stored), type);
        }
        return new Parsed(date, time,
                fields.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(fields) : null);
    }

    /**
     * A date alone is a calendar value for LocalDate and java.sql.Date and its midnight UTC for the rest, as SQLite's
     * datetime() reads it; a time alone is a time of day (an offset moves it to UTC) and has no date: null for the
     * types that need one.
     */
    private Object convert(Parsed parsed, Class<?> type, ZoneId calendarZone) {
        if (parsed.date() == null) {
            LocalTime time = parsed.offset() == null ? parsed.time()
                    : parsed.time().atOffset(parsed.offset()).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
            if (type == LocalTime.class) {
                return time;
            }
            if (type == OffsetTime.class) {
                return time.atOffset(ZoneOffset.UTC);
            }
            return type == Time.class ? sqlTime(time, calendarZone) : null;
        }
        if (parsed.time() == null && parsed.offset() == null) {
            if (type == LocalDate.class) {
                return parsed.date();
            }
            if (type == java.sql.Date.class) {
                return sqlDate(parsed.date(), calendarZone);
            }
        }
        Instant instant = parsed.instant();
        ZoneId zone = calendarZone != null ? calendarZone : zone();
        if (type == Instant.class) {
            return instant;
        }
        if (type == OffsetDateTime.class) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (type == ZonedDateTime.class) {
            return instant.atZone(ZoneOffset.UTC);
        }
        if (type == OffsetTime.class) {
            return instant.atOffset(ZoneOffset.UTC).toOffsetTime();
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(instant, zone);
        }
        if (type == LocalDate.class) {
            return LocalDate.ofInstant(instant, zone);
        }
        if (type == LocalTime.class) {
            return LocalTime.ofInstant(instant, zone);
        }
        if (type == java.sql.Date.class) {
            return sqlDate(LocalDate.ofInstant(instant, zone), calendarZone);
        }
        if (type == Time.class) {
            return sqlTime(LocalTime.ofInstant(instant, zone), calendarZone);
        }
        if (calendarZone != null) {
            return Timestamp.from(instant);
        }
        // The Timestamp showing the date-time in the zone; the one holding the instant when it shows the same.
        LocalDateTime fields = LocalDateTime.ofInstant(instant, zone);
        Timestamp held = Timestamp.from(instant);
        return held.toLocalDateTime().equals(fields) ? held : Timestamp.valueOf(fields);
    }

    private static java.sql.Date sqlDate(LocalDate date, ZoneId calendarZone) {
        return calendarZone == null ? java.sql.Date.valueOf(date)
                : new java.sql.Date(date.atStartOfDay(calendarZone).toInstant().toEpochMilli());
    }

    private static Time sqlTime(LocalTime time, ZoneId calendarZone) {
        long millis = calendarZone == null ? Time.valueOf(time.withNano(0)).getTime()
                : LocalDate.EPOCH.atTime(time.withNano(0)).atZone(calendarZone).toInstant().toEpochMilli();
        return new Time(millis + time.getNano() / 1_000_000);
    }

    private static String describe(Object stored) {
        return stored instanceof String text ? "text '" + text + "'"
                : stored instanceof Number number ? "the number " + number : "a " + stored.getClass().getSimpleName();
    }

    private static SQLException cannotRead(String what, Class<?> type) {
        return new SQLDataException(SqlErrors.NANA_PREFIX + "cannot read " + what + " as " + type.getSimpleName(),
                "22007");
    }
}
