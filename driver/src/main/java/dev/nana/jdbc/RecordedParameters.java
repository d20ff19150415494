package dev.nana.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Remembers the values bound to an INSERT ... SELECT that runs row by row ({@code RowCopy}): they are bound again, by
 * the same setter, to the copy's own SELECT, which then seals what its plan says.
 */
final class RecordedParameters implements InvocationHandler {
    record Call(Method setter, Object[] args) {
    }

    private final PreparedStatement raw;
    private Map<Integer, Call> bound = new TreeMap<>();
    private final List<Map<Integer, Call>> batch = new ArrayList<>();

    private RecordedParameters(PreparedStatement raw) {
        this.raw = raw;
    }

    static RecordedParameters around(PreparedStatement raw) {
        return new RecordedParameters(raw);
    }

    /** The statement to hand to nana's PreparedStatement: its setters record here. */
    PreparedStatement statement() {
        return (PreparedStatement) Proxy.newProxyInstance(RecordedParameters.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (args != null && args.length >= 2 && args[0] instanceof Integer index && name.startsWith("set")) {
            bound.put(index, new Call(method, args.clone()));
            return null;
        }
        if (name.equals("clearParameters")) {
            bound.clear();
            return null;
        }
        if (name.equals("addBatch") && args == null) {
            batch.add(bound);
            bound = new TreeMap<>(bound);
            return null;
        }
        if (name.equals("clearBatch")) {
            batch.clear();
            return null;
        }
        try {
            return method.invoke(raw, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The values bound now, as one batch entry per {@link #takeBatch} would give them. */
    Map<Integer, Call> current() {
        return bound;
    }

    /** The entries added with addBatch since the last call; the batch is then empty. */
    List<Map<Integer, Call>> takeBatch() {
        List<Map<Integer, Call>> entries = new ArrayList<>(batch);
        batch.clear();
        return entries;
    }

    /** Binds {@code values} to {@code target} with the setters that bound them here. */
    static void bind(Map<Integer, Call> values, PreparedStatement target) throws SQLException {
        for (Call call : values.values()) {
            try {
                call.setter().invoke(target, call.args());
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new SQLException(SqlErrors.NANA_PREFIX + "binding a parameter failed: " + e.getCause(),
                        SqlErrors.DRIVER, e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("java.sql.PreparedStatement's setters are public", e);
            }
        }
    }
}
