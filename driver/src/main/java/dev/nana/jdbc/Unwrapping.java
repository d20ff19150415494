package dev.nana.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;

/**
 * unwrap/isWrapperFor for every nana wrapper: nana's own type first, then the backend object it wraps. Every
 * backend object leads to the raw connection and so around the policy, so they are handed out only while
 * {@link NanaProperty#ALLOW_BACKEND_UNWRAP} allows it.
 */
final class Unwrapping {
    private Unwrapping() {
    }

    static <T> T unwrap(Object wrapper, Object raw, boolean backendAllowed, Class<T> type) throws SQLException {
        if (type.isInstance(wrapper)) {
            return type.cast(wrapper);
        }
        if (type.isInstance(raw)) {
            if (!backendAllowed) {
                throw new SQLSyntaxErrorException(SqlErrors.NANA_PREFIX + "unwrap to " + type.getName()
                        + " is refused: " + NanaProperty.ALLOW_BACKEND_UNWRAP.propertyName() + " is false, and the"
                        + " backend's objects run SQL without the policy", SqlErrors.POLICY);
            }
            return type.cast(raw);
        }
        throw SqlErrors.misuse("not a wrapper for " + type.getName());
    }

    static boolean isWrapperFor(Object wrapper, Object raw, boolean backendAllowed, Class<?> type) {
        return type.isInstance(wrapper) || backendAllowed && type.isInstance(raw);
    }

    /**
     * An object of the backend as {@code type}: itself while backend objects may be handed out, else behind a proxy
     * of {@code type} alone. sqlite-jdbc's metadata objects are its result sets and statements, and its Clob an inner
     * object of its result set.
     */
    static <T> T hidden(Class<T> type, T raw, boolean backendAllowed, ErrorTranslator errors) {
        if (backendAllowed || raw == null) {
            return raw;
        }
        return type.cast(Proxy.newProxyInstance(Unwrapping.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> call(proxy, raw, errors, method, args)));
    }

    private static Object call(Object proxy, Object raw, ErrorTranslator errors, Method method, Object[] args)
            throws Throwable {
        switch (method.getName()) {
            case "unwrap":
                return unwrap(proxy, raw, false, (Class<?>) args[0]);
            case "isWrapperFor":
                return isWrapperFor(proxy, raw, false, (Class<?>) args[0]);
            default:
                try {
                    return method.invoke(raw, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof SQLException failure ? errors.translate(failure) : e.getCause();
                }
        }
    }
}
