package dev.nana.jdbc;

import java.math.BigDecimal;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * A value pgjdbc's getObject returned, as sqlite-jdbc would return it: SQLite has integers, reals, text and blobs,
 * so an application written for it sees Integer (when the value fits in 32 bits) or Long, Double, String, byte[]
 * and null, and nothing else (docs/postgresql.md#values).
 */
final class ValueNormaliser {
    private ValueNormaliser() {
    }

    static Object normalise(Object value) {
        if (value == null || value instanceof String || value instanceof byte[] || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return integer(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal(decimal);
        }
        if (value instanceof Float real) {
            // By the float's shortest text, not its binary widening: 0.1 stays 0.1, not 0.10000000149011612.
            return Double.valueOf(real.toString());
        }
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate() + " "
                    + TimeValues.timeText(timestamp.toLocalDateTime().toLocalTime());
        }
        if (value instanceof Time time) {
            return TimeValues.timeText(time.toLocalTime());
        }
        // java.sql.Date's text is ISO yyyy-MM-dd; PGobject (json, interval, ...), UUID and arrays give theirs too.
        return value.toString();
    }

    /** sqlite-jdbc's getObject: an integer is an Integer when it fits, else a Long. */
    private static Object integer(long value) {
        if (value == (int) value) {
            return (int) value; // not a conditional expression, which would widen the Integer back to a Long
        }
        return value;
    }

    /**
     * An integral numeric (sum over bigint, numeric(p, 0)) is an integer, as SQLite's would be; one with a
     * fraction, or too large for 64 bits, is a real.
     */
    private static Object decimal(BigDecimal decimal) {
        if (decimal.scale() <= 0) {
            try {
                return integer(decimal.longValueExact());
            } catch (ArithmeticException e) {
                return decimal.doubleValue();
            }
        }
        return decimal.doubleValue();
    }
}
