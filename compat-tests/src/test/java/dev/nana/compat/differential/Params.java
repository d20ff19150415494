package dev.nana.compat.differential;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/** The values of a {@code params:} line, and how each is bound (the Java class decides the setter). */
final class Params {

    private Params() {}

    static List<Object> parse(String text, String where) {
        List<Object> values = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException(where + ": unterminated string parameter");
                    }
                    if (text.charAt(i) == '\'') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.append(text.charAt(i++));
                }
                values.add(value.toString());
            } else {
                int end = text.indexOf(',', i);
                end = end < 0 ? text.length() : end;
                values.add(literal(text.substring(i, end).strip(), where));
                i = end;
            }
        }
        return Collections.unmodifiableList(values);
    }

    private static Object literal(String token, String where) {
        if (token.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (token.equals("true") || token.equals("false")) {
            return Boolean.valueOf(token);
        }
        if ((token.startsWith("x'") || token.startsWith("X'")) && token.endsWith("'")) {
            return HexFormat.of().parseHex(token.substring(2, token.length() - 1));
        }
        try {
            if (token.endsWith("L")) {
                return Long.parseLong(token.substring(0, token.length() - 1));
            }
            if (token.matches("-?\\d+")) {
                long value = Long.parseLong(token);
                return value == (int) value ? (Object) (int) value : (Object) value;
            }
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not a parameter value: " + token, e);
        }
    }

    static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Integer integer) {
                statement.setInt(index, integer);
            } else if (value instanceof Long integer) {
                statement.setLong(index, integer);
            } else if (value instanceof Double real) {
                statement.setDouble(index, real);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(index, bytes);
            } else {
                statement.setBoolean(index, (Boolean) value);
            }
        }
    }
}
