package dev.nana.rewriter;

import java.util.List;

/**
 * One statement ready to run.
 *
 * @param sql            the text to send to the database (one statement, no trailing semicolon): as written, except
 *                       that key-value namespace references are rewritten (see {@link KvAccess}); on another
 *                       {@link Target}, as that target's rules rewrote it
 * @param kind           what it is
 * @param parameterCount what sqlite3_bind_parameter_count would say: {@code ?}, {@code ?NNN}, {@code :a}, {@code @a},
 *                       {@code $a} numbered as SQLite numbers them (the rewrite keeps the numbers)
 * @param kv             how it uses the key-value schema; null when it names no namespace
 * @param sealing        the parameters to encrypt and result columns to decrypt; null when it moves no value of an
 *                       encrypted column
 * @param insertion      for an INSERT or REPLACE, what it inserts into; else null
 * @param parameters     on a target other than SQLite: which application parameter each {@code ?} of {@code sql}
 *                       takes, in order ({@code sql} then holds only plain {@code ?}); null on SQLite, where
 *                       {@code sql} keeps the application's parameters and numbers. {@code parameterCount},
 *                       {@code kv} and {@code sealing} always count in the application's numbers.
 * @param resultTransforms what the driver does to result columns so they read as on SQLite, in column order; empty
 *                       on SQLite
 */
public record PlannedStatement(String sql, StatementKind kind, int parameterCount, KvAccess kv,
                               ColumnSealing sealing, Insertion insertion, ParameterMap parameters,
                               List<ResultTransform> resultTransforms) {

    public PlannedStatement {
        resultTransforms = List.copyOf(resultTransforms);
    }

    /** A statement planned for SQLite. */
    public PlannedStatement(String sql, StatementKind kind, int parameterCount, KvAccess kv,
                            ColumnSealing sealing, Insertion insertion) {
        this(sql, kind, parameterCount, kv, sealing, insertion, null, List.of());
    }

    /** A statement that names no key-value namespace and no encrypted column. */
    public PlannedStatement(String sql, StatementKind kind, int parameterCount) {
        this(sql, kind, parameterCount, null, null, null, null, List.of());
    }
}
