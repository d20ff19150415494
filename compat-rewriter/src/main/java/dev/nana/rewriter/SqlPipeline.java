package dev.nana.rewriter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lex, check policy, rewrite key-value namespace references ({@code kv.users}, see {@link KvAccess}), plan.
 * Thread-safe. Plans are cached by SQL text in a bounded Caffeine cache per pipeline; rejections are cached as well,
 * so a repeated bad statement is cheap to refuse.
 */
public final class SqlPipeline {
    private static final ConcurrentHashMap<Key, SqlPipeline> SHARED = new ConcurrentHashMap<>();
    /**
     * Longer SQL is planned every time instead of cached: the cache is bounded by entries, and a few thousand
     * generated multi-megabyte scripts would otherwise pin gigabytes. Lexing stays linear, and such text is
     * rarely sent twice.
     */
    static final int MAX_CACHED_SQL_LENGTH = 16 * 1024;

    private final PolicyConfig config;
    private final Target target;
    private final Policy policy;
    private final EncryptedColumns encrypted;
    /** Null when the key-value schema is off. */
    private final KvTables kvTables;
    /** Null when caching is off. */
    private final Cache<String, Verdict> verdicts;

    private SqlPipeline(PolicyConfig config, String kvSchema, int planCacheSize, EncryptedColumns encrypted,
                        Target target) {
        this.config = config;
        this.target = target;
        this.encrypted = encrypted;
        this.policy = new Policy(config);
        this.kvTables = kvSchema == null ? null : new KvTables(kvSchema);
        // Maintenance (eviction) on the calling thread: a stream of distinct SQL evicts on every insert, and handing
        // each eviction to the common pool costs a thread hand-off per statement on a small machine.
        this.verdicts = planCacheSize == 0 ? null
                : Caffeine.newBuilder().maximumSize(planCacheSize).executor(Runnable::run).build();
    }

    /**
     * The shared pipeline for this configuration (one per distinct policy, key-value schema and cache size in the JVM).
     *
     * @param kvSchema      the schema name under which key-value namespaces are addressed ({@code kv.users}),
     *                      compared ASCII case-insensitively; null turns that rewrite off
     * @param planCacheSize how many distinct SQL strings to remember (plans and rejections); 0 disables caching
     * @throws IllegalArgumentException when kvSchema is not a plain identifier ({@code [A-Za-z_][A-Za-z0-9_]*}) or is
     *                                  main or temp, or planCacheSize is negative
     */
    public static SqlPipeline shared(PolicyConfig policy, String kvSchema, int planCacheSize) {
        return shared(policy, kvSchema, planCacheSize, EncryptedColumns.NONE);
    }

    /**
     * The same, for connections that encrypt {@code encrypted}: statements naming their tables are parsed, checked
     * and planned with {@link ColumnSealing}.
     */
    public static SqlPipeline shared(PolicyConfig policy, String kvSchema, int planCacheSize,
                                     EncryptedColumns encrypted) {
        return shared(policy, kvSchema, planCacheSize, encrypted, Target.SQLITE);
    }

    /**
     * The same, planning for {@code target}: on a target other than SQLite every statement passes that target's
     * rules ({@link Target#rules()}), so its {@link PlannedStatement#sql()} is the target's SQL and
     * {@link PlannedStatement#parameters()} says how to bind it; what a rule cannot rewrite with SQLite's result is
     * refused with {@link RejectedSqlException#TARGET_UNSUPPORTED}.
     */
    public static SqlPipeline shared(PolicyConfig policy, String kvSchema, int planCacheSize,
                                     EncryptedColumns encrypted, Target target) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(encrypted, "encrypted");
        Objects.requireNonNull(target, "target");
        if (planCacheSize < 0) {
            throw new IllegalArgumentException("planCacheSize must not be negative: " + planCacheSize);
        }
        String schema = kvSchema == null ? null : KvTables.schemaName(kvSchema);
        return SHARED.computeIfAbsent(new Key(policy, schema, planCacheSize, encrypted, target),
                key -> new SqlPipeline(policy, schema, planCacheSize, encrypted, target));
    }

    public PolicyConfig policy() {
        return config;
    }

    public Target target() {
        return target;
    }

    /** The plan for {@code sql}, or the reason it may not run. Every statement is checked before this returns. */
    public Plan plan(String sql) throws RejectedSqlException {
        if (sql == null || verdicts == null || sql.length() > MAX_CACHED_SQL_LENGTH) {
            return planOnce(sql);
        }
        return verdicts.get(sql, this::decide).planOrThrow();
    }

    /**
     * The plan for SQL that is likely to run once (a plain Statement's text): a cached plan or rejection is used,
     * but a new one is not cached, so one-off dynamic SQL neither pays for cache insertion nor evicts the plans of
     * prepared statements, which are the ones reused.
     */
    public Plan planOnce(String sql) throws RejectedSqlException {
        if (sql == null) {
            throw new RejectedSqlException("nana: SQL text is null", RejectedSqlException.UNREADABLE);
        }
        Verdict cached = verdicts == null ? null : verdicts.getIfPresent(sql);
        return (cached != null ? cached : decide(sql)).planOrThrow();
    }

    /** Whether {@code sql} has a cached plan or rejection. */
    boolean isCached(String sql) {
        return verdicts != null && verdicts.getIfPresent(sql) != null;
    }

    private Verdict decide(String sql) {
        ScriptAnalyzer.Script script = ScriptAnalyzer.analyze(sql, kvTables, encrypted, target);
        Rejection rejection = policy.firstViolation(script);
        if (rejection != null) {
            return new Verdict(null, rejection);
        }
        List<PlannedStatement> planned = new ArrayList<>(script.statements().size());
        for (StatementFacts statement : script.statements()) {
            planned.add(statement.planned());
        }
        return new Verdict(new Plan(planned), null);
    }

    private record Key(PolicyConfig policy, String kvSchema, int planCacheSize, EncryptedColumns encrypted,
                       Target target) {
    }

    /** Exactly one of plan and rejection is set. */
    private record Verdict(Plan plan, Rejection rejection) {
        Plan planOrThrow() throws RejectedSqlException {
            if (rejection != null) {
                throw rejection.toException();
            }
            return plan;
        }
    }
}
