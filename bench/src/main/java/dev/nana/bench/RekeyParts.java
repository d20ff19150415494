package dev.nana.bench;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvRekey;
import dev.nana.kv.crypto.CipherFormat;
import dev.nana.kv.crypto.CipherMode;
import dev.nana.kv.crypto.KeyRing;
import dev.nana.kv.crypto.ValueCipher;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Where a rekey's time goes, on files filled as {@link RekeyBenchmark} fills them: {@link KvRekey}'s steps done one
 * at a time on raw sqlite-jdbc, batch by batch as it does them (read a batch by rowid, open and seal its values,
 * write them as one JDBC batch and commit), then whole runs of {@link KvRekey} on raw sqlite-jdbc and of
 * {@link NanaConnection#rekey} on nana, each on a fresh file. A timing probe, not JMH: per size, the median of a
 * few rounds after one warm-up round. Arguments: the sizes (default 100000 1000000).
 */
public final class RekeyParts {
    private static final int BATCH = 5000;
    private static final int ROUNDS = 3;
    private static final String[] COLUMNS = {"read", "open + seal", "write + commit", "KvRekey, raw", "nana rekey"};

    private RekeyParts() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        ValueCipher cipher = ValueCipher.create(KeyRing.of(Map.of(1, RekeyBenchmark.key(1), 2,
                RekeyBenchmark.key(2)), 2), CipherMode.AES_GCM, CipherFormat.NANA);
        System.out.println("| values | " + String.join(" | ", COLUMNS) + " |");
        System.out.println("|---:" + "|---:".repeat(COLUMNS.length) + "|");
        for (int size : sizes) {
            double[][] rounds = new double[ROUNDS][];
            measure(size, cipher); // warm-up
            for (int round = 0; round < ROUNDS; round++) {
                rounds[round] = measure(size, cipher);
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %,d |", size));
            for (int column = 0; column < COLUMNS.length; column++) {
                int which = column;
                double[] runs = Arrays.stream(rounds).mapToDouble(round -> round[which]).sorted().toArray();
                row.append(String.format(Locale.ROOT, " %.2f us |", runs[ROUNDS / 2]));
            }
            System.out.println(row);
        }
    }

    /** Microseconds per value of each column. */
    private static double[] measure(int size, ValueCipher cipher) throws IOException, SQLException {
        double[] micros = new double[COLUMNS.length];
        try (KvTempFile temp = filled(size); Connection raw = raw(temp)) {
            long[] nanos = steps(raw, cipher);
            for (int step = 0; step < nanos.length; step++) {
                micros[step] = nanos[step] / 1e3 / size;
            }
        }
        try (KvTempFile temp = filled(size); Connection raw = raw(temp)) {
            long started = System.nanoTime();
            KvRekey.run(raw, cipher, BATCH, (namespace, walked, resealed, soFar) -> { });
            micros[3] = (System.nanoTime() - started) / 1e3 / size;
        }
        try (KvTempFile temp = filled(size);
             Connection nana = RekeyBenchmark.open(temp, RekeyBenchmark.ringFile(temp))) {
            long started = System.nanoTime();
            nana.unwrap(NanaConnection.class).rekey(BATCH, (namespace, walked, resealed, soFar) -> { });
            micros[4] = (System.nanoTime() - started) / 1e3 / size;
        }
        return micros;
    }

    private static KvTempFile filled(int size) throws IOException, SQLException {
        KvTempFile temp = new KvTempFile();
        RekeyBenchmark.fill(temp, size);
        return temp;
    }

    /** The file as nana leaves it (WAL) at nana's synchronous=NORMAL. */
    private static Connection raw(KvTempFile temp) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + temp.file + "?synchronous=NORMAL");
    }

    /** Nanoseconds spent reading, opening and sealing, writing and committing, over the whole namespace. */
    private static long[] steps(Connection raw, ValueCipher cipher) throws SQLException {
        long[] nanos = new long[3];
        long[] rowids = new long[BATCH];
        String[] keys = new String[BATCH];
        byte[][] values = new byte[BATCH][];
        raw.setAutoCommit(false);
        try (PreparedStatement select = raw.prepareStatement(
                "SELECT rowid, key, value FROM data WHERE rowid > ? ORDER BY rowid LIMIT " + BATCH);
             PreparedStatement update = raw.prepareStatement("UPDATE data SET value = ? WHERE rowid = ?")) {
            long after = 0;
            while (true) {
                long started = System.nanoTime();
                int count = 0;
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    for (; rows.next(); count++) {
                        rowids[count] = rows.getLong(1);
                        keys[count] = rows.getString(2);
                        values[count] = rows.getBytes(3);
                    }
                }
                if (count == 0) {
                    raw.commit();
                    return nanos;
                }
                long read = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    values[i] = cipher.seal("data", keys[i], cipher.open("data", keys[i], values[i]));
                }
                long sealed = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    update.setBytes(1, values[i]);
                    update.setLong(2, rowids[i]);
                    update.addBatch();
                }
                update.executeBatch();
                raw.commit();
                long written = System.nanoTime();
                nanos[0] += read - started;
                nanos[1] += sealed - read;
                nanos[2] += written - sealed;
                after = rowids[count - 1];
            }
        }
    }
}
