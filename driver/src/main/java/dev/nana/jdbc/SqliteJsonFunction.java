package dev.nana.jdbc;

import dev.nana.kv.KvCodec;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * {@code nana_json(value)}, which the rewriter wraps around every value plain SQL writes to a key-value namespace
 * ({@code kv.users}). SQLite's own json() takes JSON5 and stores Infinity as 9e999 and NaN as null; the key-value API
 * refuses those, so SQL gets the API's strict parser ({@link KvCodec#canonicalJson}). NULL stays NULL, an INTEGER or
 * REAL becomes its JSON number, a BLOB is refused.
 */
final class SqliteJsonFunction extends Function {
    static final String NAME = "nana_json";

    /** sqlite3_value_type codes. */
    private static final int INTEGER = 1;
    private static final int REAL = 2;
    private static final int BLOB = 4;
    private static final int NULL = 5;

    @Override
    protected void xFunc() throws SQLException {
        switch (value_type(0)) {
            case NULL -> result();
            case INTEGER -> result(Long.toString(value_long(0)));
            // A REAL can be infinite (the literal 1e999); its text Infinity is then refused like any other.
            case REAL -> result(KvCodec.canonicalJson(Double.toString(value_double(0))));
            case BLOB -> throw new SQLException(SqlErrors.NOT_JSON + "a BLOB");
            default -> result(KvCodec.canonicalJson(value_text(0)));
        }
    }
}
