package dev.nana.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * java.time values in SQLite. Written as the text SQLite's date functions read and write
 * ({@code 2026-11-21 10:15:30.5}, instants in UTC with a {@code Z}); read back from that text with a space or
 * {@code T} and an optional offset, from integers as epoch milliseconds (what sqlite-jdbc stores for a Timestamp)
 * and from reals as Julian day numbers (SQLite's julianday()). Values without an offset are UTC, as in SQLite.
 */
final class TimeValues {
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).toFormatter();
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(TIME).toFormatter();
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .optionalStart().append(DateTimeFormatter.ISO_LOCAL_DATE).optionalEnd()
            .optionalStart().appendPattern("[ ]['T']").append(TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter();
    private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private TimeValues() {
    }

    static boolean isTimeType(Class<?> type) {
        return type == LocalDate.class || type == LocalTime.class || type == LocalDateTime.class
                || type == OffsetDateTime.class || type == OffsetTime.class || type == Instant.class
                || type == ZonedDateTime.class;
    }

    /** The value to bind: java.time values become SQLite date-time text, anything else is unchanged. */
    static Object toStorage(Object value) {
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        if (value instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (value instanceof OffsetTime time) {
            return TIME.format(time) + offset(time.getOffset());
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
        }
        if (value instanceof OffsetDateTime dateTime) {
            return toStorage(dateTime.toInstant());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return toStorage(dateTime.toInstant());
        }
        return value;
    }

    private static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "Z" : offset.getId();
    }

    /** {@code stored} (what sqlite-jdbc returned for the column) as {@code type}, one of {@link #isTimeType}. */
    static <T> T fromStorage(Object stored, Class<T> type) throws SQLException {
        if (stored == null) {
            return null;
        }
        if (stored instanceof Number number) {
            long millis = stored instanceof Double || stored instanceof Float
                    ? Math.round((number.doubleValue() - UNIX_EPOCH_JULIAN_DAY) * MILLIS_PER_DAY)
                    : number.longValue();
            return type.cast(convert(OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC), type));
        }
        if (!(stored instanceof String text)) {
            throw cannotRead(stored.getClass().getSimpleName(), type);
        }
        TemporalAccessor parsed;
        try {
            parsed = READ.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw cannotRead("text '" + text + "'", type);
        }
        boolean hasDate = parsed.isSupported(ChronoField.EPOCH_DAY);
        boolean hasTime = parsed.isSupported(ChronoField.NANO_OF_DAY);
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
        LocalTime time = hasTime ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
        if (!hasDate) {
            if (type == LocalTime.class) {
                return type.cast(time);
            }
            if (type == OffsetTime.class) {
                return type.cast(OffsetTime.of(time, offset));
            }
            throw cannotRead("a time without a date", type);
        }
        return type.cast(convert(OffsetDateTime.of(LocalDate.from(parsed), time, offset), type));
    }

    private static Object convert(OffsetDateTime value, Class<?> type) {
        OffsetDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC);
        if (type == LocalDate.class) {
            return value.toLocalDate();
        }
        if (type == LocalTime.class) {
            return value.toLocalTime();
        }
        if (type == OffsetTime.class) {
            return value.toOffsetTime();
        }
        if (type == LocalDateTime.class) {
            return utc.toLocalDateTime();
        }
        if (type == Instant.class) {
            return value.toInstant();
        }
        if (type == ZonedDateTime.class) {
            return utc.toZonedDateTime();
        }
        return utc;
    }

    private static SQLException cannotRead(String what, Class<?> type) {
        return new SQLException(SqlErrors.NANA_PREFIX + "cannot read " + what + " as " + type.getSimpleName(), "22007");
    }
}
