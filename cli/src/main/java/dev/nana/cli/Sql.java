package dev.nana.cli;

import java.util.HexFormat;

/** SQL text the shell writes itself: quoted names and literals that SQLite reads back as the same value. */
final class Sql {
    private Sql() {}

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * {@code value} as getObject gave it (null, Integer, Long, Double, String, byte[]) as a literal of the same storage
     * class: a REAL keeps a decimal point or exponent, infinity is {@code 9e999}, a blob is {@code X'..'}.
     */
    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Double real) {
            return real.isInfinite() ? (real > 0 ? "9e999" : "-9e999") : real.toString();
        }
        if (value instanceof Number integer) {
            return integer.toString();
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
