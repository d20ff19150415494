package dev.nana.rewriter;

import java.util.List;

/**
 * What the lexer learned about one statement of a script.
 *
 * @param sql            the statement as written, without surrounding comments and semicolon
 * @param kind           what it is
 * @param effectiveKind  what runs: for EXPLAIN, the explained statement (a PRAGMA takes effect even when explained)
 * @param parameterCount as sqlite3_bind_parameter_count
 * @param functions      lower-case names of the functions it calls, in order
 * @param pragma         for a (possibly explained) PRAGMA, what it does; else null
 * @param vacuumInto     a VACUUM INTO, which writes a copy of the database to a file
 * @param leadingWord    its first token when that is a bare word (for messages), else null
 * @param kv             what the key-value rewrite made of it; null when it names no namespace
 * @param problem        the first thing in it SQLite cannot read, or null
 * @param sealing        what the driver encrypts and decrypts for it; null when it moves no encrypted value
 * @param sealingRefusal why it cannot run on encrypted columns, or null
 * @param insertion      for an INSERT or REPLACE, what it inserts into; else null
 * @param target         what the pipeline's target rules made of it; null for SQLite
 */
record StatementFacts(String sql, StatementKind kind, StatementKind effectiveKind, int parameterCount,
                      List<String> functions, PragmaRules.Use pragma, boolean vacuumInto, String leadingWord,
                      KvTables.Rewrite kv, Tokens.Problem problem, ColumnSealing sealing,
                      Rejection sealingRefusal, Insertion insertion, TargetRewriter.TargetSql target) {

    PlannedStatement planned() {
        if (target != null) {
            return new PlannedStatement(target.sql(), kind, parameterCount, null, sealing, insertion,
                    target.parameters(), target.transforms());
        }
        return kv == null ? new PlannedStatement(sql, kind, parameterCount, null, sealing, insertion)
                : new PlannedStatement(kv.sql(), kind, parameterCount, kv.access(), sealing, insertion);
    }
}
