package dev.nana.kv;

import dev.nana.kv.crypto.ValueCipher;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a namespace's value column holds JSON text: as the text itself (NanaSQLite's plain format), or sealed by a
 * {@link ValueCipher} into a BLOB bound to its namespace and key.
 */
interface ValueColumn {
    ValueColumn PLAIN = new ValueColumn() {
        @Override
        public void bind(PreparedStatement statement, int index, String key, String json) throws SQLException {
            statement.setString(index, json);
        }

        @Override
        public String read(ResultSet rows, int index, String key) throws SQLException {
            String json = rows.getString(index);
            return json == null ? "null" : json;
        }
    };

    void bind(PreparedStatement statement, int index, String key, String json) throws SQLException;

    /** The JSON text of a row's value; {@code "null"} for SQL NULL. */
    String read(ResultSet rows, int index, String key) throws SQLException;

    /**
     * Values sealed by {@code cipher} for {@code namespace}. A plaintext value is refused unless
     * {@code readPlaintext}: then it reads as it is, and its next write seals it.
     */
    static ValueColumn sealed(ValueCipher cipher, String namespace, boolean readPlaintext) {
        return new ValueColumn() {
            @Override
            public void bind(PreparedStatement statement, int index, String key, String json) throws SQLException {
                statement.setBytes(index, cipher.seal(namespace, key, json.getBytes(StandardCharsets.UTF_8)));
            }

            @Override
            public String read(ResultSet rows, int index, String key) throws SQLException {
                Object stored = rows.getObject(index);
                if (stored instanceof byte[] sealed) {
                    return new String(cipher.open(namespace, key, sealed), StandardCharsets.UTF_8);
                }
                if (stored == null) {
                    return "null";
                }
                if (!readPlaintext) {
                    throw ValueCipher.plaintextRefused(namespace, key);
                }
                return stored.toString();
            }
        };
    }
}
