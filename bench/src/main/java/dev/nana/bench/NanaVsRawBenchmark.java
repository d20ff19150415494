package dev.nana.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each benchmark runs once per driver ({@link BenchDatabase#driver}); the ratio nana/raw is what matters.
 * Settings fit a shared 2-core VM: one fork, short iterations, about 2.5 minutes for the whole suite; {@link Report}
 * runs it in rounds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class NanaVsRawBenchmark {
    static final int BATCH_ROWS = 100_000;

    @Benchmark
    public void pointSelectReusedStatement(BenchDatabase db, Blackhole bh) throws SQLException {
        db.pointSelect.setInt(1, BenchDatabase.randomId());
        consumeRow(db.pointSelect.executeQuery(), bh);
    }

    @Benchmark
    public void pointSelectPreparePerCall(BenchDatabase db, Blackhole bh) throws SQLException {
        try (PreparedStatement select = db.connection.prepareStatement(BenchDatabase.POINT_SELECT)) {
            select.setInt(1, BenchDatabase.randomId());
            consumeRow(select.executeQuery(), bh);
        }
    }

    /** Distinct SQL text on every call: nana's plan cache never hits, so this is its full per-statement cost. */
    @Benchmark
    public void statementDistinctSql(BenchDatabase db, Blackhole bh) throws SQLException {
        try (Statement statement = db.connection.createStatement()) {
            consumeRow(statement.executeQuery("SELECT name, v FROM t WHERE id = " + BenchDatabase.randomId()), bh);
        }
    }

    @Benchmark
    public void insertAutocommit(BenchDatabase db, Blackhole bh) throws SQLException {
        db.insertRow.setString(1, "inserted");
        db.insertRow.setInt(2, BenchDatabase.randomId());
        bh.consume(db.insertRow.executeUpdate());
    }

    /** An ORM's identity insert (Hibernate's): prepared per call, asking for the key, reading it. */
    @Benchmark
    public void insertWithKeysPreparePerCall(BenchDatabase db, Blackhole bh) throws SQLException {
        try (PreparedStatement insert = db.connection.prepareStatement(BenchDatabase.INSERT_ROW,
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "inserted");
            insert.setInt(2, BenchDatabase.randomId());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("an insert gave no key");
                }
                bh.consume(keys.getLong(1));
            }
        }
    }

    /** One operation is one row, so the score is rows per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH_ROWS)
    public void batchInsert100k(EmptyBatchTable empty, BenchDatabase db, Blackhole bh) throws SQLException {
        bh.consume(db.insertBatch("batch", BATCH_ROWS));
    }

    /** Every batch starts from an empty table, outside the measured time. */
    @State(Scope.Thread)
    public static class EmptyBatchTable {
        @Setup(Level.Invocation)
        public void clear(BenchDatabase db) throws SQLException {
            db.execute("DELETE FROM batch");
        }
    }

    private static void consumeRow(ResultSet rs, Blackhole bh) throws SQLException {
        try (rs) {
            if (!rs.next()) {
                throw new IllegalStateException("point select found no row");
            }
            bh.consume(rs.getString(1));
            bh.consume(rs.getInt(2));
        }
    }
}
