package dev.nana.jdbc;

import dev.nana.kv.crypto.ColumnCipher;
import dev.nana.rewriter.ColumnSealing;
import dev.nana.rewriter.EncryptedColumn;
import dev.nana.rewriter.EncryptedColumns;
import dev.nana.rewriter.RejectedSqlException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Locale;

/**
 * Decrypts the encrypted columns of a result: every getter of java.sql.ResultSet passes it, so none can hand out
 * ciphertext as if it were the value. Values come back as SQLite would give them for what was bound (text, an
 * integer, a real or bytes), converted by the getter as sqlite-jdbc converts.
 */
final class ColumnOpener implements InvocationHandler {
    private final ResultSet raw;
    private final ColumnCipher cipher;
    /** By 1-based column index; null entries are plain. */
    private final EncryptedColumn[] columns;
    private boolean lastWasEncrypted;
    private boolean lastWasNull;

    private ColumnOpener(ResultSet raw, ColumnCipher cipher, EncryptedColumn[] columns) {
        this.raw = raw;
        this.cipher = cipher;
        this.columns = columns;
    }

    /**
     * Which columns of a result to decrypt, by 1-based index (null when none), from the table the database says each
     * comes from and its label. A column of a table with encrypted columns that the statement's plan does not account
     * for came through a view, which nana cannot see into: refused rather than handed out as ciphertext.
     */
    static EncryptedColumn[] columnsOf(ResultSetMetaData metaData, EncryptedColumns encrypted, ColumnSealing sealing)
            throws SQLException {
        EncryptedColumn[] found = null;
        int count = metaData.getColumnCount();
        for (int i = 1; i <= count; i++) {
            String table = metaData.getTableName(i);
            if (table == null || table.isEmpty() || !encrypted.tables().contains(table.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String origin = table.toLowerCase(Locale.ROOT);
            String label = metaData.getColumnLabel(i);
            if (sealing == null || !sealing.readTables().contains(origin) && !sealing.starTables().contains(origin)) {
                throw new SQLSyntaxErrorException(SqlErrors.NANA_PREFIX + "result column " + label + " comes from "
                        + origin + ", which has encrypted columns, through a view or another route nana cannot"
                        + " follow: select from " + origin + " itself", RejectedSqlException.ENCRYPTED_COLUMN);
            }
            EncryptedColumn column = sealing.results().get(ColumnSealing.resultKey(origin, label));
            if (column == null && sealing.starTables().contains(origin)) {
                column = encrypted.find(origin, label);
            }
            if (column != null) {
                if (found == null) {
                    found = new EncryptedColumn[count + 1];
                }
                found[i] = column;
            }
        }
        return found;
    }

    /** {@code raw}, decrypting {@code columns} (from {@link #columnsOf}); {@code raw} itself when null. */
    static ResultSet around(ResultSet raw, ColumnCipher cipher, EncryptedColumn[] columns) {
        if (columns == null) {
            return raw;
        }
        return (ResultSet) Proxy.newProxyInstance(ColumnOpener.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, new ColumnOpener(raw, cipher, columns));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (args != null && args.length >= 1 && (args[0] instanceof Integer || args[0] instanceof String)
                && (name.startsWith("get") || name.startsWith("update"))) {
            int index = args[0] instanceof Integer number ? number : raw.findColumn((String) args[0]);
            EncryptedColumn column = index >= 1 && index < columns.length ? columns[index] : null;
            if (column != null) {
                if (name.startsWith("update")) {
                    throw new SQLDataException(SqlErrors.NANA_PREFIX + "encrypted " + column.name() + " cannot be"
                            + " changed through the result set: use UPDATE with a bound parameter", "22023");
                }
                Object plain = cipher.open(column.table(), column.column(), column.domain(), raw.getObject(index));
                lastWasEncrypted = true;
                lastWasNull = plain == null;
                return convert(plain, name, args, method.getReturnType(), column);
            }
            lastWasEncrypted = false;
        }
        if (name.equals("wasNull") && lastWasEncrypted) {
            return lastWasNull;
        }
        try {
            return method.invoke(raw, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** What getter {@code name} returns for the decrypted value {@code plain} (text, Long, Double or bytes). */
    private static Object convert(Object plain, String name, Object[] args, Class<?> returns, EncryptedColumn column)
            throws SQLException {
        if (name.equals("getObject")) {
            Class<?> wanted = args.length > 1 && args[1] instanceof Class<?> type ? type : null;
            return wanted == null ? sqliteObject(plain) : as(plain, wanted, column);
        }
        if (plain == null) {
            return returns.isPrimitive() ? (returns == boolean.class ? (Object) false : as(0L, returns, column))
                    : null;
        }
        return switch (name) {
            case "getCharacterStream", "getNCharacterStream" -> new StringReader(text(plain));
            case "getBinaryStream" -> new ByteArrayInputStream(bytes(plain));
            case "getAsciiStream" -> new ByteArrayInputStream(text(plain).getBytes(StandardCharsets.US_ASCII));
            default -> as(plain, returns, column);
        };
    }

    /** sqlite-jdbc's getObject: an integer that fits is an Integer. */
    private static Object sqliteObject(Object plain) {
        if (plain instanceof Long number && number == number.intValue()) {
            return number.intValue();
        }
        return plain;
    }

    private static Object as(Object plain, Class<?> type, EncryptedColumn column) throws SQLException {
        if (plain == null) {
            return null;
        }
        try {
            if (type == String.class) {
                return text(plain);
            }
            if (type == byte[].class) {
                return bytes(plain);
            }
            if (type == long.class || type == Long.class) {
                return number(plain).longValue();
            }
            if (type == int.class || type == Integer.class) {
                return number(plain).intValue();
            }
            if (type == short.class || type == Short.class) {
                return number(plain).shortValue();
            }
            if (type == byte.class || type == Byte.class) {
                return number(plain).byteValue();
            }
            if (type == double.class || type == Double.class) {
                return number(plain).doubleValue();
            }
            if (type == float.class || type == Float.class) {
                return number(plain).floatValue();
            }
            if (type == boolean.class || type == Boolean.class) {
                return number(plain).doubleValue() != 0;
            }
            if (type == BigDecimal.class) {
                return plain instanceof Long number ? BigDecimal.valueOf(number) : new BigDecimal(text(plain));
            }
            if (type == Timestamp.class) {
                return plain instanceof Long millis ? new Timestamp(millis) : Timestamp.valueOf(text(plain));
            }
            if (type == Date.class) {
                return plain instanceof Long millis ? new Date(millis) : Date.valueOf(text(plain).substring(0, 10));
            }
            if (type == Time.class) {
                return plain instanceof Long millis ? new Time(millis) : Time.valueOf(text(plain));
            }
            if (type == Object.class) {
                return sqliteObject(plain);
            }
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw cannotConvert(column, type);
        }
        throw cannotConvert(column, type);
    }

    private static SQLException cannotConvert(EncryptedColumn column, Class<?> type) {
        return new SQLDataException(SqlErrors.NANA_PREFIX + "the value of encrypted " + column.name()
                + " cannot be read as " + type.getSimpleName(), "22018");
    }

    private static Number number(Object plain) {
        if (plain instanceof Number number) {
            return number;
        }
        String text = text(plain).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Double.parseDouble(text); // NumberFormatException is an IllegalArgumentException: cannotConvert
        }
    }

    private static String text(Object plain) {
        return plain instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : plain.toString();
    }

    private static byte[] bytes(Object plain) {
        return plain instanceof byte[] bytes ? bytes : plain.toString().getBytes(StandardCharsets.UTF_8);
    }
}
