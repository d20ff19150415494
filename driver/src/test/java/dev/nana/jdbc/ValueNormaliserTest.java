package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** pgjdbc's getObject values become sqlite-jdbc's: compared as Class:value, so the class counts. */
class ValueNormaliserTest {
    private static void assertBecomes(Object expected, Object given) {
        Object normalised = ValueNormaliser.normalise(given);
        assertEquals(expected.getClass().getSimpleName() + ":" + expected,
                normalised.getClass().getSimpleName() + ":" + normalised, "normalising " + given);
    }

    @Test
    void integersAreIntegerWhenTheyFitElseLong() {
        assertBecomes(7, (short) 7);
        assertBecomes(7, 7);
        assertBecomes(7, 7L);
        assertBecomes(Integer.MAX_VALUE, (long) Integer.MAX_VALUE);
        assertBecomes(Integer.MIN_VALUE, (long) Integer.MIN_VALUE);
        assertBecomes(1L + Integer.MAX_VALUE, 1L + Integer.MAX_VALUE);
        assertBecomes(Long.MIN_VALUE, Long.MIN_VALUE);
    }

    @Test
    void integralNumericIsAnIntegerByValue() {
        assertBecomes(6, new BigDecimal("6")); // sum(int8)
        assertBecomes(6_000_000_000L, new BigDecimal("6000000000"));
        assertBecomes(100, new BigDecimal("1E+2"));
        assertBecomes(1.8446744073709552E19, new BigDecimal("18446744073709551616"));
    }

    @Test
    void numericWithAFractionIsADouble() {
        assertBecomes(2.5, new BigDecimal("2.5000000000000000")); // avg(int8)
        assertBecomes(3.0, new BigDecimal("3.0")); // 1.5 * 2, a real in SQLite too
    }

    @Test
    void realsAreDoubleFromTheirShortestText() {
        assertBecomes(0.1, 0.1f);
        assertBecomes(0.1, 0.1);
    }

    @Test
    void booleansAreOneAndZero() {
        assertBecomes(1, true);
        assertBecomes(0, false);
    }

    @Test
    void textBlobsAndNullStayAsTheyAre() {
        assertBecomes("abc", "abc");
        byte[] bytes = {1, 2, 3};
        assertArrayEquals(bytes, (byte[]) ValueNormaliser.normalise(bytes));
        assertNull(ValueNormaliser.normalise(null));
    }

    @Test
    void datesTimesAndOtherTypesAreText() {
        assertBecomes("2024-02-29", Date.valueOf(LocalDate.of(2024, 2, 29)));
        assertBecomes("13:45:00", Time.valueOf(LocalTime.of(13, 45)));
        assertBecomes("2024-02-29 13:45:00.250",
                Timestamp.valueOf(LocalDateTime.of(2024, 2, 29, 13, 45, 0, 250_000_000)));
        UUID id = UUID.fromString("0b0e5c1e-8d0f-4c4a-9d3e-2f1a0b9c8d7e");
        assertBecomes(id.toString(), id);
    }
}
