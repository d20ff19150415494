package dev.nana.compat.slt;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/** Formats result values and hashes them exactly as SQLite's reference runner (slt_sqlite.c) does. */
final class SltValues {

    static final String NULL = "NULL";
    static final String EMPTY = "(empty)";

    /** SQLite's printf shows at most 16 significant digits and pads the rest with zeros. */
    private static final MathContext PRINTF_DIGITS = new MathContext(16, RoundingMode.HALF_UP);
    private static final int REAL_DECIMALS = 3;

    private SltValues() {}

    /**
     * One value of the current row, for a type character of the query's type string. {@code I} goes through
     * {@code getInt}, which sqlite-jdbc answers with {@code sqlite3_column_int} just like the reference: reals are
     * truncated, text is read up to its numeric prefix and 64-bit integers keep their low 32 bits.
     */
    static String format(ResultSet row, int column, char type) throws SQLException {
        switch (type) {
            case 'I':
                int integer = row.getInt(column);
                return row.wasNull() ? NULL : Integer.toString(integer);
            case 'R':
                double real = row.getDouble(column);
                return row.wasNull() ? NULL : formatReal(real);
            case 'T':
                String text = row.getString(column);
                return text == null ? NULL : formatText(text);
            default:
                throw new IllegalArgumentException("unknown type character '" + type + "'");
        }
    }

    /**
     * {@code sqlite3_snprintf("%.3f")} as SQLite 3.54 computes it (sqlite3FpDecode): the double first becomes a
     * decimal of 18 or 19 significant digits, which is then rounded half-up to three decimals or to 16
     * significant digits, whichever keeps fewer. Identical to SQLite below 1e19 (checked on millions of random
     * values); above it SQLite's 64-bit approximation of powers of ten can round a tie the other way.
     */
    static String formatReal(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        double magnitude = Math.abs(value);
        // sqlite3Fp2Convert10 scales by 10^(17 - floor(log10(2^exponent))), with SQLite's integer log10(2).
        int decimalScale = 17 - ((Math.getExponent(magnitude) * 78913) >> 18);
        BigDecimal digits = new BigDecimal(magnitude).setScale(decimalScale, RoundingMode.HALF_EVEN);
        int digitsKept = digits.precision() - digits.scale() + REAL_DECIMALS;
        BigDecimal rounded = digitsKept > PRINTF_DIGITS.getPrecision()
                ? digits.round(PRINTF_DIGITS)
                : digits.setScale(REAL_DECIMALS, RoundingMode.HALF_UP);
        // The sign is printed for any negative value, even one that rounds to zero.
        return (value < 0 ? "-" : "") + rounded.setScale(REAL_DECIMALS).toPlainString();
    }

    /** Text with every UTF-8 byte outside 0x20-0x7e replaced by {@code @}; empty text is {@code (empty)}. */
    static String formatText(String text) {
        // The reference handles C strings: the value ends at its first NUL.
        int nul = text.indexOf('\0');
        String visible = nul < 0 ? text : text.substring(0, nul);
        if (visible.isEmpty()) {
            return EMPTY;
        }
        StringBuilder printable = new StringBuilder();
        for (byte b : visible.getBytes(UTF_8)) {
            printable.append(b >= 0x20 && b <= 0x7e ? (char) b : '@');
        }
        return printable.toString();
    }

    /** The line that stands for a result of more values than the hash threshold. */
    static String hashLine(List<String> values) {
        return values.size() + " values hashing to " + md5(values);
    }

    /** MD5 in lower-case hex over every value followed by a newline. */
    static String md5(List<String> values) {
        MessageDigest md5 = md5Digest();
        for (String value : values) {
            md5.update(value.getBytes(UTF_8));
            md5.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    private static MessageDigest md5Digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }
}
