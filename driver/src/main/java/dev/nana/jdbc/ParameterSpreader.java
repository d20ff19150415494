package dev.nana.jdbc;

import dev.nana.rewriter.ParameterMap;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the application's parameters, numbered as SQLite numbers them, to the positions of the rewritten
 * statement ({@link ParameterMap}): a parameter a rule moved goes to its new place, one it repeats to every place.
 * It stands in front of the backend's statement, so every setter of java.sql.PreparedStatement passes it.
 */
final class ParameterSpreader implements InvocationHandler {
    private final PreparedStatement raw;
    /** positions[n - 1]: where application parameter n goes. */
    private final int[][] positions;

    private ParameterSpreader(PreparedStatement raw, int[][] positions) {
        this.raw = raw;
        this.positions = positions;
    }

    /** {@code raw}, spreading parameters by {@code map}; {@code raw} itself when the map changes nothing. */
    static PreparedStatement around(PreparedStatement raw, ParameterMap map, int applicationParameters) {
        if (map == null || (map.isIdentity() && map.size() == applicationParameters)) {
            return raw;
        }
        List<List<Integer>> byParameter = new ArrayList<>();
        for (int n = 0; n < applicationParameters; n++) {
            byParameter.add(new ArrayList<>());
        }
        for (int position = 1; position <= map.size(); position++) {
            byParameter.get(map.source(position) - 1).add(position);
        }
        int[][] positions = new int[applicationParameters][];
        for (int n = 0; n < applicationParameters; n++) {
            positions[n] = byParameter.get(n).stream().mapToInt(Integer::intValue).toArray();
        }
        return (PreparedStatement) Proxy.newProxyInstance(ParameterSpreader.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, new ParameterSpreader(raw, positions));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (args != null && args.length >= 2 && args[0] instanceof Integer index
                && method.getName().startsWith("set")) {
            if (index < 1 || index > positions.length) {
                throw new SQLException(SqlErrors.NANA_PREFIX + "parameter index " + index + " is out of range: the"
                        + " statement has " + positions.length + " parameters", "07009");
            }
            int[] targets = positions[index - 1];
            if (targets.length > 1 && (args[1] instanceof java.io.InputStream || args[1] instanceof java.io.Reader)) {
                // A stream reads once: the second place would silently get what is left of it, nothing.
                throw new SQLException(SqlErrors.NANA_PREFIX + "parameter " + index + " is used " + targets.length
                        + " times in the statement on this database; bind it as a value, not a stream", "22023");
            }
            for (int position : targets) {
                Object[] moved = args.clone();
                moved[0] = position;
                call(method, moved);
            }
            return null;
        }
        return call(method, args);
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(raw, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
