package dev.nana.rewriter;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** SQLite's 147 keywords (mkkeywordhash.c). Matching is ASCII case-insensitive, like SQLite's. */
public enum Keyword {
    ABORT, ACTION, ADD, AFTER, ALL, ALTER, ALWAYS, ANALYZE, AND, AS, ASC, ATTACH, AUTOINCREMENT,
    BEFORE, BEGIN, BETWEEN, BY, CASCADE, CASE, CAST, CHECK, COLLATE, COLUMN, COMMIT, CONFLICT, CONSTRAINT,
    CREATE, CROSS, CURRENT, CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP, DATABASE, DEFAULT, DEFERRABLE,
    DEFERRED, DELETE, DESC, DETACH, DISTINCT, DO, DROP, EACH, ELSE, END, ESCAPE, EXCEPT, EXCLUDE, EXCLUSIVE,
    EXISTS, EXPLAIN, FAIL, FILTER, FIRST, FOLLOWING, FOR, FOREIGN, FROM, FULL, GENERATED, GLOB, GROUP, GROUPS,
    HAVING, IF, IGNORE, IMMEDIATE, IN, INDEX, INDEXED, INITIALLY, INNER, INSERT, INSTEAD, INTERSECT, INTO, IS,
    ISNULL, JOIN, KEY, LAST, LEFT, LIKE, LIMIT, MATCH, MATERIALIZED, NATURAL, NO, NOT, NOTHING, NOTNULL, NULL,
    NULLS, OF, OFFSET, ON, OR, ORDER, OTHERS, OUTER, OVER, PARTITION, PLAN, PRAGMA, PRECEDING, PRIMARY, QUERY,
    RAISE, RANGE, RECURSIVE, REFERENCES, REGEXP, REINDEX, RELEASE, RENAME, REPLACE, RESTRICT, RETURNING, RIGHT,
    ROLLBACK, ROW, ROWS, SAVEPOINT, SELECT, SET, TABLE, TEMP, TEMPORARY, THEN, TIES, TO, TRANSACTION, TRIGGER,
    UNBOUNDED, UNION, UNIQUE, UPDATE, USING, VACUUM, VALUES, VIEW, VIRTUAL, WHEN, WHERE, WINDOW, WITH, WITHOUT;

    /**
     * Keywords that never name a function when followed by {@code (}: SQLite 3.54 answers {@code SELECT kw(1)} and
     * {@code SELECT * FROM kw(1)} with a syntax error or treats them as syntax (CAST, RAISE, EXISTS, NOT, ALL...).
     * Every other keyword falls back to an identifier there and is looked up as a function.
     */
    private static final Set<Keyword> NEVER_A_FUNCTION = EnumSet.of(
            ADD, ALL, ALTER, AND, AS, AUTOINCREMENT, BETWEEN, CASE, CAST, CHECK, COLLATE, COMMIT, CONSTRAINT, CREATE,
            DEFAULT, DEFERRABLE, DELETE, DISTINCT, DROP, ELSE, ESCAPE, EXCEPT, EXISTS, FOREIGN, FROM, GROUP, HAVING,
            IN, INDEX, INSERT, INTERSECT, INTO, IS, ISNULL, JOIN, LIMIT, NOT, NOTHING, NOTNULL, NULL, ON, OR, ORDER,
            PRIMARY, RAISE, REFERENCES, RETURNING, SELECT, SET, TABLE, THEN, TO, TRANSACTION, UNION, UNIQUE, UPDATE,
            USING, VALUES, WHEN, WHERE);

    private static final int MAX_LENGTH = 17; // CURRENT_TIMESTAMP
    private static final Keyword[] BY_HASH = new Keyword[512];

    static {
        for (Keyword k : values()) {
            int slot = hash(k.name(), 0, k.name().length()) & (BY_HASH.length - 1);
            while (BY_HASH[slot] != null) {
                slot = (slot + 1) & (BY_HASH.length - 1);
            }
            BY_HASH[slot] = k;
        }
    }

    private final String lowerCase = name().toLowerCase(Locale.ROOT);

    /** False for keywords SQLite never reads as a name (CAST, NOT, SELECT...); the others fall back to identifiers. */
    public boolean canNameFunction() {
        return !NEVER_A_FUNCTION.contains(this);
    }

    String lowerCase() {
        return lowerCase;
    }

    /** The keyword spelled by {@code text[from, to)}, or null. Allocation-free: it runs for every bare word. */
    static Keyword lookup(String text, int from, int to) {
        int length = to - from;
        if (length < 2 || length > MAX_LENGTH) {
            return null;
        }
        for (int slot = hash(text, from, to) & (BY_HASH.length - 1); BY_HASH[slot] != null;
             slot = (slot + 1) & (BY_HASH.length - 1)) {
            Keyword k = BY_HASH[slot];
            if (k.lowerCase.length() == length && matches(k.lowerCase, text, from)) {
                return k;
            }
        }
        return null;
    }

    private static boolean matches(String lowerCase, String text, int from) {
        for (int i = 0; i < lowerCase.length(); i++) {
            if (Ascii.toLower(text.charAt(from + i)) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + Ascii.toLower(text.charAt(i));
        }
        return h ^ (h >>> 9);
    }
}
