package dev.nana.jdbc;

import dev.nana.kv.crypto.ColumnCipher;
import dev.nana.rewriter.SealedParameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encrypts the values bound to parameters that are written to, or compared with, encrypted columns. It stands
 * between nana's prepared statement and the backend's, so every setter of java.sql.PreparedStatement passes it:
 * none can slip a plaintext value past by being one this class forgot.
 */
final class ColumnSealer implements InvocationHandler {
    private final PreparedStatement raw;
    private final ColumnCipher cipher;
    private final Map<Integer, SealedParameter> byNumber = new HashMap<>();

    private ColumnSealer(PreparedStatement raw, ColumnCipher cipher, List<SealedParameter> parameters) {
        this.raw = raw;
        this.cipher = cipher;
        for (SealedParameter parameter : parameters) {
            byNumber.put(parameter.number(), parameter);
        }
    }

    /** {@code raw}, encrypting {@code parameters}; {@code raw} itself when there are none. */
    static PreparedStatement around(PreparedStatement raw, ColumnCipher cipher, List<SealedParameter> parameters) {
        if (parameters.isEmpty()) {
            return raw;
        }
        return (PreparedStatement) Proxy.newProxyInstance(ColumnSealer.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, new ColumnSealer(raw, cipher, parameters));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (args != null && args.length >= 2 && args[0] instanceof Integer index
                && method.getName().startsWith("set")) {
            SealedParameter parameter = byNumber.get(index);
            if (parameter != null) {
                bind(index, parameter, plainValue(method.getName(), args, parameter));
                return null;
            }
        }
        try {
            return method.invoke(raw, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void bind(int index, SealedParameter parameter, Object value) throws SQLException {
        if (value == null) {
            raw.setNull(index, Types.BLOB);
            return;
        }
        var column = parameter.column();
        if (parameter.compared() && cipher.keyCount() > 1) {
            // A value sealed under the older key has other bytes: the search would silently miss its rows.
            throw new SQLException(SqlErrors.NANA_PREFIX + "equality on searchable " + column.name() + " while the"
                    + " key ring holds " + cipher.keyCount() + " keys would miss values sealed under the older ones:"
                    + " run nana rekey to the end, then remove the old keys from the ring", "55000");
        }
        raw.setBytes(index, column.searchable() ? cipher.sealSearchable(column.domain(), value)
                : cipher.sealRandom(column.table(), column.column(), value));
    }

    /** The value a setter binds, as text, a long, a double or bytes (what SQLite would store); null for NULL. */
    private static Object plainValue(String setter, Object[] args, SealedParameter parameter) throws SQLException {
        // Dates and times arrive as text: nana's statement converted them (docs/types.md) before this sees them.
        Object value = setter.equals("setNull") ? null : args[1];
        try {
            if (value == null || value instanceof String || value instanceof Long || value instanceof Double
                    || value instanceof byte[] || value instanceof Boolean) {
                return value;
            }
            if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            }
            if (value instanceof Float number) {
                return number.doubleValue();
            }
            if (value instanceof BigDecimal || value instanceof Character) {
                return value.toString();
            }
            if (value instanceof Date date) { // with dateStorage=sqlite-jdbc: sqlite-jdbc's epoch milliseconds
                return date.getTime();
            }
            if (value instanceof Reader reader) {
                return read(reader, args);
            }
            if (value instanceof InputStream stream) {
                return args.length > 2 && args[2] instanceof Number length
                        ? stream.readNBytes(length.intValue()) : stream.readAllBytes();
            }
            if (value instanceof Clob clob) {
                return clob.getSubString(1, (int) clob.length());
            }
            if (value instanceof Blob blob) {
                return blob.getBytes(1, (int) blob.length());
            }
        } catch (IOException e) {
            throw new SQLDataException(SqlErrors.NANA_PREFIX + "cannot read the stream bound to encrypted "
                    + parameter.column().name() + ": " + e.getClass().getSimpleName(), "22023", e);
        }
        throw new SQLDataException(SqlErrors.NANA_PREFIX + "a " + value.getClass().getSimpleName() + " cannot be"
                + " bound to encrypted " + parameter.column().name() + " (" + setter + "): bind text, a number or"
                + " bytes", "22023");
    }

    private static String read(Reader reader, Object[] args) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        long left = args.length > 2 && args[2] instanceof Number length ? length.longValue() : Long.MAX_VALUE;
        int n;
        while (left > 0 && (n = reader.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            text.append(buffer, 0, n);
            left -= n;
        }
        return text.toString();
    }
}
