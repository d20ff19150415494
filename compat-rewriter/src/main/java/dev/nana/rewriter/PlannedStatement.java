package dev.nana.rewriter;

/**
 * One statement ready to run.
 *
 * @param sql            the text to send to the database (one statement, no trailing semicolon)
 * @param kind           what it is
 * @param parameterCount what sqlite3_bind_parameter_count would say: {@code ?}, {@code ?NNN}, {@code :a}, {@code @a},
 *                       {@code $a} numbered as SQLite numbers them
 */
public record PlannedStatement(String sql, StatementKind kind, int parameterCount) {
}
